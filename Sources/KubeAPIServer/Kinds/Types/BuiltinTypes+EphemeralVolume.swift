import KubeModel

extension BuiltinTypes {
    static let ephemeralVolume: [TypeSchema] = [
        TypeSchema(
            "io.k8s.api.core.v1.EphemeralVolumeSource", "Per-pod volume backed by a PersistentVolumeClaim created from a template.",
            [
                FieldSchema("volumeClaimTemplate", .type("io.k8s.api.core.v1.PersistentVolumeClaimTemplate")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PersistentVolumeClaimSpec", "Requested storage size, access modes and class for a claim.",
            [
                FieldSchema("accessModes", .list(.string, .atomic)),
                FieldSchema("dataSource", .type("io.k8s.api.core.v1.TypedLocalObjectReference")),
                FieldSchema("dataSourceRef", .type("io.k8s.api.core.v1.TypedObjectReference")),
                FieldSchema("resources", .type("io.k8s.api.core.v1.VolumeResourceRequirements")),
                FieldSchema("selector", .type("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector")),
                FieldSchema("storageClassName", .string),
                FieldSchema("volumeAttributesClassName", .string),
                FieldSchema("volumeMode", .string),
                FieldSchema("volumeName", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PersistentVolumeClaimTemplate", "Template used to create a claim for an ephemeral volume.",
            [
                FieldSchema("metadata", .type("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta")),
                FieldSchema("spec", .type("io.k8s.api.core.v1.PersistentVolumeClaimSpec"), required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.TypedLocalObjectReference", "Same-namespace object reference carrying API group and kind.",
            [
                FieldSchema("apiGroup", .string),
                FieldSchema("kind", .string, required: true),
                FieldSchema("name", .string, required: true),
            ], atomic: true),
        TypeSchema(
            "io.k8s.api.core.v1.TypedObjectReference", "Object reference with API group, kind and optional namespace.",
            [
                FieldSchema("apiGroup", .string),
                FieldSchema("kind", .string, required: true),
                FieldSchema("name", .string, required: true),
                FieldSchema("namespace", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.VolumeResourceRequirements", "Storage size requests and limits for a volume claim.",
            [
                FieldSchema("limits", .map(.quantity)),
                FieldSchema("requests", .map(.quantity)),
            ]),
    ]
}
