import KubeModel
import Synchronization

/// The node list with its name index, built once and shared by every DaemonSet sync while the nodes are
/// unchanged (the controller rebuilds it only when a node is added, removed or relabelled), so a sync does
/// not rehash 10,000 node names.
public struct NodeSnapshot: Sendable {
    public let nodes: [Node]
    let names: [String]
    let index: [String: Int]
    /// Placement results per placement rules, shared by every copy of this snapshot: a steady-state sync
    /// reuses them instead of matching 10,000 nodes' labels and taints again.
    private let placementMemo = PlacementMemo()

    public init(_ nodes: [Node]) {
        self.nodes = nodes
        var names: [String] = []
        var index: [String: Int] = [:]
        names.reserveCapacity(nodes.count)
        index.reserveCapacity(nodes.count)
        nodes.withUnsafeBufferPointer { nodes in
            for position in nodes.indices {
                let name = nodes[position].metadata.name
                names.append(name)
                index[name] = position
            }
        }
        self.names = names
        self.index = index
    }

    public var count: Int { nodes.count }

    /// An object shared by the copies of this snapshot and by no other snapshot: what a cache of node
    /// positions compares (and holds) to know it still describes the same node list.
    var identity: any AnyObject & Sendable { placementMemo }

    /// Where each node stands for `placement`, computed once per snapshot and rule set.
    func placements(for placement: DaemonPlacement) -> [NodePlacement] {
        if let known = placementMemo.placements(for: placement.key) { return known }
        var placements: [NodePlacement] = []
        placements.reserveCapacity(nodes.count)
        // Buffer access borrows each node instead of copying it.
        nodes.withUnsafeBufferPointer { nodes in
            for position in nodes.indices {
                placements.append(
                    placement.evaluate(
                        name: names[position], labels: nodes[position].metadata.labels, taints: nodes[position].spec.taints))
            }
        }
        placementMemo.store(placements, for: placement.key)
        return placements
    }
}

/// Placement results of one node snapshot by rule set. A snapshot is immutable, so results never go stale;
/// the memo only bounds how many rule sets it keeps (DaemonSets with distinct selectors and tolerations).
final class PlacementMemo: Sendable {
    /// Rule sets kept before the memo starts over.
    static let capacity = 64
    private let results = Mutex<[DaemonPlacement.Key: [NodePlacement]]>([:])

    func placements(for key: DaemonPlacement.Key) -> [NodePlacement]? {
        results.withLock { $0[key] }
    }

    func store(_ placements: [NodePlacement], for key: DaemonPlacement.Key) {
        results.withLock { results in
            if results.count >= Self.capacity { results.removeAll() }
            results[key] = placements
        }
    }
}
