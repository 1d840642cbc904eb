import DaemonSetCore
import KubeModel
import Synchronization

/// Each DaemonSet's compiled placement rules, kept while its spec is unchanged: node events evaluate every
/// DaemonSet against the node, and 10,000 nodes listed at start-up would otherwise compile every
/// DaemonSet's affinity and tolerations 10,000 times.
final class PlacementCache: Sendable {
    private struct Entry {
        var uid: String
        var generation: Int64
        var placement: DaemonPlacement
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The placement of `daemonSet`, compiled once per UID and generation (a template change bumps it).
    func placement(of daemonSet: DaemonSet) -> DaemonPlacement {
        let key = daemonSet.key
        let (uid, generation) = (daemonSet.metadata.uid, daemonSet.metadata.generation)
        if let entry = entries.withLock({ $0[key] }), entry.uid == uid, entry.generation == generation {
            return entry.placement
        }
        let placement = DaemonPlacement(daemonSet: daemonSet)
        entries.withLock { $0[key] = Entry(uid: uid, generation: generation, placement: placement) }
        return placement
    }

    /// Forgets `key` (its DaemonSet is gone).
    func remove(_ key: String) {
        _ = entries.withLock { $0.removeValue(forKey: key) }
    }
}
