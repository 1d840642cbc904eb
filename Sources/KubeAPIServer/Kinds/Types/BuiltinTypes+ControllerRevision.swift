import KubeModel

extension BuiltinTypes {
    static let controllerRevision: [TypeSchema] = [
        TypeSchema.object(
            "io.k8s.api.apps.v1.ControllerRevision", "Frozen, numbered copy of a workload template used for rollout history.",
            [
                FieldSchema("data", .type("io.k8s.apimachinery.pkg.runtime.RawExtension"), "Serialized copy of the workload template at this revision."),
                FieldSchema("revision", .int64, required: true, "Monotonic revision number for ordering snapshots."),
            ], kind: GroupVersionKind(group: "apps", version: "v1", kind: "ControllerRevision")),
    ]
}
