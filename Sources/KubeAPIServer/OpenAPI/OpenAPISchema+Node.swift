import KubeModel

extension OpenAPISchema {
    /// The `core/v1` Node kind, its spec (taints) and status types.
    static let node: [String: JSONValue] = [
        "io.k8s.api.core.v1.Node": object(
            "Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in "
                + "etcd).",
            properties: [
                "apiVersion": apiVersionProperty,
                "kind": kindProperty,
                "metadata": metadataProperty,
                "spec": property(
                    "io.k8s.api.core.v1.NodeSpec",
                    "Spec defines the behavior of a node. "
                        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status",
                    defaulted: true),
                "status": property(
                    "io.k8s.api.core.v1.NodeStatus",
                    "Most recently observed status of the node. Populated by the system. Read-only. More info: "
                        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status",
                    defaulted: true),
            ],
            extensions: kindExtensions(group: "", kind: "Node")),
        "io.k8s.api.core.v1.NodeSpec": object(
            "NodeSpec describes the attributes that a node is created with.",
            properties: [
                "configSource": property(
                    "io.k8s.api.core.v1.NodeConfigSource",
                    "Deprecated: Previously used to specify the source of the node's configuration for the "
                        + "DynamicKubeletConfig feature. This feature is removed."),
                "externalID": string(
                    "Deprecated. Not all kubelets will set this field. Remove field after 1.13. see: "
                        + "https://issues.k8s.io/61966"),
                "podCIDR": string("PodCIDR represents the pod IP range assigned to the node."),
                "podCIDRs": stringArray(
                    "podCIDRs represents the IP ranges assigned to the node for usage by Pods on that node. If this "
                        + "field is specified, the 0th entry must match the podCIDR field. It may contain at most 1 "
                        + "value for each of IPv4 and IPv6.",
                    extensions: ["x-kubernetes-list-type": "set", "x-kubernetes-patch-strategy": "merge"]),
                "providerID": string(
                    "ID of the node assigned by the cloud provider in the format: <ProviderName>://<ProviderSpecificNodeID>"),
                "taints": array(
                    of: "io.k8s.api.core.v1.Taint", "If specified, the node's taints.", extensions: atomicList),
                "unschedulable": boolean(
                    "Unschedulable controls node schedulability of new pods. By default, node is schedulable. More "
                        + "info: https://kubernetes.io/docs/concepts/nodes/node/#manual-node-administration"),
            ]),
        "io.k8s.api.core.v1.Taint": object(
            "The node this Taint is attached to has the \"effect\" on any pod that does not tolerate the Taint.",
            properties: [
                "effect": string(
                    "Required. The effect of the taint on pods that do not tolerate the taint. Valid effects are "
                        + "NoSchedule, PreferNoSchedule and NoExecute.",
                    defaulted: true),
                "key": string("Required. The taint key to be applied to a node.", defaulted: true),
                "timeAdded": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
                    "TimeAdded represents the time at which the taint was added. It is only written for NoExecute "
                        + "taints."),
                "value": string("The taint value corresponding to the taint key."),
            ],
            required: ["key", "effect"]),
        "io.k8s.api.core.v1.NodeConfigSource": object(
            "NodeConfigSource specifies a source of node configuration. Exactly one subfield (excluding metadata) "
                + "must be non-nil. This API is deprecated since 1.22",
            properties: [
                "configMap": property(
                    "io.k8s.api.core.v1.ConfigMapNodeConfigSource",
                    "ConfigMap is a reference to a Node's ConfigMap")
            ]),
        "io.k8s.api.core.v1.ConfigMapNodeConfigSource": object(
            "ConfigMapNodeConfigSource contains the information to reference a ConfigMap as a config source for the "
                + "Node. This API is deprecated since 1.22: "
                + "https://git.k8s.io/enhancements/keps/sig-node/281-dynamic-kubelet-configuration",
            properties: [
                "kubeletConfigKey": string(
                    "KubeletConfigKey declares which key of the referenced ConfigMap corresponds to the "
                        + "KubeletConfiguration structure This field is required in all cases.",
                    defaulted: true),
                "name": string(
                    "Name is the metadata.name of the referenced ConfigMap. This field is required in all cases.",
                    defaulted: true),
                "namespace": string(
                    "Namespace is the metadata.namespace of the referenced ConfigMap. This field is required in all "
                        + "cases.",
                    defaulted: true),
                "resourceVersion": string(
                    "ResourceVersion is the metadata.ResourceVersion of the referenced ConfigMap. This field is "
                        + "forbidden in Node.Spec, and required in Node.Status."),
                "uid": string(
                    "UID is the metadata.UID of the referenced ConfigMap. This field is forbidden in Node.Spec, and "
                        + "required in Node.Status."),
            ],
            required: ["namespace", "name", "kubeletConfigKey"]),
        "io.k8s.api.core.v1.NodeStatus": object(
            "NodeStatus is information about the current status of a node.",
            properties: [
                "addresses": array(
                    of: "io.k8s.api.core.v1.NodeAddress", SwaggerDoc.nodeStatusAddresses,
                    extensions: mapList(key: "type")),
                "allocatable": map(
                    of: "io.k8s.apimachinery.pkg.api.resource.Quantity",
                    "Allocatable represents the resources of a node that are available for scheduling. Defaults to "
                        + "Capacity."),
                "capacity": map(
                    of: "io.k8s.apimachinery.pkg.api.resource.Quantity",
                    "Capacity represents the total resources of a node. More info: "
                        + "https://kubernetes.io/docs/reference/node/node-status/#capacity"),
                "conditions": array(
                    of: "io.k8s.api.core.v1.NodeCondition",
                    "Conditions is an array of current observed node conditions. More info: "
                        + "https://kubernetes.io/docs/reference/node/node-status/#condition",
                    extensions: mapList(key: "type")),
                "config": property(
                    "io.k8s.api.core.v1.NodeConfigStatus",
                    "Status of the config assigned to the node via the dynamic Kubelet config feature."),
                "daemonEndpoints": property(
                    "io.k8s.api.core.v1.NodeDaemonEndpoints", "Endpoints of daemons running on the Node.",
                    defaulted: true),
                "features": property(
                    "io.k8s.api.core.v1.NodeFeatures",
                    "Features describes the set of features implemented by the CRI implementation."),
                "images": array(
                    of: "io.k8s.api.core.v1.ContainerImage", "List of container images on this node",
                    extensions: atomicList),
                "nodeInfo": property(
                    "io.k8s.api.core.v1.NodeSystemInfo",
                    "Set of ids/uuids to uniquely identify the node. More info: "
                        + "https://kubernetes.io/docs/reference/node/node-status/#info",
                    defaulted: true),
                "phase": string(
                    "NodePhase is the recently observed lifecycle phase of the node. More info: "
                        + "https://kubernetes.io/docs/concepts/nodes/node/#phase The field is never populated, and "
                        + "now is deprecated."),
                "runtimeHandlers": array(
                    of: "io.k8s.api.core.v1.NodeRuntimeHandler", "The available runtime handlers.",
                    extensions: atomicList),
                "volumesAttached": array(
                    of: "io.k8s.api.core.v1.AttachedVolume", "List of volumes that are attached to the node.",
                    extensions: atomicList),
                "volumesInUse": stringArray(
                    "List of attachable volumes in use (mounted) by the node.", extensions: atomicList),
            ]),
        "io.k8s.api.core.v1.NodeAddress": object(
            "NodeAddress contains information for the node's address.",
            properties: [
                "address": string("The node address.", defaulted: true),
                "type": string("Node address type, one of Hostname, ExternalIP or InternalIP.", defaulted: true),
            ],
            required: ["type", "address"]),
        "io.k8s.api.core.v1.NodeCondition": object(
            "NodeCondition contains condition information for a node.",
            properties: [
                "lastHeartbeatTime": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time", "Last time we got an update on a given condition."),
                "lastTransitionTime": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
                    "Last time the condition transit from one status to another."),
                "message": string("Human readable message indicating details about last transition."),
                "reason": string("(brief) reason for the condition's last transition."),
                "status": string("Status of the condition, one of True, False, Unknown.", defaulted: true),
                "type": string("Type of node condition.", defaulted: true),
            ],
            required: ["type", "status"]),
        "io.k8s.api.core.v1.NodeConfigStatus": object(
            "NodeConfigStatus describes the status of the config assigned by Node.Spec.ConfigSource.",
            properties: [
                "active": property(
                    "io.k8s.api.core.v1.NodeConfigSource",
                    "Active reports the checkpointed config the node is actively using."),
                "assigned": property(
                    "io.k8s.api.core.v1.NodeConfigSource",
                    "Assigned reports the checkpointed config the node will try to use."),
                "error": string(
                    "Error describes any problems reconciling the Spec.ConfigSource to the Active config."),
                "lastKnownGood": property(
                    "io.k8s.api.core.v1.NodeConfigSource",
                    "LastKnownGood reports the checkpointed config the node will fall back to when it encounters an "
                        + "error attempting to use the Assigned config."),
            ]),
        "io.k8s.api.core.v1.NodeDaemonEndpoints": object(
            "NodeDaemonEndpoints lists ports opened by daemons running on the Node.",
            properties: [
                "kubeletEndpoint": property(
                    "io.k8s.api.core.v1.DaemonEndpoint", "Endpoint on which Kubelet is listening.", defaulted: true)
            ]),
        "io.k8s.api.core.v1.DaemonEndpoint": object(
            "DaemonEndpoint contains information about a single Daemon endpoint.",
            properties: ["Port": integer("Port number of the given endpoint.", defaulted: true)],
            required: ["Port"]),
        "io.k8s.api.core.v1.NodeFeatures": object(
            "NodeFeatures describes the set of features implemented by the CRI implementation. The features contained "
                + "in the NodeFeatures should depend only on the cri implementation independent of runtime handlers.",
            properties: [
                "supplementalGroupsPolicy": boolean(
                    "SupplementalGroupsPolicy is set to true if the runtime supports SupplementalGroupsPolicy and "
                        + "ContainerUser.")
            ]),
        "io.k8s.api.core.v1.ContainerImage": object(
            "Describe a container image",
            properties: [
                "names": stringArray(
                    "Names by which this image is known. e.g. [\"kubernetes.example/hyperkube:v1.0.7\", "
                        + "\"cloud-vendor.registry.example/cloud-vendor/hyperkube:v1.0.7\"]",
                    extensions: atomicList),
                "sizeBytes": integer("The size of the image in bytes.", format: "int64"),
            ]),
        "io.k8s.api.core.v1.NodeRuntimeHandler": object(
            "NodeRuntimeHandler is a set of runtime handler information.",
            properties: [
                "features": property(
                    "io.k8s.api.core.v1.NodeRuntimeHandlerFeatures", "Supported features."),
                "name": string("Runtime handler name. Empty for the default runtime handler."),
            ]),
        "io.k8s.api.core.v1.NodeRuntimeHandlerFeatures": object(
            "NodeRuntimeHandlerFeatures is a set of features implemented by the runtime handler.",
            properties: [
                "recursiveReadOnlyMounts": boolean(
                    "RecursiveReadOnlyMounts is set to true if the runtime handler supports RecursiveReadOnlyMounts."),
                "userNamespaces": boolean(
                    "UserNamespaces is set to true if the runtime handler supports UserNamespaces, including for "
                        + "volumes."),
            ]),
        "io.k8s.api.core.v1.AttachedVolume": object(
            "AttachedVolume describes a volume attached to a node",
            properties: [
                "devicePath": string(
                    "DevicePath represents the device path where the volume should be available", defaulted: true),
                "name": string("Name of the attached volume", defaulted: true),
            ],
            required: ["name", "devicePath"]),
        "io.k8s.api.core.v1.NodeSystemInfo": object(
            "NodeSystemInfo is a set of ids/uuids to uniquely identify the node.",
            properties: [
                "architecture": string("The Architecture reported by the node", defaulted: true),
                "bootID": string("Boot ID reported by the node.", defaulted: true),
                "containerRuntimeVersion": string(SwaggerDoc.nodeSystemInfoContainerRuntimeVersion, defaulted: true),
                "kernelVersion": string(SwaggerDoc.nodeSystemInfoKernelVersion, defaulted: true),
                "kubeProxyVersion": string(
                    "Deprecated: KubeProxy Version reported by the node.", defaulted: true),
                "kubeletVersion": string(SwaggerDoc.nodeSystemInfoKubeletVersion, defaulted: true),
                "machineID": string(
                    "MachineID reported by the node. For unique machine identification in the cluster this field is "
                        + "preferred. Learn more from man(5) machine-id: http://man7.org/linux/man-pages/man5/machine-id.5.html",
                    defaulted: true),
                "operatingSystem": string("The Operating System reported by the node", defaulted: true),
                "osImage": string(SwaggerDoc.nodeSystemInfoOSImage, defaulted: true),
                "systemUUID": string(
                    "SystemUUID reported by the node. For unique machine identification MachineID is preferred. This "
                        + "field is specific to Red Hat hosts "
                        + "https://access.redhat.com/documentation/en-us/red_hat_subscription_management/1/html/rhsm/uuid",
                    defaulted: true),
            ],
            required: [
                "machineID", "systemUUID", "bootID", "kernelVersion", "osImage", "containerRuntimeVersion",
                "kubeletVersion", "kubeProxyVersion", "operatingSystem", "architecture",
            ]),
    ]
}
