/// Which nodes are Ready, kept up to date from node events, for upstream's "master disruption mode": when
/// not a single node is Ready (every zone fully disrupted, as when the control plane lost touch with all
/// kubelets at once, or, here, the host stalled), the node lifecycle controller takes its NoExecute taints
/// away and adds none, so that nothing is evicted for what is more likely its own fault than every
/// node's.
///
/// A node that has not reported a Ready condition yet is not counted. Upstream counts it as not Ready, but
/// judges only every 5 s, by when new nodes have reported; judged on each node event, a node just created
/// would put a starting cluster into disruption for a moment. Once its startup grace period is over, the
/// node is marked Unknown and counts.
struct ClusterReadiness: Sendable {
    private var ready = Set<String>()
    private var notReady = Set<String>()

    /// Whether no node is Ready while at least one exists.
    var fullyDisrupted: Bool { ready.isEmpty && !notReady.isEmpty }

    /// Records that node `name` is Ready or not, or gone or not reporting yet (nil); returns whether
    /// `fullyDisrupted` changed.
    mutating func record(_ name: String, ready isReady: Bool?) -> Bool {
        let before = fullyDisrupted
        ready.remove(name)
        notReady.remove(name)
        switch isReady {
        case true?: ready.insert(name)
        case false?: notReady.insert(name)
        case nil: break
        }
        return fullyDisrupted != before
    }
}
