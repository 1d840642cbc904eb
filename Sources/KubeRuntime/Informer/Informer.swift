import KubeModel
import Logging
import ServiceLifecycle

/// A local, indexed, always-current copy of one resource, with change notifications: client-go's shared
/// index informer. A `Reflector` lists and watches; each object passes through `transform` (keep a compact
/// summary instead of the whole object) into `store`; handlers hear about every change.
///
/// A `Service`: run it in a `ServiceGroup` (or a task) and wait for `waitForSync()` before trusting the store.
public final class Informer<Object: KubeObject, Cached: Sendable>: Service, Sendable {
    /// How an informer behaves.
    public struct Configuration: Sendable, Hashable {
        /// The reflector's settings (client-go's defaults).
        public var reflector = ReflectorConfiguration()
        /// How often every stored object is re-announced to the handlers as an update to itself; nil (the
        /// default, as client-go's zero) for never. kube-controller-manager resyncs every 12-24 h to recover
        /// from handler bugs; a level-triggered controller rarely needs it.
        public var resyncPeriod: Duration?

        /// The documented defaults.
        public init() {}
    }

    /// The objects (as transformed), by key, with the informer's indexes.
    public let store: IndexedStore<Cached>
    private let core: InformerCore<Object, Cached>
    private let reflector: any Service
    private let configuration: Configuration
    private let clock: AnyClock

    /// An informer over `source`, storing `transform(object)` under the key `key` returns for it (which must
    /// be the object's `namespace/name`), indexed by `indexes`.
    public init(
        source: some ListerWatcher<Object>, transform: @escaping @Sendable (Object) -> Cached,
        key: @escaping @Sendable (Cached) -> String, indexes: [IndexFunction<Cached>] = [],
        configuration: Configuration = Configuration(), clock: some Clock<Duration> = ContinuousClock(),
        random: RandomSource = .system, logger: Logger = Logger(label: "daemonry.informer")
    ) {
        let store = IndexedStore(key: key, indexes: indexes)
        let core = InformerCore(store: store, transform: transform)
        let clock = AnyClock(clock)
        self.store = store
        self.core = core
        self.configuration = configuration
        self.clock = clock
        self.reflector = Reflector(
            source: source, store: core, configuration: configuration.reflector, clock: clock, random: random,
            logger: logger)
    }

    /// Adds a handler. Objects already stored are announced to it as adds, so it can be added at any time.
    public func addEventHandler(_ handler: InformerEventHandler<Cached>) {
        core.addHandler(handler)
    }

    /// Adds indexes to the store (those whose names it already maintains are kept as they are).
    public func addIndexes(_ indexes: [IndexFunction<Cached>]) {
        store.addIndexes(indexes)
    }

    /// Whether the first list has been stored and announced to the handlers.
    public var hasSynced: Bool { core.synced.isRaised }

    /// Waits for the first list to be stored and announced; false when the task was cancelled first.
    @discardableResult
    public func waitForSync() async -> Bool {
        await core.synced.wait()
        return core.synced.isRaised
    }

    /// Lists and watches (and resyncs, when configured) until graceful shutdown or cancellation.
    public func run() async throws {
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await self.reflector.run() }
            if let period = configuration.resyncPeriod {
                group.addTask { try? await cancelWhenGracefulShutdown { try await self.resync(every: period) } }
            }
        }
    }

    private func resync(every period: Duration) async throws {
        while true {
            try await clock.sleep(for: period)
            if hasSynced { core.resync() }
        }
    }
}

extension Informer where Cached == Object {
    /// An informer storing whole objects under their `namespace/name`.
    public convenience init(
        source: some ListerWatcher<Object>, indexes: [IndexFunction<Object>] = [],
        configuration: Configuration = Configuration(), clock: some Clock<Duration> = ContinuousClock(),
        random: RandomSource = .system, logger: Logger = Logger(label: "daemonry.informer")
    ) {
        self.init(
            source: source, transform: { $0 }, key: { $0.key }, indexes: indexes, configuration: configuration,
            clock: clock, random: random, logger: logger)
    }
}
