import KubeModel

extension BuiltinTypes {
    static let node: [TypeSchema] = [
        TypeSchema(
            "io.k8s.api.core.v1.AttachedVolume", "A volume the node reports as currently attached, with its device path.",
            [
                FieldSchema("devicePath", .string, required: true),
                FieldSchema("name", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ConfigMapNodeConfigSource", "Names a ConfigMap that carries dynamic kubelet configuration for a node.",
            [
                FieldSchema("kubeletConfigKey", .string, required: true),
                FieldSchema("name", .string, required: true),
                FieldSchema("namespace", .string, required: true),
                FieldSchema("resourceVersion", .string),
                FieldSchema("uid", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ContainerImage", "An image cached on a node, listed with its names and size.",
            [
                FieldSchema("names", .list(.string, .atomic)),
                FieldSchema("sizeBytes", .int64),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.DaemonEndpoint", "Port on which a node daemon such as the kubelet listens.",
            [
                FieldSchema("Port", .int32, required: true),
            ]),
        TypeSchema.object(
            "io.k8s.api.core.v1.Node", "A worker machine, physical or virtual, registered with the cluster.",
            [
                FieldSchema("spec", .type("io.k8s.api.core.v1.NodeSpec")),
                FieldSchema("status", .type("io.k8s.api.core.v1.NodeStatus")),
            ], kind: GroupVersionKind(group: "", version: "v1", kind: "Node")),
        TypeSchema(
            "io.k8s.api.core.v1.NodeAddress", "One address of a node together with its address type.",
            [
                FieldSchema("address", .string, required: true),
                FieldSchema("type", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NodeCondition", "One health or pressure condition reported by a node.",
            [
                FieldSchema("lastHeartbeatTime", .time),
                FieldSchema("lastTransitionTime", .time),
            ] + conditionFields),
        TypeSchema(
            "io.k8s.api.core.v1.NodeConfigSource", "Reference to where dynamic kubelet config for a node lives.",
            [
                FieldSchema("configMap", .type("io.k8s.api.core.v1.ConfigMapNodeConfigSource")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NodeConfigStatus", "Reports which dynamic kubelet config a node has and uses.",
            [
                FieldSchema("active", .type("io.k8s.api.core.v1.NodeConfigSource")),
                FieldSchema("assigned", .type("io.k8s.api.core.v1.NodeConfigSource")),
                FieldSchema("error", .string),
                FieldSchema("lastKnownGood", .type("io.k8s.api.core.v1.NodeConfigSource")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NodeDaemonEndpoints", "Groups the listening endpoints of node agents like the kubelet.",
            [
                FieldSchema("kubeletEndpoint", .type("io.k8s.api.core.v1.DaemonEndpoint")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NodeFeatures", "Optional features the node software stack supports.",
            [
                FieldSchema("supplementalGroupsPolicy", .boolean),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NodeRuntimeHandler", "A container runtime handler available on a node.",
            [
                FieldSchema("features", .type("io.k8s.api.core.v1.NodeRuntimeHandlerFeatures")),
                FieldSchema("name", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NodeRuntimeHandlerFeatures", "Optional capabilities supported by a runtime handler.",
            [
                FieldSchema("recursiveReadOnlyMounts", .boolean),
                FieldSchema("userNamespaces", .boolean),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NodeSpec", "Desired settings of a Node such as taints and pod CIDRs.",
            [
                FieldSchema("configSource", .type("io.k8s.api.core.v1.NodeConfigSource"), "Deprecated source of dynamic kubelet configuration."),
                FieldSchema("externalID", .string, "Deprecated external identifier; no longer used."),
                FieldSchema("podCIDR", .string, "Primary address block from which pods here get IPs."),
                FieldSchema("podCIDRs", .list(.string, .mergedSet), "Pod IP ranges for this node, at most one per IP family."),
                FieldSchema("providerID", .string, "Cloud provider identifier of the machine backing the node."),
                FieldSchema("taints", .list(.type("io.k8s.api.core.v1.Taint"), .atomic), "Taints placed on the node to repel pods."),
                FieldSchema("unschedulable", .boolean, "When true, new pods are not scheduled onto this node."),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NodeStatus", "Observed capacity, addresses, conditions and info of a node.",
            [
                FieldSchema("addresses", .list(.type("io.k8s.api.core.v1.NodeAddress"), .map(["type"]))),
                FieldSchema("allocatable", .map(.quantity)),
                FieldSchema("capacity", .map(.quantity)),
                FieldSchema("conditions", .list(.type("io.k8s.api.core.v1.NodeCondition"), .map(["type"]))),
                FieldSchema("config", .type("io.k8s.api.core.v1.NodeConfigStatus")),
                FieldSchema("daemonEndpoints", .type("io.k8s.api.core.v1.NodeDaemonEndpoints")),
                FieldSchema("features", .type("io.k8s.api.core.v1.NodeFeatures")),
                FieldSchema("images", .list(.type("io.k8s.api.core.v1.ContainerImage"), .atomic)),
                FieldSchema("nodeInfo", .type("io.k8s.api.core.v1.NodeSystemInfo")),
                FieldSchema("phase", .string),
                FieldSchema("runtimeHandlers", .list(.type("io.k8s.api.core.v1.NodeRuntimeHandler"), .atomic)),
                FieldSchema("volumesAttached", .list(.type("io.k8s.api.core.v1.AttachedVolume"), .atomic)),
                FieldSchema("volumesInUse", .list(.string, .atomic)),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.NodeSystemInfo", "Version and identity details of the software on a node.",
            [
                FieldSchema("architecture", .string, required: true),
                FieldSchema("bootID", .string, required: true),
                FieldSchema("containerRuntimeVersion", .string, required: true),
                FieldSchema("kernelVersion", .string, required: true),
                FieldSchema("kubeProxyVersion", .string, required: true),
                FieldSchema("kubeletVersion", .string, required: true),
                FieldSchema("machineID", .string, required: true),
                FieldSchema("operatingSystem", .string, required: true),
                FieldSchema("osImage", .string, required: true),
                FieldSchema("systemUUID", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.Taint", "Node marking that repels pods lacking a matching toleration.",
            [
                FieldSchema("effect", .string, required: true, "NoSchedule, PreferNoSchedule or NoExecute applied to intolerant pods."),
                FieldSchema("key", .string, required: true, "Taint key that tolerations are compared against."),
                FieldSchema("timeAdded", .time, "When a NoExecute taint was placed on the node."),
                FieldSchema("value", .string, "Optional string value carried alongside the key."),
            ]),
    ]
}
