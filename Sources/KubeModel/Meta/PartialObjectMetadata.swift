import Foundation

/// `metav1.PartialObjectMetadata`: an object reduced to its metadata, as a Table row carries it
/// by default (`includeObject=Metadata`) so kubectl can show namespaces and labels.
public struct PartialObjectMetadata: KubeObject, Hashable {
    public static let apiVersion = "meta.k8s.io/v1"
    public static let kind = "PartialObjectMetadata"

    public var kind: String = PartialObjectMetadata.kind
    /// `meta.k8s.io/v1`, or `meta.k8s.io/v1beta1` inside a v1beta1 Table.
    public var apiVersion: String = PartialObjectMetadata.apiVersion
    /// The object's whole metadata.
    public var metadata = ObjectMeta()
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// The partial form of an object with `metadata`.
    public init(metadata: ObjectMeta, apiVersion: String = PartialObjectMetadata.apiVersion) {
        self.metadata = metadata
        self.apiVersion = apiVersion
    }

    public static let schema = Schema<PartialObjectMetadata>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
    ])
}
