import Foundation

/// `apps/v1 ControllerRevision`: an immutable snapshot of a DaemonSet template (`data`) and its number.
public struct ControllerRevision: KubeObject, Hashable {
    public static let apiVersion = "apps/v1"
    public static let kind = "ControllerRevision"
    public var apiVersion: String = ControllerRevision.apiVersion
    public var kind: String = ControllerRevision.kind
    public var metadata = ObjectMeta()
    /// A `runtime.RawExtension`: for DaemonSets, a strategic-merge patch that replaces `spec.template`.
    public var data: JSONValue = .null
    public var revision: Int64 = 0
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ControllerRevision>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
        .field("data", \.data),
        .field("revision", \.revision),
    ])
}
