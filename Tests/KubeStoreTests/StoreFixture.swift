import Foundation
import KubeStore
import Logging

/// A store on a real SQLite file in a fresh temporary directory, removed when the fixture goes away.
final class StoreFixture: Sendable {
    let directory: URL
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kubestore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("store.sqlite").path
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    static let logger = Logger(label: "KubeStoreTests") { _ in SwiftLogNoOpLogHandler() }

    func open(
        historyCapacity: Int = 10_000, retainedEvents: Int64 = 100_000, compactionChunk: Int64 = 5_000,
        autoCompact: Bool = false, watchBufferSize: Int = 1_000, at path: String? = nil
    ) throws -> ObjectStore {
        try ObjectStore(
            configuration: ObjectStore.Configuration(
                path: path ?? self.path, historyCapacity: historyCapacity, retainedEvents: retainedEvents,
                compactionChunk: compactionChunk, autoCompact: autoCompact, watchBufferSize: watchBufferSize),
            logger: Self.logger)
    }
}

/// The bytes a fake API layer would store: the name and the resourceVersion it was told to write.
func body(_ name: String, _ resourceVersion: Int64, _ extra: String = "") -> Data {
    Data(#"{"name":"\#(name)","resourceVersion":"\#(resourceVersion)"\#(extra)}"#.utf8)
}

func pod(_ namespace: String, _ name: String) -> ObjectKey {
    ObjectKey(resource: "pods", namespace: namespace, name: name)
}

extension ObjectStore {
    /// Creates or replaces `key` the way the API layer would, with labels and fields.
    @discardableResult
    func put(
        _ key: ObjectKey, labels: [String: String] = [:], fields: [String: String] = [:], uid: String? = nil
    ) throws -> WriteResult {
        try write(key) { current, next in
            .put(
                uid: uid ?? current?.uid ?? "uid-\(key.name)", data: body(key.name, next), labels: labels,
                fields: fields.merging(["metadata.name": key.name, "metadata.namespace": key.namespace]) { a, _ in a })
        }
    }
}

extension WatchStream.AsyncIterator {
    /// The next `count` events.
    mutating func take(_ count: Int) async throws -> [StoreEvent] {
        var events: [StoreEvent] = []
        while events.count < count, let event = try await next() { events.append(event) }
        return events
    }
}

/// A compact description of events for comparisons: `ADDED pods/ns/a@3`.
func describe(_ events: [StoreEvent]) -> [String] {
    events.map { event in
        switch event {
        case .bookmark(let rv, let end): "BOOKMARK@\(rv)\(end ? " end" : "")"
        default: "\(event.type.rawValue) \(event.object?.key.description ?? "")@\(event.resourceVersion)"
        }
    }
}
