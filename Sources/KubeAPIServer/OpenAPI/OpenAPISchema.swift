import KubeModel

/// Builders for OpenAPI v3 schemas in the shape kube-openapi generates: a property naming another
/// schema wraps its `$ref` in `allOf` so it can carry its own description, non-pointer struct fields
/// default to `{}`, required scalars default to their zero value.
enum OpenAPISchema {
    /// Where a document's `$ref`s point: `#/components/schemas/<name>`.
    static let referencePrefix = "#/components/schemas/"

    /// `#/components/schemas/<name>`.
    static func reference(_ name: String) -> JSONValue {
        ["$ref": .string(referencePrefix + name)]
    }

    /// An object schema.
    static func object(
        _ description: String, properties: [String: JSONValue], required: [String] = [],
        extensions: [String: JSONValue] = [:]
    ) -> JSONValue {
        var schema: [String: JSONValue] = [
            "description": .string(description), "properties": .object(properties), "type": "object",
        ]
        if !required.isEmpty { schema["required"] = .array(required.map(JSONValue.string)) }
        return .object(schema.merging(extensions) { _, new in new })
    }

    /// A property of the schema `name`; `defaulted` for a non-pointer struct field (`"default": {}`).
    static func property(_ name: String, _ description: String, defaulted: Bool = false) -> JSONValue {
        var property: [String: JSONValue] = ["allOf": [reference(name)], "description": .string(description)]
        if defaulted { property["default"] = [:] }
        return .object(property)
    }

    /// A string property; `defaulted` for a required one (`"default": ""`).
    static func string(_ description: String, defaulted: Bool = false) -> JSONValue {
        var property: [String: JSONValue] = ["description": .string(description), "type": "string"]
        if defaulted { property["default"] = "" }
        return .object(property)
    }

    /// An integer property (`int32` or `int64`); `defaulted` for a required one (`"default": 0`).
    static func integer(_ description: String, format: String = "int32", defaulted: Bool = false) -> JSONValue {
        var property: [String: JSONValue] = [
            "description": .string(description), "format": .string(format), "type": "integer",
        ]
        if defaulted { property["default"] = 0 }
        return .object(property)
    }

    /// A boolean property.
    static func boolean(_ description: String) -> JSONValue {
        ["description": .string(description), "type": "boolean"]
    }

    /// A `map[string]string` property.
    static func stringMap(_ description: String) -> JSONValue {
        [
            "additionalProperties": ["default": "", "type": "string"], "description": .string(description),
            "type": "object",
        ]
    }

    /// A `[]string` property with its list extensions.
    static func stringArray(_ description: String, extensions: [String: JSONValue] = [:]) -> JSONValue {
        let property: [String: JSONValue] = [
            "description": .string(description), "items": ["default": "", "type": "string"], "type": "array",
        ]
        return .object(property.merging(extensions) { _, new in new })
    }

    /// An atomic list of integers (`[]int64`, as `supplementalGroups`).
    static func integerArray(_ description: String, format: String) -> JSONValue {
        [
            "description": .string(description), "items": ["default": 0, "format": .string(format), "type": "integer"],
            "type": "array", "x-kubernetes-list-type": "atomic",
        ]
    }

    /// A list of the schema `name` with its list extensions (`x-kubernetes-list-type`, merge keys).
    static func array(of name: String, _ description: String, extensions: [String: JSONValue] = [:]) -> JSONValue {
        let property: [String: JSONValue] = [
            "description": .string(description), "items": ["allOf": [reference(name)], "default": [:]],
            "type": "array",
        ]
        return .object(property.merging(extensions) { _, new in new })
    }

    /// A `map[string]<name>` property, as `resources.limits` maps resource names to Quantities.
    static func map(of name: String, _ description: String) -> JSONValue {
        ["additionalProperties": reference(name), "description": .string(description), "type": "object"]
    }

    /// The extensions of a list merged by `key` (`+listType=map`, `+patchStrategy=merge`), as
    /// `containers` by `name`; `retainKeys` for lists of union types such as volumes.
    static func mapList(key: String, retainKeys: Bool = false) -> [String: JSONValue] {
        [
            "x-kubernetes-list-map-keys": [.string(key)], "x-kubernetes-list-type": "map",
            "x-kubernetes-patch-merge-key": .string(key),
            "x-kubernetes-patch-strategy": retainKeys ? "merge,retainKeys" : "merge",
        ]
    }

    /// The extensions of a list replaced as a whole (`+listType=atomic`).
    static let atomicList: [String: JSONValue] = ["x-kubernetes-list-type": "atomic"]

    /// A top-level kind's `x-kubernetes-group-version-kind` schema extension (every kind served here is v1).
    static func kindExtensions(group: String, kind: String) -> [String: JSONValue] {
        ["x-kubernetes-group-version-kind": [groupVersionKind(group: group, version: "v1", kind: kind)]]
    }

    /// `x-kubernetes-group-version-kind` of a top-level kind (a list in schemas, one object in operations).
    static func groupVersionKind(group: String, version: String, kind: String) -> JSONValue {
        ["group": .string(group), "kind": .string(kind), "version": .string(version)]
    }

    /// TypeMeta's apiVersion, documented as upstream.
    static let apiVersionProperty = string(
        "APIVersion defines the versioned schema of this representation of an object. Servers should convert "
            + "recognized schemas to the latest internal value, and may reject unrecognized values. More info: "
            + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources")

    /// TypeMeta's kind, documented as upstream.
    static let kindProperty = string(
        "Kind is a string value representing the REST resource this object represents. Servers may infer this "
            + "from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: "
            + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds")

    /// A top-level object's metadata property.
    static let metadataProperty = property(
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
        "Standard object's metadata. More info: "
            + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
        defaulted: true)
}
