import Foundation

/// `metav1.GroupVersionKind`: a kind named with its group ("" for core) and version; every member is
/// always written, so the core group appears as `"group":""`.
public struct GroupVersionKind: APIModel, Hashable {
    public var group: String = ""
    public var version: String = ""
    public var kind: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// A group, version and kind.
    public init(group: String, version: String, kind: String) {
        self.group = group
        self.version = version
        self.kind = kind
    }

    public static let schema = Schema<GroupVersionKind>([
        .field("group", \.group),
        .field("version", \.version),
        .field("kind", \.kind),
    ])
}
