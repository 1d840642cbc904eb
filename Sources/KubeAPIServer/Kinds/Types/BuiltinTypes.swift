import KubeModel

/// The types of the kinds this server decodes into its own model (Pod, Node, DaemonSet, Event, Lease...) and
/// of the objects every kind shares (ObjectMeta, PodTemplateSpec): each field's shape stated once. Their
/// OpenAPI definitions, strategic-merge and apply keys derive from these tables, as a `KindDefinition`'s do
/// from its own; a test holds them to the model's JSON.
enum BuiltinTypes {
    static let objectMeta = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"

    /// Every table, the kinds' own types with the types they name.
    static let all: [TypeSchema] =
        meta + pod + podSpec + container + probe + scheduling + volume + inTreeVolume + ephemeralVolume + podTemplate
        + node + namespace + event + eventsV1 + apps + controllerRevision + lease

    /// What every condition type has besides its times.
    static let conditionFields: [FieldSchema] = [
        FieldSchema("message", .string), FieldSchema("reason", .string),
        FieldSchema("status", .string, required: true), FieldSchema("type", .string, required: true),
    ]

    /// The definitions of values that are not objects, as kube-openapi writes them.
    static let scalars: [String: JSONValue] = [
        "io.k8s.apimachinery.pkg.api.resource.Quantity": [
            "description": "A decimal amount with an optional suffix, such as 250m, 1.5 or 2Gi.",
            "oneOf": [["type": "string"], ["type": "number"]],
        ],
        "io.k8s.apimachinery.pkg.util.intstr.IntOrString": [
            "description": "Either an integer or a string, such as 25% or 8080.",
            "format": "int-or-string", "oneOf": [["type": "integer"], ["type": "string"]],
        ],
        "io.k8s.apimachinery.pkg.apis.meta.v1.Time": [
            "description": "An RFC 3339 timestamp in UTC, to the second.", "format": "date-time", "type": "string",
        ],
        "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime": [
            "description": "An RFC 3339 timestamp in UTC, to the microsecond.", "format": "date-time", "type": "string",
        ],
        "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": [
            "description": "The set of fields a manager owns, as a tree of field, key and value names.", "type": "object",
        ],
        "io.k8s.apimachinery.pkg.runtime.RawExtension": [
            "description": "An embedded object of any kind, kept as written.", "type": "object",
        ],
    ]

    /// Every definition, by name.
    static let definitions: [String: JSONValue] = all.reduce(into: scalars) { definitions, type in
        definitions[type.name] = type.openAPI
    }
}
