import KubeModel

extension BuiltinTypes {
    static let meta: [TypeSchema] = [
        TypeSchema(
            "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector", "Matches objects by exact labels and label expressions, all ANDed.",
            [
                FieldSchema("matchExpressions", .list(.type("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement"), .atomic)),
                FieldSchema("matchLabels", .map(.string)),
            ], atomic: true),
        TypeSchema(
            "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement", "Tests one label key against values using an operator.",
            [
                FieldSchema("key", .string, required: true),
                FieldSchema("operator", .string, required: true),
                FieldSchema("values", .list(.string, .atomic)),
            ]),
        TypeSchema(
            "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry", "Records which fields a manager set and through which operation.",
            [
                FieldSchema("apiVersion", .string),
                FieldSchema("fieldsType", .string),
                FieldSchema("fieldsV1", .type("io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1")),
                FieldSchema("manager", .string),
                FieldSchema("operation", .string),
                FieldSchema("subresource", .string),
                FieldSchema("time", .time),
            ]),
        TypeSchema(
            "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "Name, namespace, labels, UID and version bookkeeping for stored objects.",
            [
                FieldSchema("annotations", .map(.string)),
                FieldSchema("creationTimestamp", .time),
                FieldSchema("deletionGracePeriodSeconds", .int64),
                FieldSchema("deletionTimestamp", .time),
                FieldSchema("finalizers", .list(.string, .mergedSet)),
                FieldSchema("generateName", .string),
                FieldSchema("generation", .int64),
                FieldSchema("labels", .map(.string)),
                FieldSchema("managedFields", .list(.type("io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry"), .atomic)),
                FieldSchema("name", .string),
                FieldSchema("namespace", .string),
                FieldSchema("ownerReferences", .list(.type("io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference"), .map(["uid"]))),
                FieldSchema("resourceVersion", .string),
                FieldSchema("selfLink", .string),
                FieldSchema("uid", .string),
            ]),
        TypeSchema(
            "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference", "Links an object to the owner it depends on for garbage collection.",
            [
                FieldSchema("apiVersion", .string, required: true),
                FieldSchema("blockOwnerDeletion", .boolean),
                FieldSchema("controller", .boolean),
                FieldSchema("kind", .string, required: true),
                FieldSchema("name", .string, required: true),
                FieldSchema("uid", .string, required: true),
            ], atomic: true),
    ]
}
