import KubeModel

extension BuiltinKinds {
    static let rbacNote = "daemonry stores RBAC objects but does not enforce them: every client authenticated as admin may do anything"

    static let policyRule = TypeSchema(
        "io.k8s.api.rbac.v1.PolicyRule", "What a role allows: verbs on resources of API groups.",
        [
            FieldSchema("verbs", strings, required: true, proto: 1), FieldSchema("apiGroups", strings, proto: 2),
            FieldSchema("resources", strings, proto: 3), FieldSchema("resourceNames", strings, proto: 4),
            FieldSchema("nonResourceURLs", strings, proto: 5),
        ])
    static let subject = TypeSchema(
        "io.k8s.api.rbac.v1.Subject", "A user, group or service account a binding grants a role to.",
        [
            FieldSchema("kind", .string, required: true, proto: 1), FieldSchema("apiGroup", .string, proto: 2),
            FieldSchema("name", .string, required: true, proto: 3), FieldSchema("namespace", .string, proto: 4),
        ])
    static let roleRef = TypeSchema(
        "io.k8s.api.rbac.v1.RoleRef", "The role a binding grants.",
        [
            FieldSchema("apiGroup", .string, required: true, proto: 1), FieldSchema("kind", .string, required: true, proto: 2),
            FieldSchema("name", .string, required: true, proto: 3),
        ])
    static let aggregationRule = TypeSchema(
        "io.k8s.api.rbac.v1.AggregationRule", "The cluster roles whose rules a cluster role gathers.",
        [FieldSchema("clusterRoleSelectors", .list(labelSelector, .atomic), proto: 1)])

    static let bindingFields = [
        FieldSchema("subjects", .list(.type(subject.name), .atomic), proto: 2),
        FieldSchema("roleRef", .type(roleRef.name), required: true, proto: 3),
    ]
    static let bindingColumns = [PrinterColumn("Role", .joined(["roleRef", "kind"], ["roleRef", "name"]))]

    static let rbac: [KindDefinition] = [
        KindDefinition(
            resource("rbac.authorization.k8s.io", "clusterrolebindings", "ClusterRoleBinding", namespaced: false),
            nameRule: .pathSegment, summary: "Grants a cluster role to subjects everywhere.",
            fields: bindingFields, types: [subject, roleRef], columns: bindingColumns, createWarning: rbacNote),
        KindDefinition(
            resource("rbac.authorization.k8s.io", "clusterroles", "ClusterRole", namespaced: false),
            nameRule: .pathSegment, summary: "Permissions across the cluster.",
            fields: [
                FieldSchema("rules", .list(.type(policyRule.name), .atomic), proto: 2),
                FieldSchema("aggregationRule", .type(aggregationRule.name), proto: 3),
            ],
            types: [policyRule, aggregationRule],
            columns: [PrinterColumn("Created At", "date", .path(["metadata", "creationTimestamp"]))],
            createWarning: rbacNote),
        KindDefinition(
            resource("rbac.authorization.k8s.io", "rolebindings", "RoleBinding"),
            nameRule: .pathSegment, summary: "Grants a role to subjects in a namespace.",
            fields: bindingFields, types: [subject, roleRef], columns: bindingColumns, createWarning: rbacNote),
        KindDefinition(
            resource("rbac.authorization.k8s.io", "roles", "Role"),
            nameRule: .pathSegment, summary: "Permissions in one namespace.",
            fields: [FieldSchema("rules", .list(.type(policyRule.name), .atomic), proto: 2)], types: [policyRule],
            columns: [PrinterColumn("Created At", "date", .path(["metadata", "creationTimestamp"]))],
            createWarning: rbacNote),
    ]
}
