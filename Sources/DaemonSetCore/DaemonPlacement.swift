import KubeModel

/// Whether a node should run the daemon pod (`NodeShouldRunDaemonPod`).
public struct NodePlacement: Sendable, Hashable {
    /// The node should have a daemon pod: create one if missing; counts as desired.
    public var shouldRun: Bool
    /// An existing daemon pod may stay (true with only NoSchedule taints untolerated).
    public var shouldContinueRunning: Bool

    public init(shouldRun: Bool, shouldContinueRunning: Bool) {
        self.shouldRun = shouldRun
        self.shouldContinueRunning = shouldContinueRunning
    }
}

/// A DaemonSet's placement rules compiled once per sync: the template's node name, its required node
/// affinity and node selector, and its tolerations with the daemon tolerations added.
///
/// Like upstream, resources, host ports, node readiness and `spec.unschedulable` are not considered:
/// the scheduler does the real fitting.
public struct DaemonPlacement: Sendable {
    let templateNodeName: String
    let affinity: RequiredNodeAffinity
    let tolerations: [Toleration]
    /// Everything placement reads from the template: equal keys place every node alike.
    let key: Key

    /// The template fields placement depends on, so results can be reused across syncs and DaemonSets.
    struct Key: Hashable, Sendable {
        var nodeName: String
        var nodeSelector: [String: String]
        var requiredAffinity: NodeSelector?
        var tolerations: [Toleration]
    }

    public init(daemonSet: DaemonSet) {
        var spec = daemonSet.spec.template.spec
        DaemonPodTolerations.add(to: &spec)
        templateNodeName = spec.nodeName
        affinity = RequiredNodeAffinity(spec: spec)
        tolerations = spec.tolerations
        key = Key(
            nodeName: spec.nodeName, nodeSelector: spec.nodeSelector,
            requiredAffinity: spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution,
            tolerations: spec.tolerations)
    }

    /// Evaluates one node.
    public func evaluate(_ node: Node) -> NodePlacement {
        evaluate(name: node.metadata.name, labels: node.metadata.labels, taints: node.spec.taints)
    }

    /// Evaluates a node from the three things placement reads.
    public func evaluate(name: String, labels: [String: String], taints: [Taint]) -> NodePlacement {
        if !templateNodeName.isEmpty && templateNodeName != name {
            return NodePlacement(shouldRun: false, shouldContinueRunning: false)
        }
        if !affinity.matches(nodeName: name, labels: labels) {
            return NodePlacement(shouldRun: false, shouldContinueRunning: false)
        }
        var untoleratedNoSchedule = false
        for taint in taints {
            let noExecute = taint.effect == "NoExecute"
            guard noExecute || taint.effect == "NoSchedule" else { continue }
            if tolerations.contains(where: { $0.toleratesTaint(key: taint.key, value: taint.value, effect: taint.effect) }) {
                continue
            }
            if noExecute { return NodePlacement(shouldRun: false, shouldContinueRunning: false) }
            untoleratedNoSchedule = true
        }
        return NodePlacement(shouldRun: !untoleratedNoSchedule, shouldContinueRunning: true)
    }
}
