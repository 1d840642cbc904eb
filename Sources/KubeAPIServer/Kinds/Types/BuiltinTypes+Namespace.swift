import KubeModel

extension BuiltinTypes {
    static let namespace: [TypeSchema] = [
        TypeSchema.object(
            "io.k8s.api.core.v1.Namespace", "Named scope that partitions cluster objects and their names.",
            [
                FieldSchema("spec", .type("io.k8s.api.core.v1.NamespaceSpec")),
                FieldSchema("status", .type("io.k8s.api.core.v1.NamespaceStatus")),
            ], kind: GroupVersionKind(group: "", version: "v1", kind: "Namespace")),
        TypeSchema(
            "io.k8s.api.core.v1.NamespaceCondition", "One observed condition entry reported for a Namespace.",
            [
                FieldSchema("lastTransitionTime", .time),
            ] + conditionFields),
        TypeSchema(
            "io.k8s.api.core.v1.NamespaceSpec", "Desired settings of a Namespace, mainly its finalizers.",
            [
                FieldSchema("finalizers", .list(.string, .atomic)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NamespaceStatus", "Observed lifecycle phase and conditions of a Namespace.",
            [
                FieldSchema("conditions", .list(.type("io.k8s.api.core.v1.NamespaceCondition"), .map(["type"])), "Status conditions, such as problems blocking namespace deletion."),
                FieldSchema("phase", .string, "Active or Terminating lifecycle state of the namespace."),
            ]),
    ]
}
