import KubeModel

extension BuiltinKinds {
    /// The groups past core, RBAC, apps and batch: scheduling, policy, networking, discovery, storage, node,
    /// admission registration and API extensions.
    static let others: [KindDefinition] = [
        KindDefinition(
            resource("scheduling.k8s.io", "priorityclasses", "PriorityClass", namespaced: false, shortNames: ["pc"]),
            summary: "A named priority pods take by naming it.",
            fields: [
                FieldSchema("value", .int32, required: true, proto: 2), FieldSchema("globalDefault", .boolean, proto: 3),
                FieldSchema("description", .string, proto: 4), FieldSchema("preemptionPolicy", .string, proto: 5),
            ],
            columns: [
                PrinterColumn("Value", "integer", .path(["value"])),
                PrinterColumn("Global-Default", "boolean", .path(["globalDefault"])),
            ]),
        KindDefinition(
            resource("policy", "poddisruptionbudgets", "PodDisruptionBudget", shortNames: ["pdb"], status: true),
            summary: "How many pods of a set may be down for voluntary disruptions.",
            fields: [FieldSchema("spec", .type("io.k8s.api.policy.v1.PodDisruptionBudgetSpec"), proto: 2), status],
            types: [
                TypeSchema(
                    "io.k8s.api.policy.v1.PodDisruptionBudgetSpec", "",
                    [
                        FieldSchema("minAvailable", .intOrString, proto: 1), FieldSchema("selector", labelSelector, proto: 2),
                        FieldSchema("maxUnavailable", .intOrString, proto: 3), FieldSchema("unhealthyPodEvictionPolicy", .string, proto: 4),
                    ])
            ],
            columns: [
                PrinterColumn("Min Available", .path(["spec", "minAvailable"])),
                PrinterColumn("Max Unavailable", .path(["spec", "maxUnavailable"])),
            ]),
        KindDefinition(
            resource("networking.k8s.io", "networkpolicies", "NetworkPolicy", shortNames: ["netpol"]),
            summary: "Which traffic may reach and leave a set of pods.",
            fields: [FieldSchema("spec", .type("io.k8s.api.networking.v1.NetworkPolicySpec"))],
            types: [
                TypeSchema(
                    "io.k8s.api.networking.v1.NetworkPolicySpec", "",
                    [
                        FieldSchema("podSelector", labelSelector), FieldSchema("ingress", .list(.any, .atomic)),
                        FieldSchema("egress", .list(.any, .atomic)), FieldSchema("policyTypes", strings),
                    ])
            ],
            createWarning: "daemonry up stores NetworkPolicy objects; simulated nodes have no network to enforce them on"),
        KindDefinition(
            resource("networking.k8s.io", "ingresses", "Ingress", shortNames: ["ing"], status: true),
            summary: "HTTP routes from outside the cluster to services.",
            fields: [FieldSchema("spec", .type("io.k8s.api.networking.v1.IngressSpec")), status],
            types: [
                TypeSchema(
                    "io.k8s.api.networking.v1.IngressSpec", "",
                    [
                        FieldSchema("ingressClassName", .string), FieldSchema("defaultBackend", .any),
                        FieldSchema("tls", .list(.any, .atomic)), FieldSchema("rules", .list(.any, .atomic)),
                    ])
            ],
            columns: [PrinterColumn("Class", .path(["spec", "ingressClassName"]))]),
        KindDefinition(
            resource("networking.k8s.io", "ingressclasses", "IngressClass", namespaced: false),
            summary: "A kind of ingress and the controller that serves it.",
            fields: [FieldSchema("spec", .type("io.k8s.api.networking.v1.IngressClassSpec"))],
            types: [
                TypeSchema(
                    "io.k8s.api.networking.v1.IngressClassSpec", "",
                    [FieldSchema("controller", .string), FieldSchema("parameters", .any)])
            ],
            columns: [PrinterColumn("Controller", .path(["spec", "controller"]))]),
        KindDefinition(
            resource("discovery.k8s.io", "endpointslices", "EndpointSlice"),
            summary: "A share of the endpoints behind a service.",
            fields: [
                FieldSchema("addressType", .string, required: true), FieldSchema("endpoints", .list(.any, .atomic)),
                FieldSchema("ports", .list(.any, .atomic)),
            ],
            columns: [PrinterColumn("AddressType", .path(["addressType"]))]),
        KindDefinition(
            resource("storage.k8s.io", "storageclasses", "StorageClass", namespaced: false, shortNames: ["sc"]),
            summary: "A kind of storage and the provisioner that makes it.",
            fields: [
                FieldSchema("provisioner", .string, required: true), FieldSchema("parameters", .map(.string)),
                FieldSchema("reclaimPolicy", .string), FieldSchema("mountOptions", strings),
                FieldSchema("allowVolumeExpansion", .boolean), FieldSchema("volumeBindingMode", .string),
                FieldSchema("allowedTopologies", .list(.any, .atomic)),
            ],
            columns: [
                PrinterColumn("Provisioner", .path(["provisioner"])),
                PrinterColumn("ReclaimPolicy", .path(["reclaimPolicy"])),
            ]),
        KindDefinition(
            resource("storage.k8s.io", "csidrivers", "CSIDriver", namespaced: false),
            summary: "A CSI volume driver and how the cluster talks to it.",
            fields: [FieldSchema("spec", .type("io.k8s.api.storage.v1.CSIDriverSpec"), required: true)],
            types: [
                TypeSchema(
                    "io.k8s.api.storage.v1.CSIDriverSpec", "",
                    [
                        FieldSchema("attachRequired", .boolean), FieldSchema("podInfoOnMount", .boolean),
                        FieldSchema("volumeLifecycleModes", .list(.string, .set)),
                        FieldSchema("storageCapacity", .boolean), FieldSchema("fsGroupPolicy", .string),
                        FieldSchema("tokenRequests", .list(.any, .atomic)), FieldSchema("requiresRepublish", .boolean),
                        FieldSchema("seLinuxMount", .boolean), FieldSchema("nodeAllocatableUpdatePeriodSeconds", .int64),
                    ])
            ],
            columns: [PrinterColumn("AttachRequired", "boolean", .path(["spec", "attachRequired"]))]),
        KindDefinition(
            resource("storage.k8s.io", "csinodes", "CSINode", namespaced: false),
            summary: "The CSI drivers installed on a node.",
            fields: [FieldSchema("spec", .type("io.k8s.api.storage.v1.CSINodeSpec"), required: true)],
            types: [
                TypeSchema(
                    "io.k8s.api.storage.v1.CSINodeSpec", "",
                    [FieldSchema("drivers", .list(.any, .map(["name"])), required: true)])
            ],
            columns: [PrinterColumn("Drivers", "integer", .count([["spec", "drivers"]]))]),
        KindDefinition(
            resource("node.k8s.io", "runtimeclasses", "RuntimeClass", namespaced: false),
            summary: "A container runtime configuration pods may ask for.",
            fields: [
                FieldSchema("handler", .string, required: true), FieldSchema("overhead", .any),
                FieldSchema("scheduling", .any),
            ],
            columns: [PrinterColumn("Handler", .path(["handler"]))]),
        KindDefinition(
            resource("admissionregistration.k8s.io", "validatingwebhookconfigurations", "ValidatingWebhookConfiguration", namespaced: false),
            summary: "Webhooks asked to accept or refuse requests.",
            fields: [FieldSchema("webhooks", .list(.any, .map(["name"])))],
            columns: [PrinterColumn("Webhooks", "integer", .count([["webhooks"]]))],
            createWarning: "daemonry up stores webhook configurations but calls no webhook"),
        KindDefinition(
            resource("admissionregistration.k8s.io", "mutatingwebhookconfigurations", "MutatingWebhookConfiguration", namespaced: false),
            summary: "Webhooks asked to change requests.",
            fields: [FieldSchema("webhooks", .list(.any, .map(["name"])))],
            columns: [PrinterColumn("Webhooks", "integer", .count([["webhooks"]]))],
            createWarning: "daemonry up stores webhook configurations but calls no webhook"),
    ]
}
