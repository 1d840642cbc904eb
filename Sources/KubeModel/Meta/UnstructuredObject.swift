/// Any object: TypeMeta and metadata read, every other member kept verbatim in `unknownFields`. The kinds
/// served from a schema (`KindDefinition`) and the default Table printer hold objects this way.
public struct UnstructuredObject: KubeObject, Hashable {
    /// Unknown until the resource it is served under names it.
    public static let apiVersion = ""
    public static let kind = ""

    public var kind: String = ""
    public var apiVersion: String = ""
    public var metadata = ObjectMeta()
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<UnstructuredObject>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
    ])
}
