import KubeModel

/// Why a node cannot take a pod: upstream's filter plugin reasons, and whether preemption could help.
public struct FilterFailure: Sendable, Hashable {
    /// The reasons, as upstream's plugins word them (one plugin's reasons: the first failing plugin ends
    /// the node's check).
    public var reasons: [String]
    /// False when removing pods would not help (upstream `UnschedulableAndUnresolvable`): node affinity,
    /// taints, cordon, a request larger than the whole node.
    public var isResolvable: Bool

    /// A failure with these reasons.
    public init(_ reasons: [String], isResolvable: Bool) {
        self.reasons = reasons
        self.isResolvable = isResolvable
    }
}

/// The filter reasons, worded as upstream's plugins (kube-scheduler 1.33).
public enum FilterReason {
    /// NodeUnschedulable: the node is cordoned and the pod does not tolerate it.
    public static let nodeUnschedulable = "node(s) were unschedulable"
    /// TaintToleration: a NoSchedule or NoExecute taint is not tolerated.
    public static let untoleratedTaint = "node(s) had untolerated taint(s)"
    /// NodeAffinity: the node selector or required node affinity does not match.
    public static let nodeAffinity = "node(s) didn't match Pod's node affinity/selector"
    /// NodeAffinity's PreFilter excluded the node by name: the pod names other nodes.
    public static let notAmongNodeNames = "node(s) didn't satisfy plugin(s) [NodeAffinity]"
    /// NodePorts: a host port is taken.
    public static let hostPortsTaken = "node(s) didn't have free ports for the requested pod ports"
    /// NodeResourcesFit: the node has as many pods as allocatable `pods` allows.
    public static let tooManyPods = "Too many pods"

    /// NodeResourcesFit: not enough of `resource` left.
    public static func insufficient(_ resource: String) -> String { "Insufficient " + resource }
}

/// The scheduler's filters (upstream's default Filter plugins in their order: NodeUnschedulable,
/// TaintToleration, NodeAffinity, NodePorts, NodeResourcesFit); the first that fails decides.
public enum NodeFilter {
    /// Nil when `node` (with `usage` already placed) can take `pod`, else why not.
    public static func check(_ pod: SchedulingPod, on node: Node, usage: NodeUsage) -> FilterFailure? {
        if node.spec.unschedulable
            && !pod.tolerations.toleratesTaint(key: TaintKeys.nodeUnschedulable, value: "", effect: TaintEffect.noSchedule)
        {
            return FilterFailure([FilterReason.nodeUnschedulable], isResolvable: false)
        }
        if hasUntoleratedTaint(node.spec.taints, pod.tolerations) {
            return FilterFailure([FilterReason.untoleratedTaint], isResolvable: false)
        }
        if !pod.affinity.matches(nodeName: node.metadata.name, labels: node.metadata.labels) {
            return FilterFailure([FilterReason.nodeAffinity], isResolvable: false)
        }
        for port in pod.hostPorts where usage.hostPorts.contains(where: { $0.conflicts(with: port) }) {
            return FilterFailure([FilterReason.hostPortsTaken], isResolvable: true)
        }
        return fit(pod.request, allocatable: node.status.allocatable, usage: usage)
    }

    /// TaintToleration: some NoSchedule or NoExecute taint no toleration tolerates (PreferNoSchedule only
    /// scores).
    static func hasUntoleratedTaint(_ taints: [Taint], _ tolerations: [Toleration]) -> Bool {
        taints.contains { taint in
            (taint.effect == TaintEffect.noSchedule || taint.effect == TaintEffect.noExecute)
                && !tolerations.toleratesTaint(key: taint.key, value: taint.value, effect: taint.effect)
        }
    }

    /// NodeResourcesFit: the pod count, then cpu, memory, ephemeral storage and other resources the pod
    /// requests, each against allocatable minus what is placed. Every shortfall is a reason; one larger than
    /// the whole node's allocatable makes the failure unresolvable, as upstream.
    static func fit(_ request: ResourceRequest, allocatable: ResourceList, usage: NodeUsage) -> FilterFailure? {
        var reasons: [String] = []
        var resolvable = true
        if let allowed = allocatable[ResourceName.pods]?.value, Int64(usage.podCount) + 1 > allowed {
            reasons.append(FilterReason.tooManyPods)
        }
        func check(_ name: String, _ wanted: Int64, _ used: Int64, _ capacity: Int64) {
            guard wanted > 0, wanted > capacity - used else { return }
            reasons.append(FilterReason.insufficient(name))
            if wanted > capacity { resolvable = false }
        }
        let used = usage.requested
        check(ResourceName.cpu, request.milliCPU, used.milliCPU, allocatable[ResourceName.cpu]?.milliValue ?? 0)
        check(ResourceName.memory, request.memory, used.memory, allocatable[ResourceName.memory]?.value ?? 0)
        check(
            ResourceName.ephemeralStorage, request.ephemeralStorage, used.ephemeralStorage,
            allocatable[ResourceName.ephemeralStorage]?.value ?? 0)
        for name in request.scalar.keys.sorted() {
            check(name, request.scalar[name] ?? 0, used.scalar[name] ?? 0, allocatable[name]?.value ?? 0)
        }
        return reasons.isEmpty ? nil : FilterFailure(reasons, isResolvable: resolvable)
    }
}
