import KubeModel

extension BuiltinTypes {
    static let podTemplate: [TypeSchema] = [
        TypeSchema(
            "io.k8s.api.core.v1.PodTemplateSpec", "Metadata plus spec used to stamp out new pods.",
            [
                FieldSchema("metadata", .type("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta")),
                FieldSchema("spec", .type("io.k8s.api.core.v1.PodSpec")),
            ]),
    ]
}
