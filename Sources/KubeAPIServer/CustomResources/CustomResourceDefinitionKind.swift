import KubeModel

/// `apiextensions.k8s.io/v1` CustomResourceDefinition, stated once like every schema kind. A version's
/// `openAPIV3Schema` is any JSON here: `StructuralSchema` reads it, `CustomResourceDefinitionValidation` checks it.
enum CustomResourceDefinitionKind {
    static let prefix = KindDefinition.definitionPrefix(group: "apiextensions.k8s.io", version: "v1")

    static let names = TypeSchema(
        prefix + "CustomResourceDefinitionNames", "The names a custom resource is served under.",
        [
            FieldSchema("plural", .string, required: true), FieldSchema("singular", .string),
            FieldSchema("shortNames", BuiltinKinds.strings), FieldSchema("kind", .string, required: true),
            FieldSchema("listKind", .string), FieldSchema("categories", BuiltinKinds.strings),
        ])
    static let column = TypeSchema(
        prefix + "CustomResourceColumnDefinition", "A `kubectl get` column of a custom resource.",
        [
            FieldSchema("name", .string, required: true), FieldSchema("type", .string, required: true),
            FieldSchema("format", .string), FieldSchema("description", .string), FieldSchema("priority", .int32),
            FieldSchema("jsonPath", .string, required: true),
        ])
    static let validation = TypeSchema(
        prefix + "CustomResourceValidation", "The schema of a version's objects.",
        [FieldSchema("openAPIV3Schema", .any)])
    static let version = TypeSchema(
        prefix + "CustomResourceDefinitionVersion", "One version of a custom resource.",
        [
            FieldSchema("name", .string, required: true), FieldSchema("served", .boolean, required: true),
            FieldSchema("storage", .boolean, required: true), FieldSchema("deprecated", .boolean),
            FieldSchema("deprecationWarning", .string), FieldSchema("schema", .type(validation.name)),
            FieldSchema("subresources", .any),
            FieldSchema("additionalPrinterColumns", .list(.type(column.name), .atomic)),
            FieldSchema("selectableFields", .list(.any, .atomic)),
        ])
    static let spec = TypeSchema(
        prefix + "CustomResourceDefinitionSpec", "The group, names, scope and versions of a custom resource.",
        [
            FieldSchema("group", .string, required: true), FieldSchema("names", .type(names.name), required: true),
            FieldSchema("scope", .string, required: true),
            FieldSchema("versions", .list(.type(version.name), .atomic), required: true),
            FieldSchema("conversion", .any), FieldSchema("preserveUnknownFields", .boolean),
        ])

    static let definition = KindDefinition(
        BuiltinKinds.resource(
            "apiextensions.k8s.io", "customresourcedefinitions", "CustomResourceDefinition", namespaced: false,
            shortNames: ["crd", "crds"], categories: ["api-extensions"], status: true),
        summary: "A kind of object the API serves beside the built-in ones.",
        fields: [FieldSchema("spec", .type(spec.name), required: true), BuiltinKinds.status],
        types: [spec, names, version, column, validation],
        columns: [PrinterColumn("Created At", "date", .path(["metadata", "creationTimestamp"]))])
}
