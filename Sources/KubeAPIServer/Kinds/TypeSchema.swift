import KubeModel

/// The shape of one field, stated once: OpenAPI v2 and v3, validation, unknown-field detection and the
/// patch keys of the kinds defined by `KindDefinition` all come from it.
public indirect enum FieldShape: Sendable, Hashable {
    case string
    case boolean
    case int32
    case int64
    case number
    /// Base64 text (`[]byte` in Go).
    case bytes
    /// An int32 or a string (`intstr.IntOrString`).
    case intOrString
    /// A resource quantity (`100m`, `1Gi`).
    case quantity
    /// An RFC 3339 time.
    case time
    /// Any JSON, kept as sent (`runtime.RawExtension`, `apiextensions.JSON`).
    case any
    /// A named type: one of ours or one the hand-written definitions hold (`io.k8s.api.core.v1.PodTemplateSpec`).
    case type(String)
    /// A list, replaced whole (`atomic`), of unique scalars (`set`), or merged by key (`map`).
    case list(FieldShape, ListType)
    /// `map[string]<shape>`.
    case map(FieldShape)

    /// `+listType`: how a list merges in a patch and in server-side apply.
    public enum ListType: Sendable, Hashable {
        case atomic
        case set
        /// Merged item by item, matched on these keys (the first is strategic merge patch's merge key).
        case map([String])
    }
}

/// One field of a `TypeSchema`.
public struct FieldSchema: Sendable, Hashable {
    public var name: String
    public var shape: FieldShape
    public var required: Bool
    /// One short line of our own, or empty.
    public var summary: String
    /// The field's number in upstream's `generated.proto`; 0 where it has none here (then the type is not read
    /// from protobuf bodies).
    public var proto: Int

    public init(_ name: String, _ shape: FieldShape, required: Bool = false, _ summary: String = "", proto: Int = 0) {
        self.name = name
        self.shape = shape
        self.required = required
        self.summary = summary
        self.proto = proto
    }
}

/// A named object type (`io.k8s.api.rbac.v1.PolicyRule`): its fields in Go's declaration order.
public struct TypeSchema: Sendable, Hashable {
    /// The OpenAPI definition name.
    public var name: String
    public var summary: String
    public var fields: [FieldSchema]

    public init(_ name: String, _ summary: String, _ fields: [FieldSchema]) {
        self.name = name
        self.summary = summary
        self.fields = fields
    }

    /// This type as an OpenAPI v3 schema (`$ref`s into `#/components/schemas/`); `kind` adds the group, version
    /// and kind of a top-level type.
    func openAPI(kind: GroupVersionKind? = nil) -> JSONValue {
        var properties: JSONObject = [:]
        for field in fields {
            var property = field.shape.openAPI
            if !field.summary.isEmpty, case .object(var members) = property {
                members["description"] = .string(field.summary)
                property = .object(members)
            }
            properties[field.name] = property
        }
        var schema: JSONObject = ["type": "object", "properties": .object(properties)]
        if !summary.isEmpty { schema["description"] = .string(summary) }
        let required = fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { schema["required"] = .array(required) }
        if let kind {
            schema["x-kubernetes-group-version-kind"] = [
                OpenAPISchema.groupVersionKind(group: kind.group, version: kind.version, kind: kind.kind)
            ]
        }
        return .object(schema)
    }
}

extension FieldShape {
    /// The OpenAPI v3 property of this shape, as kube-openapi writes it.
    var openAPI: JSONValue {
        switch self {
        case .string: ["type": "string"]
        case .boolean: ["type": "boolean"]
        case .int32: ["type": "integer", "format": "int32"]
        case .int64: ["type": "integer", "format": "int64"]
        case .number: ["type": "number", "format": "double"]
        case .bytes: ["type": "string", "format": "byte"]
        case .intOrString: ["allOf": [OpenAPISchema.reference("io.k8s.apimachinery.pkg.util.intstr.IntOrString")]]
        case .quantity: ["allOf": [OpenAPISchema.reference("io.k8s.apimachinery.pkg.api.resource.Quantity")]]
        case .time: ["allOf": [OpenAPISchema.reference("io.k8s.apimachinery.pkg.apis.meta.v1.Time")]]
        case .any: ["type": "object", "x-kubernetes-preserve-unknown-fields": true]
        case .type(let name): ["allOf": [OpenAPISchema.reference(name)], "default": [:]]
        case .map(let value): ["type": "object", "additionalProperties": value.openAPI]
        case .list(let item, let listType):
            .object(["type": "array", "items": item.openAPI].merging(listType.extensions) { _, new in new })
        }
    }
}

extension FieldShape.ListType {
    /// `x-kubernetes-list-type` and, for map lists, the keys and strategic merge patch's merge key.
    var extensions: JSONObject {
        switch self {
        case .atomic: ["x-kubernetes-list-type": "atomic"]
        case .set: ["x-kubernetes-list-type": "set"]
        case .map(let keys):
            [
                "x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": .array(keys.map(JSONValue.string)),
                "x-kubernetes-patch-merge-key": .string(keys.first ?? ""), "x-kubernetes-patch-strategy": "merge",
            ]
        }
    }
}
