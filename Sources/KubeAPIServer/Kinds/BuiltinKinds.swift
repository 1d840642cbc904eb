import KubeModel

/// The built-in kinds served from their schema alone: what real agents' manifests bring beside their
/// DaemonSet. Each is stated once, in the file of its group.
public enum BuiltinKinds {
    /// Every kind, core first, in discovery order within each group.
    public static let all: [KindDefinition] = core + rbac + apps + batch + others

    /// The warning of kinds stored and listed but not run here.
    static func notRun(_ kind: String) -> String {
        "daemonry up stores and lists \(kind) objects but runs no controller for them"
    }

    /// Every kind stated by a definition: those above and CustomResourceDefinition, which has a strategy of its own.
    static let allWithCustomResourceDefinition = all + [CustomResourceDefinitionKind.definition]

    /// Every schema: the built-in types' and those of every kind stated by a definition.
    public static let definitions: [String: JSONValue] = allWithCustomResourceDefinition.reduce(
        into: OpenAPISchema.definitions
    ) { result, kind in
        result.merge(kind.definitions) { first, _ in first }
    }

    /// A `ResourceInfo` in the shape these kinds need.
    static func resource(
        _ group: String, _ resource: String, _ kind: String, namespaced: Bool = true, shortNames: [String] = [],
        categories: [String] = [], status: Bool = false
    ) -> ResourceInfo {
        ResourceInfo(
            group: group, resource: resource, singular: kind.lowercased(), kind: kind, namespaced: namespaced,
            shortNames: shortNames, categories: categories,
            subresources: status ? [ResourceCatalog.status(kind)] : [])
    }

    static let objectReference = FieldShape.type("io.k8s.api.core.v1.ObjectReference")
    static let localObjectReference = FieldShape.type("io.k8s.api.core.v1.LocalObjectReference")
    static let labelSelector = FieldShape.type("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector")
    static let podTemplate = FieldShape.type("io.k8s.api.core.v1.PodTemplateSpec")
    static let objectMeta = FieldShape.type("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta")
    static let strings = FieldShape.list(.string, .atomic)
    static let quantities = FieldShape.map(.quantity)
    /// A status this server does not compute: kept as written.
    static let status = FieldSchema("status", .any, proto: 3)
}
