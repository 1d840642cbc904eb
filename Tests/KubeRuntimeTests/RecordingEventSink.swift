import KubeClient
import KubeModel
import KubeRuntime
import KubeTestSupport

/// An `EventSink` that stores events by name, records each call, and fails the calls a test scripts.
final class RecordingEventSink: EventSink, Sendable {
    /// One call.
    enum Call: Sendable, Hashable {
        case create(name: String, count: Int32, message: String)
        case patch(name: String, body: String)
    }

    private let recorded = Locked<[Call]>([])
    private let stored = Locked<[String: Event]>([:])
    private let failures: Locked<[KubeClientError]>

    /// A sink failing its first calls with `failures`, in order.
    init(failures: [KubeClientError] = []) {
        self.failures = Locked(failures)
    }

    /// The calls, in order.
    var calls: [Call] { recorded.value }

    /// The stored events by name.
    var events: [String: Event] { stored.value }

    func createEvent(_ event: Event) async throws -> Event {
        recorded.mutate { $0.append(.create(name: event.metadata.name, count: event.count, message: event.message)) }
        try failIfScripted()
        var created = event
        created.metadata.resourceVersion = String(recorded.value.count)
        stored.mutate { $0[event.metadata.name] = created }
        return created
    }

    func patchEvent(_ event: Event, patch: Patch) async throws -> Event {
        recorded.mutate { $0.append(.patch(name: event.metadata.name, body: String(decoding: patch.body, as: UTF8.self))) }
        try failIfScripted()
        guard var current = stored.value[event.metadata.name] else {
            throw KubeClientError(.notFound, "events \"\(event.metadata.name)\" not found", httpStatus: 404)
        }
        current.count = event.count
        current.lastTimestamp = event.lastTimestamp
        current.message = event.message
        current.metadata.resourceVersion = String(recorded.value.count)
        stored.mutate { [current] in $0[event.metadata.name] = current }
        return current
    }

    private func failIfScripted() throws {
        if let failure = failures.mutate({ $0.isEmpty ? nil : $0.removeFirst() }) { throw failure }
    }
}
