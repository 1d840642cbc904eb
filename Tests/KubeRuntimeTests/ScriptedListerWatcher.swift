import KubeClient
import KubeModel
import KubeRuntime
import KubeTestSupport

/// A `ListerWatcher` of pods that answers from a script, one step per call, and records the calls. Once the
/// script is spent, calls wait until the test cancels them.
final class ScriptedListerWatcher: ListerWatcher, Sendable {
    typealias Object = Pod
    typealias Events = AsyncThrowingStream<WatchEvent<Pod>, any Error>

    /// The answer to one call.
    enum Step: Sendable {
        /// The next list returns these pods at `resourceVersion`.
        case list([Pod], resourceVersion: String)
        /// The next list fails.
        case listFails(KubeClientError)
        /// The next watch streams `events`, lasts `lasting` in all (on the jumping clock), then ends
        /// cleanly (nil) or with `end`.
        case watch([WatchEvent<Pod>], end: KubeClientError? = nil, lasting: Duration = .seconds(60))
        /// The next watch is refused.
        case watchFails(KubeClientError)
    }

    /// One call received.
    enum Call: Sendable, Hashable {
        case list(resourceVersion: String)
        case watch(resourceVersion: String, timeoutSeconds: Int, bookmarks: Bool)
    }

    private let script: Locked<[Step]>
    private let received = Locked<[Call]>([])
    private let parked = Locked(false)
    private let clock: JumpingClock?

    /// A lister-watcher playing `steps`; watches move `clock` forward by their `lasting`.
    init(_ steps: [Step], clock: JumpingClock? = nil) {
        self.script = Locked(steps)
        self.clock = clock
    }

    /// The calls received, in order.
    var calls: [Call] { received.value }

    /// Whether every step was played and a further call is waiting.
    var isSpent: Bool { parked.value }

    func list(resourceVersion: String) async throws -> ListResult<Pod> {
        received.mutate { $0.append(.list(resourceVersion: resourceVersion)) }
        switch await next() {
        case .list(let pods, let version): return ListResult(items: pods, resourceVersion: version)
        case .listFails(let error): throw error
        case let step: throw ScriptError(expected: "list", found: step)
        }
    }

    func watch(resourceVersion: String, timeoutSeconds: Int, allowWatchBookmarks: Bool) async throws -> Events {
        received.mutate {
            $0.append(.watch(resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds, bookmarks: allowWatchBookmarks))
        }
        switch await next() {
        case .watch(let events, let end, let lasting):
            let remaining = Locked(events[...])
            let clock = clock
            return AsyncThrowingStream {
                if let event = remaining.mutate({ $0.popFirst() }) { return event }
                clock?.advance(by: lasting)
                if let end { throw end }
                return nil
            }
        case .watchFails(let error): throw error
        case let step: throw ScriptError(expected: "watch", found: step)
        }
    }

    /// The next step; once the script is spent, waits for cancellation.
    private func next() async -> Step {
        if let step = script.mutate({ $0.isEmpty ? nil : $0.removeFirst() }) { return step }
        parked.mutate { $0 = true }
        await waitUntilCancelled()
        return .listFails(KubeClientError(.transport, "cancelled"))
    }

    /// The reflector made a call the script did not plan.
    struct ScriptError: Error {
        var expected: String
        var found: Step
    }
}

/// A `ReflectorStore` that records what it is told.
final class RecordingStore: ReflectorStore, Sendable {
    typealias Object = Pod

    /// One call, with the pods' names and resourceVersions.
    enum Change: Sendable, Hashable {
        case replace([String], resourceVersion: String)
        case add(String)
        case update(String)
        case delete(String)
    }

    private let recorded = Locked<[Change]>([])

    /// The calls, in order.
    var changes: [Change] { recorded.value }

    func replace(with objects: [Pod], resourceVersion: String) {
        recorded.mutate { $0.append(.replace(objects.map(\.metadata.name), resourceVersion: resourceVersion)) }
    }

    func add(_ object: Pod) { recorded.mutate { $0.append(.add(object.metadata.name)) } }
    func update(_ object: Pod) { recorded.mutate { $0.append(.update(object.metadata.name)) } }
    func delete(_ object: Pod) { recorded.mutate { $0.append(.delete(object.metadata.name)) } }
}
