import KubeModel
import Logging
import ServiceLifecycle
import Synchronization

/// Keeps a `ReflectorStore` in step with the server: lists, then watches from the list's resourceVersion,
/// resuming after disconnects and relisting when the server says a version expired (410), with backoff on
/// failures. The decisions are `ReflectorStateMachine`'s; this type performs them.
///
/// A `Service`: `run()` returns on graceful shutdown or cancellation.
public final class Reflector<Source: ListerWatcher>: Service, Sendable {
    /// How a reflector behaves.
    public typealias Configuration = ReflectorConfiguration

    private let source: Source
    private let store: any ReflectorStore<Source.Object>
    private let configuration: Configuration
    private let clock: AnyClock
    private let random: RandomSource
    private let logger: Logger
    private let synced = Mutex("")

    /// A reflector filling `store` from `source`.
    public init(
        source: Source, store: some ReflectorStore<Source.Object>, configuration: Configuration = Configuration(),
        clock: some Clock<Duration> = ContinuousClock(), random: RandomSource = .system,
        logger: Logger = Logger(label: "daemonry.reflector")
    ) {
        self.source = source
        self.store = store
        self.configuration = configuration
        self.clock = AnyClock(clock)
        self.random = random
        var logger = logger
        logger[metadataKey: "kind"] = .string(Source.Object.kind)
        self.logger = logger
    }

    /// The newest resourceVersion the store reflects ("" before the first list).
    public var lastSyncResourceVersion: String { synced.withLock { $0 } }

    /// Lists and watches until graceful shutdown or cancellation.
    public func run() async throws {
        await cancelWhenGracefulShutdown { await self.listAndWatch() }
    }

    private func listAndWatch() async {
        var machine = ReflectorStateMachine(configuration: configuration, random: random)
        while !Task.isCancelled {
            switch machine.nextAction(now: clock.now) {
            case .list(let resourceVersion):
                do {
                    let result = try await source.list(resourceVersion: resourceVersion)
                    store.replace(with: result.items, resourceVersion: result.resourceVersion)
                    machine.listSucceeded(resourceVersion: result.resourceVersion)
                    logger.debug(
                        "listed",
                        metadata: ["count": .stringConvertible(result.items.count),
                                   "resourceVersion": .string(result.resourceVersion)])
                } catch {
                    guard !Task.isCancelled else { return }
                    logger.warning(
                        "list failed", metadata: ["resourceVersion": .string(resourceVersion), "error": "\(error)"])
                    machine.listFailed(error, now: clock.now)
                }
            case .watch(let resourceVersion, let timeoutSeconds):
                await watch(from: resourceVersion, timeoutSeconds: timeoutSeconds, machine: &machine)
            case .sleep(let delay):
                logger.debug("backing off", metadata: ["delay": .stringConvertible(delay)])
                try? await clock.sleep(for: delay)
            }
            let resourceVersion = machine.lastSyncResourceVersion
            synced.withLock { $0 = resourceVersion }
        }
    }

    private func watch(from resourceVersion: String, timeoutSeconds: Int, machine: inout ReflectorStateMachine) async {
        let events: Source.Events
        do {
            events = try await source.watch(
                resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds,
                allowWatchBookmarks: configuration.allowWatchBookmarks)
        } catch {
            guard !Task.isCancelled else { return }
            logger.info(
                "watch failed to start", metadata: ["resourceVersion": .string(resourceVersion), "error": "\(error)"])
            machine.watchFailedToStart(error, now: clock.now)
            return
        }
        do {
            for try await event in events {
                apply(event)
                machine.watchEvent(resourceVersion: event.object.metadata.resourceVersion)
            }
            machine.watchEnded(error: nil, now: clock.now)
        } catch {
            guard !Task.isCancelled else { return }
            logger.info("watch ended", metadata: ["error": "\(error)"])
            machine.watchEnded(error: error, now: clock.now)
        }
    }

    private func apply(_ event: WatchEvent<Source.Object>) {
        switch WatchEventType(rawValue: event.type) {
        case .added: store.add(event.object)
        case .modified: store.update(event.object)
        case .deleted: store.delete(event.object)
        case .bookmark: break
        case .error, nil:
            // Streams throw ERROR events; anything else is a type this client does not know.
            logger.warning("ignoring a watch event of unknown type", metadata: ["type": .string(event.type)])
        }
    }
}
