/// The swagger docs of the API fields that upstream's printers use as column descriptions
/// (`metav1.ObjectMeta{}.SwaggerDoc()["name"]` and so on), from k8s.io/api v0.32. Only
/// `kubectl get -o json` of a Table shows them.
enum SwaggerDoc {
    static let objectMetaName =
        "Name must be unique within a namespace. Is required when creating resources, although some resources may "
        + "allow a client to request the generation of an appropriate name automatically. Name is primarily intended "
        + "for creation idempotence and configuration definition. Cannot be updated. More info: "
        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names"
    static let objectMetaCreationTimestamp =
        "CreationTimestamp is a timestamp representing the server time when this object was created. It is not "
        + "guaranteed to be set in happens-before order across separate operations. Clients may not set this value. "
        + "It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. "
        + "More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"

    static let podStatusPodIP =
        "podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated."
    static let podSpecNodeName =
        "NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by "
        + "the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes "
        + "responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod "
        + "to be scheduled on a specific node. "
        + "https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename"
    static let podStatusNominatedNodeName =
        "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled "
        + "right away as preemption victims receive their graceful termination periods. This field does not "
        + "guarantee that the pod will be scheduled on this node. Scheduler may decide to place the pod elsewhere if "
        + "other nodes become available sooner. Scheduler may also decide to give the resources on this node to a "
        + "higher priority pod that is created after preemption. As a result, this field may be different than "
        + "PodSpec.nodeName when the pod is scheduled."
    static let podSpecReadinessGates =
        "If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its "
        + "containers are ready AND all conditions specified in the readiness gates have status equal to \"True\" "
        + "More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates"
    static let podSpecNodeSelector =
        "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a "
        + "node's labels for the pod to be scheduled on that node. More info: "
        + "https://kubernetes.io/docs/concepts/configuration/assign-pod-node/"

    static let nodeSystemInfoKubeletVersion = "Kubelet Version reported by the node."
    static let nodeSystemInfoOSImage =
        "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy))."
    static let nodeSystemInfoKernelVersion =
        "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64)."
    static let nodeSystemInfoContainerRuntimeVersion =
        "ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2)."
    static let nodeStatusAddresses =
        "List of addresses reachable to the node. Queried from cloud provider, if available. More info: "
        + "https://kubernetes.io/docs/reference/node/node-status/#addresses Note: This field is declared as "
        + "mergeable, but the merge key is not sufficiently unique, which can cause data corruption when it is "
        + "merged. Callers should instead use a full-replacement patch. See https://pr.k8s.io/79391 for an example. "
        + "Consumers should assume that addresses can change during the lifetime of a Node. However, there are some "
        + "exceptions where this may not be possible, such as Pods that inherit a Node's address in its own status "
        + "or consumers of the downward API (status.hostIP)."

    static let daemonSetStatusDesiredNumberScheduled =
        "The total number of nodes that should be running the daemon pod (including nodes correctly running the "
        + "daemon pod). More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/"
    static let daemonSetStatusCurrentNumberScheduled =
        "The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod. More "
        + "info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/"
    static let daemonSetStatusNumberReady =
        "numberReady is the number of nodes that should be running the daemon pod and have one or more of the "
        + "daemon pod running with a Ready Condition."
    static let daemonSetStatusUpdatedNumberScheduled = "The total number of nodes that are running updated daemon pod"
    static let daemonSetStatusNumberAvailable =
        "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running "
        + "and available (ready for at least spec.minReadySeconds)"
    static let daemonSetSpecSelector =
        "A label query over pods that are managed by the daemon set. Must match in order to be controlled. It must "
        + "match the pod template's labels. More info: "
        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors"

    static let eventLastTimestamp = "The time at which the most recent occurrence of this event was recorded."
    static let eventType = "Type of this event (Normal, Warning), new types could be added in the future"
    static let eventReason =
        "This should be a short, machine understandable string that gives the reason for the transition into the "
        + "object's current status."
    static let eventInvolvedObject = "The object that this event is about."
    static let objectReferenceFieldPath =
        "If referring to a piece of an object instead of an entire object, this string should contain a valid "
        + "JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object "
        + "reference is to a container within a pod, this would take on a value like: \"spec.containers{name}\" "
        + "(where \"name\" refers to the name of the container that triggered the event) or if no container name is "
        + "specified \"spec.containers[2]\" (container with index 2 in this pod). This syntax is chosen only to have "
        + "some well-defined way of referencing a part of an object."
    static let eventSource = "The component reporting this event. Should be a short machine understandable string."
    static let eventMessage = "A human-readable description of the status of this operation."
    static let eventFirstTimestamp =
        "The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)"
    static let eventCount = "The number of times this event has occurred."

    static let leaseSpecHolderIdentity =
        "holderIdentity contains the identity of the holder of a current lease. If Coordinated Leader Election is "
        + "used, the holder identity must be equal to the elected LeaseCandidate.metadata.name field."
    static let controllerRevisionRevision = "Revision indicates the revision of the state represented by Data."
}
