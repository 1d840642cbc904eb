/// Why a pod fits no node, summarized as upstream's `FitError.Error()`: the message of the pod's
/// `PodScheduled=False` condition and of its `FailedScheduling` event.
///
/// `0/5 nodes are available: 2 Insufficient cpu, 3 node(s) didn't match Pod's node affinity/selector.
/// preemption: 0/5 nodes are available: 2 No preemption victims found for incoming pod, 3 Preemption is not
/// helpful for scheduling.`
///
/// Reasons are counted over nodes and the "count reason" strings sorted as strings, as upstream's
/// histogram. The preemption part is what upstream's default PostFilter says when it finds no victims:
/// this scheduler does not preempt, so nodes where removing pods could help count as "no victims".
public struct FitError: Sendable, Hashable {
    /// How many nodes the cluster has.
    public var nodeCount: Int
    /// Per node that was checked, why it failed.
    public var failures: [FilterFailure]
    /// Nodes not checked at all because the pod names other nodes (NodeAffinity's PreFilter).
    public var excludedByName: Int
    /// Whether the pod may not preempt (`preemptionPolicy: Never`).
    public var neverPreempts: Bool

    /// A summary of `failures` among `nodeCount` nodes.
    public init(nodeCount: Int, failures: [FilterFailure], excludedByName: Int = 0, neverPreempts: Bool = false) {
        self.nodeCount = nodeCount
        self.failures = failures
        self.excludedByName = excludedByName
        self.neverPreempts = neverPreempts
    }

    /// Upstream `NoNodeAvailableMsg`.
    static func noNodeAvailable(_ count: Int) -> String { "0/\(count) nodes are available" }

    /// The message; upstream's `ErrNoNodesAvailable` text when the cluster has no node at all.
    public var message: String {
        guard nodeCount > 0 else { return "no nodes available to schedule pods" }
        var reasons: [String: Int] = [:]
        for failure in failures {
            for reason in failure.reasons { reasons[reason, default: 0] += 1 }
        }
        if excludedByName > 0 { reasons[FilterReason.notAmongNodeNames, default: 0] += excludedByName }
        var message = Self.noNodeAvailable(nodeCount) + ":"
        if !reasons.isEmpty { message += " " + Self.histogram(reasons) + "." }
        message += " preemption: " + preemptionMessage
        return message
    }

    /// What the default preemption PostFilter reports when it preempts nothing.
    var preemptionMessage: String {
        if neverPreempts { return "not eligible due to preemptionPolicy=Never." }
        let resolvable = failures.filter(\.isResolvable).count
        var outcomes: [String: Int] = [:]
        if resolvable > 0 { outcomes["No preemption victims found for incoming pod"] = resolvable }
        let unhelpful = nodeCount - resolvable
        if unhelpful > 0 { outcomes["Preemption is not helpful for scheduling"] = unhelpful }
        guard !outcomes.isEmpty else { return Self.noNodeAvailable(nodeCount) + "." }
        return Self.noNodeAvailable(nodeCount) + ": " + Self.histogram(outcomes) + "."
    }

    /// `"N reason"` per reason, sorted as strings, joined by ", ".
    static func histogram(_ counts: [String: Int]) -> String {
        counts.map { "\($0.value) \($0.key)" }.sorted().joined(separator: ", ")
    }
}
