import KubeModel

extension BuiltinTypes {
    static let pod: [TypeSchema] = [
        TypeSchema(
            "io.k8s.api.core.v1.ContainerState", "Holds exactly one of waiting, running or terminated container state.",
            [
                FieldSchema("running", .type("io.k8s.api.core.v1.ContainerStateRunning")),
                FieldSchema("terminated", .type("io.k8s.api.core.v1.ContainerStateTerminated")),
                FieldSchema("waiting", .type("io.k8s.api.core.v1.ContainerStateWaiting")),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ContainerStateRunning", "Details for a container that is currently executing.",
            [
                FieldSchema("startedAt", .time),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ContainerStateTerminated", "Details for a container that has exited, including exit code.",
            [
                FieldSchema("containerID", .string),
                FieldSchema("exitCode", .int32, required: true),
                FieldSchema("finishedAt", .time),
                FieldSchema("message", .string),
                FieldSchema("reason", .string),
                FieldSchema("signal", .int32),
                FieldSchema("startedAt", .time),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ContainerStateWaiting", "Details for a container that has not started yet.",
            [
                FieldSchema("message", .string),
                FieldSchema("reason", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ContainerStatus", "Observed runtime state and restart history of one container.",
            [
                FieldSchema("allocatedResources", .map(.quantity)),
                FieldSchema("containerID", .string),
                FieldSchema("image", .string, required: true),
                FieldSchema("imageID", .string, required: true),
                FieldSchema("lastState", .type("io.k8s.api.core.v1.ContainerState")),
                FieldSchema("name", .string, required: true),
                FieldSchema("ready", .boolean, required: true),
                FieldSchema("resources", .type("io.k8s.api.core.v1.ResourceRequirements")),
                FieldSchema("restartCount", .int32, required: true),
                FieldSchema("started", .boolean),
                FieldSchema("state", .type("io.k8s.api.core.v1.ContainerState")),
                FieldSchema("volumeMounts", .list(.type("io.k8s.api.core.v1.VolumeMountStatus"), .map(["mountPath"]))),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.HostIP", "Entry in the list of addresses of the pod host node.",
            [
                FieldSchema("ip", .string, required: true),
            ]),
        TypeSchema.object(
            "io.k8s.api.core.v1.Pod", "A group of containers scheduled together onto one node.",
            [
                FieldSchema("spec", .type("io.k8s.api.core.v1.PodSpec"), "Desired containers, volumes and scheduling settings for the pod."),
                FieldSchema("status", .type("io.k8s.api.core.v1.PodStatus"), "Server-reported runtime view of the pod; may lag reality."),
            ], kind: GroupVersionKind(group: "", version: "v1", kind: "Pod")),
        TypeSchema(
            "io.k8s.api.core.v1.PodCondition", "One observed condition entry reported for a pod.",
            [
                FieldSchema("lastProbeTime", .time),
                FieldSchema("lastTransitionTime", .time),
            ] + conditionFields),
        TypeSchema(
            "io.k8s.api.core.v1.PodIP", "Entry in the list of addresses handed to a pod.",
            [
                FieldSchema("ip", .string, required: true),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PodResourceClaimStatus", "Name of the ResourceClaim generated for a pod claim entry.",
            [
                FieldSchema("name", .string, required: true),
                FieldSchema("resourceClaimName", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.PodStatus", "Observed phase, conditions, IPs and container states of a pod.",
            [
                FieldSchema("conditions", .list(.type("io.k8s.api.core.v1.PodCondition"), .map(["type"]))),
                FieldSchema("containerStatuses", .list(.type("io.k8s.api.core.v1.ContainerStatus"), .atomic)),
                FieldSchema("ephemeralContainerStatuses", .list(.type("io.k8s.api.core.v1.ContainerStatus"), .atomic)),
                FieldSchema("hostIP", .string),
                FieldSchema("hostIPs", .list(.type("io.k8s.api.core.v1.HostIP"), ListType(.atomic, patch: .mergeOn("ip", retainKeys: false)))),
                FieldSchema("initContainerStatuses", .list(.type("io.k8s.api.core.v1.ContainerStatus"), .atomic)),
                FieldSchema("message", .string),
                FieldSchema("nominatedNodeName", .string),
                FieldSchema("phase", .string),
                FieldSchema("podIP", .string),
                FieldSchema("podIPs", .list(.type("io.k8s.api.core.v1.PodIP"), .map(["ip"]))),
                FieldSchema("qosClass", .string),
                FieldSchema("reason", .string),
                FieldSchema("resize", .string),
                FieldSchema("resourceClaimStatuses", .list(.type("io.k8s.api.core.v1.PodResourceClaimStatus"), .map(["name"], retainingKeys: true))),
                FieldSchema("startTime", .time),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.VolumeMountStatus", "Observed mount state of a volume inside a container.",
            [
                FieldSchema("mountPath", .string, required: true),
                FieldSchema("name", .string, required: true),
                FieldSchema("readOnly", .boolean),
                FieldSchema("recursiveReadOnly", .string),
            ]),
    ]
}
