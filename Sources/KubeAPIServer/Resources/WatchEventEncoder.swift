import Foundation
import KubeStore

/// Turns the store's events into a watch response's lines: the stored bytes wrapped without decoding, a
/// one-row Table per object when the client asked for Tables, or a bookmark built from the version.
struct WatchEventEncoder: Sendable {
    let info: ResourceInfo
    let rendering: TableRendering?
    let now: @Sendable () -> Date
    /// The stored bytes as the endpoint's version shows them.
    let served: @Sendable (Data) -> Data
    /// Upstream sends the column definitions with the first Table event only.
    private var sentColumns = false

    init(
        info: ResourceInfo, rendering: TableRendering?, now: @escaping @Sendable () -> Date,
        served: @escaping @Sendable (Data) -> Data = { $0 }
    ) {
        self.info = info
        self.rendering = rendering
        self.now = now
        self.served = served
    }

    /// One event's line, `{"type":T,"object":O}\n`.
    mutating func line(for event: StoreEvent) throws -> [UInt8] {
        switch event {
        case .added(let object): try line(type: "ADDED", object: object.data)
        case .modified(let object): try line(type: "MODIFIED", object: object.data)
        case .deleted(let object): try line(type: "DELETED", object: object.data)
        // Decision: a bookmark stays the bare kind with its version even in a Table watch; kubectl's
        // `get -w` never asks for bookmarks, and informers never ask for Tables.
        case .bookmark(let resourceVersion, let isInitialEventsEnd):
            Self.eventLine(
                type: "BOOKMARK", object: Self.bookmarkBytes(resourceVersion, isInitialEventsEnd, info: info))
        }
    }

    private mutating func line(type: String, object: Data) throws -> [UInt8] {
        guard let rendering else { return Self.eventLine(type: type, object: served(object)) }
        let table = try rendering.table(object: served(object), includeColumns: !sentColumns, now: now())
        sentColumns = true
        return Self.eventLine(type: type, object: table)
    }

    /// `{"kind":K,"apiVersion":V,"metadata":{"resourceVersion":"N"}}`, with upstream's initial-events-end
    /// annotation on the bookmark that closes a WatchList's initial events.
    static func bookmarkBytes(_ resourceVersion: Int64, _ isInitialEventsEnd: Bool, info: ResourceInfo) -> [UInt8] {
        var text = "{\"kind\":\"\(info.kind)\",\"apiVersion\":\"\(info.groupVersion)\","
        text += "\"metadata\":{\"resourceVersion\":\"\(resourceVersion)\""
        if isInitialEventsEnd {
            text += ",\"annotations\":{\"k8s.io/initial-events-end\":\"true\"}"
        }
        text += "}}"
        return Array(text.utf8)
    }

    static func eventLine(type: String, object: some Sequence<UInt8>) -> [UInt8] {
        var bytes = Array(#"{"type":"\#(type)","object":"#.utf8)
        bytes += object
        bytes += Array("}\n".utf8)
        return bytes
    }
}
