import KubeModel

/// The pieces of OpenAPI schemas in the shape kube-openapi writes them: references between definitions and
/// the group-version-kind extension. The definitions themselves derive from `TypeSchema` tables.
enum OpenAPISchema {
    /// Where a document's `$ref`s point: `#/components/schemas/<name>`.
    static let referencePrefix = "#/components/schemas/"

    /// `#/components/schemas/<name>`.
    static func reference(_ name: String) -> JSONValue {
        ["$ref": .string(referencePrefix + name)]
    }

    /// `x-kubernetes-group-version-kind` of a top-level kind (a list in schemas, one object in operations).
    static func groupVersionKind(group: String, version: String, kind: String) -> JSONValue {
        ["group": .string(group), "kind": .string(kind), "version": .string(version)]
    }
}
