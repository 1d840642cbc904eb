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
    /// An RFC 3339 time, to the second (`metav1.Time`).
    case time
    /// An RFC 3339 time, to the microsecond (`metav1.MicroTime`).
    case microTime
    /// Any JSON, kept as sent (`runtime.RawExtension`, `apiextensions.JSON`).
    case any
    /// A named type: one of `BuiltinTypes` or of a kind's own types (`io.k8s.api.core.v1.PodTemplateSpec`).
    case type(String)
    /// A list, merged as `ListType` says.
    case list(FieldShape, ListType)
    /// `map[string]<shape>`.
    case map(FieldShape)
}

/// How a list merges: `+listType` (and `+listMapKey`) for server-side apply, `patchStrategy` and
/// `patchMergeKey` for a strategic merge patch. They mostly agree; where upstream's tags differ (a pod's
/// `hostIPs` is atomic to apply but merged on `ip` by a patch), both are stated.
public struct ListType: Sendable, Hashable {
    /// `+listType`.
    public enum Apply: Sendable, Hashable {
        case atomic
        case set
        /// Merged item by item, matched on these keys.
        case map([String])
    }

    /// `patchStrategy` and `patchMergeKey`.
    public enum Patch: Sendable, Hashable {
        /// No strategy: a patch's list replaces the whole list.
        case replace
        /// `merge` on a list of scalars: a union.
        case merge
        /// `merge` on items matched by this key; `retainKeys` also clears the union members a patch leaves out.
        case mergeOn(String, retainKeys: Bool)
    }

    public var apply: Apply
    public var patch: Patch

    public init(_ apply: Apply, patch: Patch) {
        self.apply = apply
        self.patch = patch
    }

    /// Replaced whole, by apply and by patch.
    public static let atomic = ListType(.atomic, patch: .replace)
    /// Unique scalars for apply; replaced by a patch.
    public static let set = ListType(.set, patch: .replace)
    /// Unique scalars, unioned by a patch too (`finalizers`).
    public static let mergedSet = ListType(.set, patch: .merge)

    /// Items keyed by `keys`, merged by a patch on the first (`retainingKeys` for lists of unions: volumes).
    public static func map(_ keys: [String], retainingKeys: Bool = false) -> ListType {
        ListType(.map(keys), patch: keys.first.map { .mergeOn($0, retainKeys: retainingKeys) } ?? .replace)
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

extension FieldSchema {
    /// The field's OpenAPI v3 property, with its summary as the description.
    var openAPI: JSONValue {
        guard !summary.isEmpty, case .object(var members) = shape.openAPI else { return shape.openAPI }
        members["description"] = .string(summary)
        return .object(members)
    }
}

/// A named object type (`io.k8s.api.rbac.v1.PolicyRule`): its fields in Go's declaration order.
public struct TypeSchema: Sendable, Hashable {
    /// The OpenAPI definition name.
    public var name: String
    public var summary: String
    public var fields: [FieldSchema]
    /// The group, version and kind of a top-level type.
    public var kind: GroupVersionKind?
    /// `+structType=atomic`: apply owns a value of this type as one leaf and a patch replaces it whole
    /// (a label selector, an object reference).
    public var atomic: Bool

    public init(_ name: String, _ summary: String, _ fields: [FieldSchema], kind: GroupVersionKind? = nil, atomic: Bool = false) {
        self.name = name
        self.summary = summary
        self.fields = fields
        self.kind = kind
        self.atomic = atomic
    }

    /// The type of a top-level kind: `apiVersion`, `kind` and `metadata`, then `fields`.
    static func object(_ name: String, _ summary: String, _ fields: [FieldSchema], kind: GroupVersionKind) -> TypeSchema {
        TypeSchema(name, summary, objectFields + fields, kind: kind)
    }

    /// What every top-level kind has.
    static let objectFields: [FieldSchema] = [
        FieldSchema("apiVersion", .string, "The schema version of this object."),
        FieldSchema("kind", .string, "The kind of this object."),
        FieldSchema("metadata", .type(BuiltinTypes.objectMeta), "Name, namespace, labels and other metadata.", proto: 1),
    ]

    /// This type as an OpenAPI v3 schema (`$ref`s into `#/components/schemas/`).
    var openAPI: JSONValue {
        let properties = fields.reduce(into: JSONObject()) { properties, field in properties[field.name] = field.openAPI }
        var schema: JSONObject = ["type": "object", "properties": .object(properties)]
        if !summary.isEmpty { schema["description"] = .string(summary) }
        let required = fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { schema["required"] = .array(required) }
        if atomic { schema["x-kubernetes-map-type"] = "atomic" }
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
        case .microTime: ["allOf": [OpenAPISchema.reference("io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime")]]
        case .any: ["type": "object", "x-kubernetes-preserve-unknown-fields": true]
        case .type(let name): ["allOf": [OpenAPISchema.reference(name)], "default": [:]]
        case .map(let value): ["type": "object", "additionalProperties": value.openAPI]
        case .list(let item, let listType):
            .object(["type": "array", "items": item.openAPI].merging(listType.extensions) { _, new in new })
        }
    }
}

extension ListType {
    /// `x-kubernetes-list-type`, the list-map keys, and the strategic merge patch strategy and merge key.
    var extensions: JSONObject {
        var extensions: JSONObject
        switch apply {
        case .atomic: extensions = ["x-kubernetes-list-type": "atomic"]
        case .set: extensions = ["x-kubernetes-list-type": "set"]
        case .map(let keys):
            extensions = ["x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": .array(keys.map(JSONValue.string))]
        }
        switch patch {
        case .replace: break
        case .merge: extensions["x-kubernetes-patch-strategy"] = "merge"
        case .mergeOn(let key, let retainKeys):
            extensions["x-kubernetes-patch-merge-key"] = .string(key)
            extensions["x-kubernetes-patch-strategy"] = retainKeys ? "merge,retainKeys" : "merge"
        }
        return extensions
    }
}
