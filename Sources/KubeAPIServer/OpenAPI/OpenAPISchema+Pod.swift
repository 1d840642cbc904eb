import KubeModel

extension OpenAPISchema {
    /// The `core/v1` Pod kind and its status types (the spec's types live in the PodSpec files, shared
    /// with the DaemonSet's pod template).
    static let pod: [String: JSONValue] = [
        "io.k8s.api.core.v1.Pod": object(
            "Pod is a collection of containers that can run on a host. This resource is created by clients and "
                + "scheduled onto hosts.",
            properties: [
                "apiVersion": apiVersionProperty,
                "kind": kindProperty,
                "metadata": metadataProperty,
                "spec": podSpecProperty,
                "status": property(
                    "io.k8s.api.core.v1.PodStatus",
                    "Most recently observed status of the pod. This data may not be up to date. Populated by the "
                        + "system. Read-only. More info: "
                        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status",
                    defaulted: true),
            ],
            extensions: kindExtensions(group: "", kind: "Pod")),
        "io.k8s.api.core.v1.PodStatus": object(
            "PodStatus represents information about the status of a pod. Status may trail the actual state of a "
                + "system, especially if the node that hosts the pod cannot contact the control plane.",
            properties: [
                "conditions": array(
                    of: "io.k8s.api.core.v1.PodCondition",
                    "Current service state of pod. More info: "
                        + "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions",
                    extensions: mapList(key: "type")),
                "containerStatuses": array(
                    of: "io.k8s.api.core.v1.ContainerStatus",
                    "The list has one entry per container in the manifest. More info: "
                        + "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status",
                    extensions: atomicList),
                "ephemeralContainerStatuses": array(
                    of: "io.k8s.api.core.v1.ContainerStatus",
                    "Statuses for any ephemeral containers that have run in this pod. Each ephemeral container in the "
                        + "pod should have at most one status in this list, and all statuses should be for "
                        + "containers in the pod.",
                    extensions: atomicList),
                "hostIP": string(
                    "hostIP holds the IP address of the host to which the pod is assigned. Empty if the pod has not "
                        + "started yet."),
                "hostIPs": array(
                    of: "io.k8s.api.core.v1.HostIP",
                    "hostIPs holds the IP addresses allocated to the host. If this field is specified, the first "
                        + "entry must match the hostIP field. This list is empty if the pod has not started yet.",
                    extensions: [
                        "x-kubernetes-list-type": "atomic", "x-kubernetes-patch-merge-key": "ip",
                        "x-kubernetes-patch-strategy": "merge",
                    ]),
                "initContainerStatuses": array(
                    of: "io.k8s.api.core.v1.ContainerStatus",
                    "The list has one entry per init container in the manifest. The most recent successful init "
                        + "container will have ready = true, the most recently started container will have startTime "
                        + "set. More info: "
                        + "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status",
                    extensions: atomicList),
                "message": string(
                    "A human readable message indicating details about why the pod is in this condition."),
                "nominatedNodeName": string(SwaggerDoc.podStatusNominatedNodeName),
                "phase": string(
                    "The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle. The "
                        + "conditions array, the reason and message fields, and the individual container status "
                        + "arrays contain more detail about the pod's status. There are five possible phase values: "
                        + "Pending, Running, Succeeded, Failed and Unknown. More info: "
                        + "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-phase"),
                "podIP": string(SwaggerDoc.podStatusPodIP),
                "podIPs": array(
                    of: "io.k8s.api.core.v1.PodIP",
                    "podIPs holds the IP addresses allocated to the pod. If this field is specified, the 0th entry "
                        + "must match the podIP field. Pods may be allocated at most 1 value for each of IPv4 and "
                        + "IPv6. This list is empty if no IPs have been allocated yet.",
                    extensions: mapList(key: "ip")),
                "qosClass": string(
                    "The Quality of Service (QOS) classification assigned to the pod based on resource requirements. "
                        + "More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#quality-of-service-classes"),
                "reason": string(
                    "A brief CamelCase message indicating details about why the pod is in this state. e.g. "
                        + "'Evicted'"),
                "resize": string(
                    "Status of resources resize desired for pod's containers. It is empty if no resources resize is "
                        + "pending. Any changes to container resources will automatically set this to \"Proposed\""),
                "resourceClaimStatuses": array(
                    of: "io.k8s.api.core.v1.PodResourceClaimStatus", "Status of resource claims.",
                    extensions: mapList(key: "name", retainKeys: true)),
                "startTime": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
                    "RFC 3339 date and time at which the object was acknowledged by the Kubelet. This is before the "
                        + "Kubelet pulled the container image(s) for the pod."),
            ]),
        "io.k8s.api.core.v1.PodCondition": object(
            "PodCondition contains details for the current condition of this pod.",
            properties: [
                "lastProbeTime": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time", "Last time we probed the condition."),
                "lastTransitionTime": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
                    "Last time the condition transitioned from one status to another."),
                "message": string("Human-readable message indicating details about last transition."),
                "reason": string("Unique, one-word, CamelCase reason for the condition's last transition."),
                "status": string(
                    "Status is the status of the condition. Can be True, False, Unknown. More info: "
                        + "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions",
                    defaulted: true),
                "type": string(
                    "Type is the type of the condition. More info: "
                        + "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions",
                    defaulted: true),
            ],
            required: ["type", "status"]),
        "io.k8s.api.core.v1.PodResourceClaimStatus": object(
            "PodResourceClaimStatus is stored in the PodStatus for each PodResourceClaim which references a "
                + "ResourceClaimTemplate. It stores the generated name for the corresponding ResourceClaim.",
            properties: [
                "name": string(
                    "Name uniquely identifies this resource claim inside the pod. This must match the name of an "
                        + "entry in pod.spec.resourceClaims, which implies that the string must be a DNS_LABEL.",
                    defaulted: true),
                "resourceClaimName": string(
                    "ResourceClaimName is the name of the ResourceClaim that was generated for the Pod in the "
                        + "namespace of the Pod. If this is unset, then generating a ResourceClaim was not necessary. "
                        + "The pod.spec.resourceClaims entry can be ignored in this case."),
            ],
            required: ["name"]),
        "io.k8s.api.core.v1.PodIP": object(
            "PodIP represents a single IP address allocated to the pod.",
            properties: ["ip": string("IP is the IP address assigned to the pod", defaulted: true)],
            required: ["ip"]),
        "io.k8s.api.core.v1.HostIP": object(
            "HostIP represents a single IP address allocated to the host.",
            properties: ["ip": string("IP is the IP address assigned to the host", defaulted: true)],
            required: ["ip"]),
        "io.k8s.api.core.v1.ContainerStatus": object(
            "ContainerStatus contains details for the current status of this container.",
            properties: [
                "allocatedResources": map(
                    of: "io.k8s.apimachinery.pkg.api.resource.Quantity",
                    "AllocatedResources represents the compute resources allocated for this container by the node. "
                        + "Kubelet sets this value to Container.Resources.Requests upon successful pod admission and "
                        + "after successfully admitting desired pod resize."),
                "containerID": string(
                    "ContainerID is the ID of the container in the format '<type>://<container_id>'. Where type is a "
                        + "container runtime identifier, returned from Version call of CRI API (for example "
                        + "\"containerd\")."),
                "image": string(
                    "Image is the name of container image that the container is running. The container image may not "
                        + "match the image used in the PodSpec, as it may have been resolved by the runtime. More "
                        + "info: https://kubernetes.io/docs/concepts/containers/images.",
                    defaulted: true),
                "imageID": string(
                    "ImageID is the image ID of the container's image. The image ID may not match the image ID of the "
                        + "image used in the PodSpec, as it may have been resolved by the runtime.",
                    defaulted: true),
                "lastState": property(
                    "io.k8s.api.core.v1.ContainerState",
                    "LastTerminationState holds the last termination state of the container to help debug container "
                        + "crashes and restarts. This field is not populated if the container is still running and "
                        + "RestartCount is 0.",
                    defaulted: true),
                "name": string(
                    "Name is a DNS_LABEL representing the unique name of the container. Each container in a pod must "
                        + "have a unique name across all container types. Cannot be updated.",
                    defaulted: true),
                "ready": [
                    "default": false,
                    "description": .string(
                        "Ready specifies whether the container is currently passing its readiness check. The value will "
                            + "change as readiness probes keep executing. If no readiness probes are specified, this "
                            + "field defaults to true once the container is fully started (see Started field)."),
                    "type": "boolean",
                ],
                "resources": property(
                    "io.k8s.api.core.v1.ResourceRequirements",
                    "Resources represents the compute resource requests and limits that have been successfully "
                        + "enacted on the running container after it has been started or has been successfully "
                        + "resized."),
                "restartCount": integer(
                    "RestartCount holds the number of times the container has been restarted. Kubelet makes an effort "
                        + "to always increment the value, but there are cases when the state may be lost due to node "
                        + "restarts and then the value may be reset to 0. The value is never negative.",
                    defaulted: true),
                "started": boolean(
                    "Started indicates whether the container has finished its postStart lifecycle hook and passed its "
                        + "startup probe. Initialized as false, becomes true after startupProbe is considered "
                        + "successful."),
                "state": property(
                    "io.k8s.api.core.v1.ContainerState",
                    "State holds details about the container's current condition.", defaulted: true),
                "volumeMounts": array(
                    of: "io.k8s.api.core.v1.VolumeMountStatus",
                    "Status of volume mounts.",
                    extensions: mapList(key: "mountPath")),
            ],
            required: ["name", "ready", "restartCount", "image", "imageID"]),
        "io.k8s.api.core.v1.ContainerState": object(
            "ContainerState holds a possible state of container. Only one of its members may be specified. If none of "
                + "them is specified, the default one is ContainerStateWaiting.",
            properties: [
                "running": property(
                    "io.k8s.api.core.v1.ContainerStateRunning", "Details about a running container"),
                "terminated": property(
                    "io.k8s.api.core.v1.ContainerStateTerminated", "Details about a terminated container"),
                "waiting": property(
                    "io.k8s.api.core.v1.ContainerStateWaiting", "Details about a waiting container"),
            ]),
        "io.k8s.api.core.v1.ContainerStateWaiting": object(
            "ContainerStateWaiting is a waiting state of a container.",
            properties: [
                "message": string("Message regarding why the container is not yet running."),
                "reason": string("(brief) reason the container is not yet running."),
            ]),
        "io.k8s.api.core.v1.ContainerStateRunning": object(
            "ContainerStateRunning is a running state of a container.",
            properties: [
                "startedAt": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time", "Time at which the container was last (re-)started")
            ]),
        "io.k8s.api.core.v1.ContainerStateTerminated": object(
            "ContainerStateTerminated is a terminated state of a container.",
            properties: [
                "containerID": string("Container's ID in the format '<type>://<container_id>'"),
                "exitCode": integer("Exit status from the last termination of the container", defaulted: true),
                "finishedAt": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time", "Time at which the container last terminated"),
                "message": string("Message regarding the last termination of the container"),
                "reason": string("(brief) reason from the last termination of the container"),
                "signal": integer("Signal from the last termination of the container"),
                "startedAt": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
                    "Time at which previous execution of the container started"),
            ],
            required: ["exitCode"]),
        "io.k8s.api.core.v1.VolumeMountStatus": object(
            "VolumeMountStatus shows status of volume mounts.",
            properties: [
                "mountPath": string("MountPath corresponds to the original VolumeMount.", defaulted: true),
                "name": string("Name corresponds to the name of the original VolumeMount.", defaulted: true),
                "readOnly": boolean("ReadOnly corresponds to the original VolumeMount."),
                "recursiveReadOnly": string(
                    "RecursiveReadOnly must be set to Disabled, Enabled, or unspecified (for non-readonly mounts). An "
                        + "IfPossible value in the original VolumeMount must be translated to Disabled or Enabled, "
                        + "depending on the mount result."),
            ],
            required: ["name", "mountPath"]),
    ]
}
