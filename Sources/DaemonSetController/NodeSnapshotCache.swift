import DaemonSetCore
import KubeModel
import Synchronization

/// The node list every sync plans against, built once and shared until a node is added, removed, relabelled
/// or retainted: with 10,000 nodes heartbeating, rebuilding it per sync would copy every node each time.
///
/// Heartbeats change nodes in the informer without invalidating the snapshot; that is sound because
/// placement reads only a node's name, labels and taints.
final class NodeSnapshotCache: Sendable {
    private let state = Mutex(State())

    private struct State {
        var snapshot: NodeSnapshot?
        /// Bumped by every invalidation, so a snapshot built from a store read before an invalidation is never
        /// kept after it.
        var generation: UInt64 = 0
    }

    /// The snapshot, built from `nodes()` (sorted by name, so plans are reproducible) when there is none.
    func snapshot(_ nodes: () -> [Node]) -> NodeSnapshot {
        let (cached, generation) = state.withLock { ($0.snapshot, $0.generation) }
        if let cached { return cached }
        let snapshot = NodeSnapshot(nodes().sorted { $0.metadata.name < $1.metadata.name })
        state.withLock { state in
            if state.generation == generation { state.snapshot = snapshot }
        }
        return snapshot
    }

    /// Drops the snapshot: a node that placement reads changed.
    func invalidate() {
        state.withLock { state in
            state.snapshot = nil
            state.generation &+= 1
        }
    }
}
