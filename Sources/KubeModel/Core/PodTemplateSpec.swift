import Foundation

/// `v1.PodTemplateSpec`: the metadata and spec a controller stamps onto every pod it creates.
public struct PodTemplateSpec: APIModel, Hashable {
    /// Written even when empty, as Go does: a template shows `"metadata":{"creationTimestamp":null}`.
    public var metadata = ObjectMeta()
    public var spec = PodSpec()
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(metadata: ObjectMeta, spec: PodSpec) {
        self.metadata = metadata
        self.spec = spec
    }

    public static let schema = Schema<PodTemplateSpec>([
        .field("metadata", \.metadata),
        .field("spec", \.spec),
    ])
}
