import KubeModel

extension OpenAPISchema {
    /// `core/v1` scheduling constraints of a pod: affinity, tolerations, topology spread.
    static let scheduling: [String: JSONValue] = [
        "io.k8s.api.core.v1.Affinity": object(
            "Affinity is a group of affinity scheduling rules.",
            properties: [
                "nodeAffinity": property(
                    "io.k8s.api.core.v1.NodeAffinity", "Describes node affinity scheduling rules for the pod."),
                "podAffinity": property(
                    "io.k8s.api.core.v1.PodAffinity",
                    "Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as "
                        + "some other pod(s))."),
                "podAntiAffinity": property(
                    "io.k8s.api.core.v1.PodAntiAffinity",
                    "Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, "
                        + "zone, etc. as some other pod(s))."),
            ]),
        "io.k8s.api.core.v1.NodeAffinity": object(
            "Node affinity is a group of node affinity scheduling rules.",
            properties: [
                "preferredDuringSchedulingIgnoredDuringExecution": array(
                    of: "io.k8s.api.core.v1.PreferredSchedulingTerm",
                    "The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions "
                        + "specified by this field, but it may choose a node that violates one or more of the "
                        + "expressions.",
                    extensions: atomicList),
                "requiredDuringSchedulingIgnoredDuringExecution": property(
                    "io.k8s.api.core.v1.NodeSelector",
                    "If the affinity requirements specified by this field are not met at scheduling time, the pod "
                        + "will not be scheduled onto the node. If the affinity requirements specified by this field "
                        + "cease to be met at some point during pod execution (e.g. due to an update), the system may "
                        + "or may not try to eventually evict the pod from its node."),
            ]),
        "io.k8s.api.core.v1.NodeSelector": object(
            "A node selector represents the union of the results of one or more label queries over a set of nodes; "
                + "that is, it represents the OR of the selectors represented by the node selector terms.",
            properties: [
                "nodeSelectorTerms": array(
                    of: "io.k8s.api.core.v1.NodeSelectorTerm",
                    "Required. A list of node selector terms. The terms are ORed.", extensions: atomicList)
            ],
            required: ["nodeSelectorTerms"], extensions: ["x-kubernetes-map-type": "atomic"]),
        "io.k8s.api.core.v1.NodeSelectorTerm": object(
            "A null or empty node selector term matches no objects. The requirements of them are ANDed. The "
                + "TopologySelectorTerm type implements a subset of the NodeSelectorTerm.",
            properties: [
                "matchExpressions": array(
                    of: "io.k8s.api.core.v1.NodeSelectorRequirement",
                    "A list of node selector requirements by node's labels.", extensions: atomicList),
                "matchFields": array(
                    of: "io.k8s.api.core.v1.NodeSelectorRequirement",
                    "A list of node selector requirements by node's fields.", extensions: atomicList),
            ],
            extensions: ["x-kubernetes-map-type": "atomic"]),
        "io.k8s.api.core.v1.NodeSelectorRequirement": object(
            "A node selector requirement is a selector that contains values, a key, and an operator that relates "
                + "the key and values.",
            properties: [
                "key": string("The label key that the selector applies to.", defaulted: true),
                "operator": string(
                    "Represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists, "
                        + "DoesNotExist. Gt, and Lt.",
                    defaulted: true),
                "values": stringArray(
                    "An array of string values. If the operator is In or NotIn, the values array must be non-empty. "
                        + "If the operator is Exists or DoesNotExist, the values array must be empty. If the operator "
                        + "is Gt or Lt, the values array must have a single element, which will be interpreted as an "
                        + "integer. This array is replaced during a strategic merge patch.",
                    extensions: atomicList),
            ],
            required: ["key", "operator"]),
        "io.k8s.api.core.v1.PreferredSchedulingTerm": object(
            "An empty preferred scheduling term matches all objects with implicit weight 0 (i.e. it's a no-op). A "
                + "null preferred scheduling term matches no objects (i.e. is also a no-op).",
            properties: [
                "preference": property(
                    "io.k8s.api.core.v1.NodeSelectorTerm",
                    "A node selector term, associated with the corresponding weight.", defaulted: true),
                "weight": integer(
                    "Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.",
                    defaulted: true),
            ],
            required: ["weight", "preference"]),
        "io.k8s.api.core.v1.PodAffinity": object(
            "Pod affinity is a group of inter pod affinity scheduling rules.",
            properties: podAffinityProperties(rule: "affinity")),
        "io.k8s.api.core.v1.PodAntiAffinity": object(
            "Pod anti affinity is a group of inter pod anti affinity scheduling rules.",
            properties: podAffinityProperties(rule: "anti-affinity")),
        "io.k8s.api.core.v1.PodAffinityTerm": object(
            "Defines a set of pods (namely those matching the labelSelector relative to the given namespace(s)) that "
                + "this pod should be co-located (affinity) or not co-located (anti-affinity) with, where "
                + "co-located is defined as running on a node whose value of the label with key <topologyKey> "
                + "matches that of any node on which a pod of the set of pods is running",
            properties: [
                "labelSelector": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector",
                    "A label query over a set of resources, in this case pods. If it's null, this PodAffinityTerm "
                        + "matches with no Pods."),
                "matchLabelKeys": stringArray(
                    "MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. "
                        + "The keys are used to lookup values from the incoming pod labels, those key-value labels "
                        + "are merged with `labelSelector` as `key in (value)` to select the group of existing pods "
                        + "which pods will be taken into consideration for the incoming pod's pod (anti) affinity.",
                    extensions: atomicList),
                "mismatchLabelKeys": stringArray(
                    "MismatchLabelKeys is a set of pod label keys to select which pods will be taken into "
                        + "consideration. The keys are used to lookup values from the incoming pod labels, those "
                        + "key-value labels are merged with `labelSelector` as `key notin (value)` to select the "
                        + "group of existing pods which pods will be taken into consideration for the incoming pod's "
                        + "pod (anti) affinity.",
                    extensions: atomicList),
                "namespaceSelector": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector",
                    "A label query over the set of namespaces that the term applies to. The term is applied to the "
                        + "union of the namespaces selected by this field and the ones listed in the namespaces "
                        + "field. null selector and null or empty namespaces list means \"this pod's namespace\". An "
                        + "empty selector ({}) matches all namespaces."),
                "namespaces": stringArray(
                    "namespaces specifies a static list of namespace names that the term applies to. The term is "
                        + "applied to the union of the namespaces listed in this field and the ones selected by "
                        + "namespaceSelector. null or empty namespaces list and null namespaceSelector means \"this "
                        + "pod's namespace\".",
                    extensions: atomicList),
                "topologyKey": string(
                    "This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods "
                        + "matching the labelSelector in the specified namespaces, where co-located is defined as "
                        + "running on a node whose value of the label with key topologyKey matches that of any node "
                        + "on which any of the selected pods is running. Empty topologyKey is not allowed.",
                    defaulted: true),
            ],
            required: ["topologyKey"]),
        "io.k8s.api.core.v1.WeightedPodAffinityTerm": object(
            "The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most "
                + "preferred node(s)",
            properties: [
                "podAffinityTerm": property(
                    "io.k8s.api.core.v1.PodAffinityTerm",
                    "Required. A pod affinity term, associated with the corresponding weight.", defaulted: true),
                "weight": integer(
                    "weight associated with matching the corresponding podAffinityTerm, in the range 1-100.",
                    defaulted: true),
            ],
            required: ["weight", "podAffinityTerm"]),
        "io.k8s.api.core.v1.Toleration": object(
            "The pod this Toleration is attached to tolerates any taint that matches the triple "
                + "<key,value,effect> using the matching operator <operator>.",
            properties: [
                "effect": string(
                    "Effect indicates the taint effect to match. Empty means match all taint effects. When specified, "
                        + "allowed values are NoSchedule, PreferNoSchedule and NoExecute."),
                "key": string(
                    "Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key "
                        + "is empty, operator must be Exists; this combination means to match all values and all "
                        + "keys."),
                "operator": string(
                    "Operator represents a key's relationship to the value. Valid operators are Exists and Equal. "
                        + "Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate "
                        + "all taints of a particular category."),
                "tolerationSeconds": integer(
                    "TolerationSeconds represents the period of time the toleration (which must be of effect "
                        + "NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, "
                        + "which means tolerate the taint forever (do not evict). Zero and negative values will be "
                        + "treated as 0 (evict immediately) by the system.",
                    format: "int64"),
                "value": string(
                    "Value is the taint value the toleration matches to. If the operator is Exists, the value should "
                        + "be empty, otherwise just a regular string."),
            ]),
        "io.k8s.api.core.v1.TopologySpreadConstraint": object(
            "TopologySpreadConstraint specifies how to spread matching pods among the given topology.",
            properties: [
                "labelSelector": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector",
                    "LabelSelector is used to find matching pods. Pods that match this label selector are counted to "
                        + "determine the number of pods in their corresponding topology domain."),
                "matchLabelKeys": stringArray(
                    "MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be "
                        + "calculated. The keys are used to lookup values from the incoming pod labels, those "
                        + "key-value labels are ANDed with labelSelector to select the group of existing pods over "
                        + "which spreading will be calculated for the incoming pod.",
                    extensions: atomicList),
                "maxSkew": integer(
                    "MaxSkew describes the degree to which pods may be unevenly distributed. It's a required field. "
                        + "Default value is 1 and 0 is not allowed.",
                    defaulted: true),
                "minDomains": integer(
                    "MinDomains indicates a minimum number of eligible domains. When the number of eligible domains "
                        + "with matching topology keys is less than minDomains, Pod Topology Spread treats \"global "
                        + "minimum\" as 0, and then the calculation of Skew is performed."),
                "nodeAffinityPolicy": string(
                    "NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating "
                        + "pod topology spread skew. Options are: Honor, Ignore. If this value is nil, the behavior is "
                        + "equivalent to the Honor policy."),
                "nodeTaintsPolicy": string(
                    "NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread "
                        + "skew. Options are: Honor, Ignore. If this value is nil, the behavior is equivalent to the "
                        + "Ignore policy."),
                "topologyKey": string(
                    "TopologyKey is the key of node labels. Nodes that have a label with this key and identical "
                        + "values are considered to be in the same topology. It's a required field.",
                    defaulted: true),
                "whenUnsatisfiable": string(
                    "WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread constraint. "
                        + "DoNotSchedule (default) tells the scheduler not to schedule it; ScheduleAnyway tells the "
                        + "scheduler to schedule the pod in any location, but giving higher precedence to topologies "
                        + "that would help reduce the skew. It's a required field.",
                    defaulted: true),
            ],
            required: ["maxSkew", "topologyKey", "whenUnsatisfiable"]),
    ]

    /// PodAffinity and PodAntiAffinity have the same two lists, documented for their `rule`.
    private static func podAffinityProperties(rule: String) -> [String: JSONValue] {
        [
            "preferredDuringSchedulingIgnoredDuringExecution": array(
                of: "io.k8s.api.core.v1.WeightedPodAffinityTerm",
                "The scheduler will prefer to schedule pods to nodes that satisfy the \(rule) expressions specified "
                    + "by this field, but it may choose a node that violates one or more of the expressions.",
                extensions: atomicList),
            "requiredDuringSchedulingIgnoredDuringExecution": array(
                of: "io.k8s.api.core.v1.PodAffinityTerm",
                "If the \(rule) requirements specified by this field are not met at scheduling time, the pod will "
                    + "not be scheduled onto the node.",
                extensions: atomicList),
        ]
    }
}
