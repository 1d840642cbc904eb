import KubeModel

extension BuiltinTypes {
    static let scheduling: [TypeSchema] = [
        TypeSchema(
            "io.k8s.api.core.v1.Affinity", "Container for node affinity, pod affinity and pod anti-affinity settings.",
            [
                FieldSchema("nodeAffinity", .type("io.k8s.api.core.v1.NodeAffinity")),
                FieldSchema("podAffinity", .type("io.k8s.api.core.v1.PodAffinity")),
                FieldSchema("podAntiAffinity", .type("io.k8s.api.core.v1.PodAntiAffinity")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NodeAffinity", "Scheduling rules that steer pods toward nodes by node labels.",
            [
                FieldSchema("preferredDuringSchedulingIgnoredDuringExecution", .list(.type("io.k8s.api.core.v1.PreferredSchedulingTerm"), .atomic)),
                FieldSchema("requiredDuringSchedulingIgnoredDuringExecution", .type("io.k8s.api.core.v1.NodeSelector")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NodeSelector", "Set of node selector terms combined with OR semantics.",
            [
                FieldSchema("nodeSelectorTerms", .list(.type("io.k8s.api.core.v1.NodeSelectorTerm"), .atomic), required: true),
            ], atomic: true),
        TypeSchema(
            "io.k8s.api.core.v1.NodeSelectorRequirement", "Compares a node label or field against values using an operator.",
            [
                FieldSchema("key", .string, required: true),
                FieldSchema("operator", .string, required: true),
                FieldSchema("values", .list(.string, .atomic)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NodeSelectorTerm", "Node requirements that must all match, combined with AND.",
            [
                FieldSchema("matchExpressions", .list(.type("io.k8s.api.core.v1.NodeSelectorRequirement"), .atomic)),
                FieldSchema("matchFields", .list(.type("io.k8s.api.core.v1.NodeSelectorRequirement"), .atomic)),
            ], atomic: true),
        TypeSchema(
            "io.k8s.api.core.v1.PodAffinity", "Rules placing a pod near other pods matching a selector.",
            [
                FieldSchema("preferredDuringSchedulingIgnoredDuringExecution", .list(.type("io.k8s.api.core.v1.WeightedPodAffinityTerm"), .atomic)),
                FieldSchema("requiredDuringSchedulingIgnoredDuringExecution", .list(.type("io.k8s.api.core.v1.PodAffinityTerm"), .atomic)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PodAffinityTerm", "Selects pods and a topology key used by affinity rules.",
            [
                FieldSchema("labelSelector", .type("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector")),
                FieldSchema("matchLabelKeys", .list(.string, .atomic)),
                FieldSchema("mismatchLabelKeys", .list(.string, .atomic)),
                FieldSchema("namespaceSelector", .type("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector")),
                FieldSchema("namespaces", .list(.string, .atomic)),
                FieldSchema("topologyKey", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PodAntiAffinity", "Rules keeping a pod away from other pods matching a selector.",
            [
                FieldSchema("preferredDuringSchedulingIgnoredDuringExecution", .list(.type("io.k8s.api.core.v1.WeightedPodAffinityTerm"), .atomic)),
                FieldSchema("requiredDuringSchedulingIgnoredDuringExecution", .list(.type("io.k8s.api.core.v1.PodAffinityTerm"), .atomic)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PreferredSchedulingTerm", "Weighted node selector term used as a soft scheduling preference.",
            [
                FieldSchema("preference", .type("io.k8s.api.core.v1.NodeSelectorTerm"), required: true),
                FieldSchema("weight", .int32, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.Toleration", "Lets a pod be scheduled or stay on nodes with matching taints.",
            [
                FieldSchema("effect", .string, "Which taint effect this applies to; blank means any."),
                FieldSchema("key", .string, "Taint key to match; empty with Exists matches all taints."),
                FieldSchema("operator", .string, "Exists or Equal; how the key and value are compared."),
                FieldSchema("tolerationSeconds", .int64, "For NoExecute, how long the pod may stay after tainting."),
                FieldSchema("value", .string, "Expected taint value, used only with the Equal operator."),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.TopologySpreadConstraint", "Rule limiting pod count skew across topology domains.",
            [
                FieldSchema("labelSelector", .type("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector")),
                FieldSchema("matchLabelKeys", .list(.string, .atomic)),
                FieldSchema("maxSkew", .int32, required: true),
                FieldSchema("minDomains", .int32),
                FieldSchema("nodeAffinityPolicy", .string),
                FieldSchema("nodeTaintsPolicy", .string),
                FieldSchema("topologyKey", .string, required: true),
                FieldSchema("whenUnsatisfiable", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.WeightedPodAffinityTerm", "Pod affinity term with a weight for soft preferences.",
            [
                FieldSchema("podAffinityTerm", .type("io.k8s.api.core.v1.PodAffinityTerm"), required: true),
                FieldSchema("weight", .int32, required: true),
            ]),
    ]
}
