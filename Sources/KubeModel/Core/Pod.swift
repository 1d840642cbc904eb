import Foundation

/// `v1.Pod`: a group of containers scheduled together onto one node.
public struct Pod: KubeObject, Hashable {
    public static let apiVersion = "v1"
    public static let kind = "Pod"

    // Metadata, status and the start of the spec lie close together in memory: a controller's pass over
    // every pod reads only those. The JSON order is the schema's.
    public var metadata = ObjectMeta()
    public var status = PodStatus()
    public var spec = PodSpec()
    public var apiVersion: String = Pod.apiVersion
    public var kind: String = Pod.kind
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(metadata: ObjectMeta, spec: PodSpec = PodSpec(), status: PodStatus = PodStatus()) {
        self.metadata = metadata
        self.spec = spec
        self.status = status
    }

    /// TypeMeta (kind, then apiVersion, as Go inlines it), then metadata, spec and status, which Go always writes.
    public static let schema = Schema<Pod>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
        .field("spec", \.spec),
        .field("status", \.status),
    ])
}
