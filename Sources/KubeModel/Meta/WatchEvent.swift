import Foundation

/// `metav1.WatchEvent`: one line of a watch stream.
public struct WatchEvent<Object: TypedObject>: APIModel {
    /// "ADDED", "MODIFIED", "DELETED", "BOOKMARK" or "ERROR".
    public var type: String = ""
    public var object = Object()
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(type: String, object: Object) {
        self.type = type
        self.object = object
    }

    public static var schema: Schema<WatchEvent<Object>> {
        Schema([.field("type", \.type), .field("object", \.object)])
    }
}

/// The watch event types.
public enum WatchEventType: String, Sendable, CaseIterable {
    case added = "ADDED"
    case modified = "MODIFIED"
    case deleted = "DELETED"
    case bookmark = "BOOKMARK"
    case error = "ERROR"
}
