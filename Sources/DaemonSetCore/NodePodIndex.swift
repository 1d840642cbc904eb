/// Claimed pods grouped by node without an array per node: each node heads a chain through the pod
/// facts, so grouping 10,000 pods allocates two flat arrays instead of 10,000 small ones.
struct NodePodIndex {
    private var head: [Int]
    private var tail: [Int]
    private var next: [Int] = []
    private var removed: [Bool] = []

    /// An empty index over `nodeCount` nodes with room for `factCapacity` facts.
    init(nodeCount: Int, factCapacity: Int) {
        head = Array(repeating: -1, count: nodeCount)
        tail = Array(repeating: -1, count: nodeCount)
        next.reserveCapacity(factCapacity)
        removed.reserveCapacity(factCapacity)
    }

    /// Adds fact `index` (facts are added in increasing order) to `node`.
    mutating func append(_ index: Int, toNode node: Int) {
        if next.count <= index {
            let missing = index + 1 - next.count
            next.append(contentsOf: repeatElement(-1, count: missing))
            removed.append(contentsOf: repeatElement(false, count: missing))
        }
        if tail[node] < 0 { head[node] = index } else { next[tail[node]] = index }
        tail[node] = index
    }

    /// Takes fact `index` out of its node (its chain link stays, skipped from now on).
    mutating func remove(_ index: Int) {
        if index < removed.count { removed[index] = true }
    }

    /// The facts on `node`, in the order they were added.
    func pods(onNode node: Int) -> Pods { Pods(index: self, current: head[node]) }

    /// Whether `node` has any pod (the upstream map "has an entry" for it).
    func hasPods(onNode node: Int) -> Bool {
        var iterator = pods(onNode: node)
        return iterator.next() != nil
    }

    /// A walk over one node's chain.
    struct Pods: Sequence, IteratorProtocol {
        let index: NodePodIndex
        var current: Int

        mutating func next() -> Int? {
            while current >= 0 {
                let value = current
                current = index.next[value]
                if !index.removed[value] { return value }
            }
            return nil
        }
    }
}
