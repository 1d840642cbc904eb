import KubeModel

/// The outcome of one scheduling attempt.
public enum SchedulingDecision: Sendable, Hashable {
    /// Bind the pod to this node.
    case bind(nodeName: String)
    /// No node fits; the summary says why.
    case unschedulable(FitError)
}

/// One scheduling cycle without I/O (upstream `schedulePod`: filter, score, select): every node the pod
/// may go to is filtered, the feasible ones scored by `NodeScore.leastAllocated`, and the best taken,
/// ties broken by `NodeScore.tieBreak`.
public enum SchedulingAlgorithm {
    /// Decides where `pod` goes among `nodes` (the candidates: all nodes, or the ones it names), out of
    /// `nodeCount` nodes in the cluster; `usage` gives what is already placed on a node.
    public static func schedule(
        _ pod: SchedulingPod, candidates nodes: [Node], nodeCount: Int, usage: (String) -> NodeUsage
    ) -> SchedulingDecision {
        var failures: [FilterFailure] = []
        // Higher score wins; among equal scores the smaller tie-break, i.e. the larger complement.
        var best: (name: String, score: Int64, rank: UInt64)?
        for node in nodes {
            let name = node.metadata.name
            let placed = usage(name)
            if let failure = NodeFilter.check(pod, on: node, usage: placed) {
                failures.append(failure)
                continue
            }
            let score = NodeScore.leastAllocated(pod, allocatable: node.status.allocatable, usage: placed)
            let rank = ~NodeScore.tieBreak(podUID: pod.uid, nodeName: name)
            if let current = best, (current.score, current.rank) >= (score, rank) { continue }
            best = (name, score, rank)
        }
        if let best { return .bind(nodeName: best.name) }
        return .unschedulable(
            FitError(
                nodeCount: nodeCount, failures: failures, excludedByName: max(0, nodeCount - nodes.count),
                neverPreempts: pod.neverPreempts))
    }
}
