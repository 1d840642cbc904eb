import KubeClient
import KubeModel

/// Where an `EventRecorder` writes: `KubeClient`, or a test's recording. Failures are `KubeClientError`s;
/// one with an HTTP status is the server's final word and is not retried.
public protocol EventSink: Sendable {
    /// Creates `event`.
    func createEvent(_ event: Event) async throws -> Event
    /// Patches the existing `event` (same name and namespace) with `patch`.
    func patchEvent(_ event: Event, patch: Patch) async throws -> Event
}

extension KubeClient: EventSink {
    /// POSTs the Event.
    public func createEvent(_ event: Event) async throws -> Event {
        try await create(event)
    }

    /// PATCHes the Event.
    public func patchEvent(_ event: Event, patch: Patch) async throws -> Event {
        try await self.patch(Event.self, name: event.metadata.name, namespace: event.metadata.namespace, patch: patch)
    }
}
