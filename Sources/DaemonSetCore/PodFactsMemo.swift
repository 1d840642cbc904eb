import KubeModel
import Synchronization

/// What the last sync of one DaemonSet read of its pods, by the identity of each pod's box (`Pod` is
/// copy-on-write, and an informer hands out the same box until the pod changes): a steady-state resync of
/// 10,000 pods then compares 10,000 pointers instead of reading each pod's owner references, labels and
/// conditions from memory that is no longer in cache.
///
/// The memo keeps the last sync's input pods (so no identity it knows can be reused) and, at the same
/// positions, what was read of each. A pod at the same position as last time is found by one comparison
/// (an informer lists unchanged keys in the same order); one that moved, by a lookup. What is remembered
/// depends on the DaemonSet (UID, namespace, selector, revision hash, template generation, minimum ready
/// seconds) and on the node list (positions): a sync under other values starts over. Availability, which
/// depends on the clock, is worked out again at each sync.
///
/// The controller keeps one memo per DaemonSet and passes it in `DaemonSetSyncInput.podFacts`. Syncs of
/// one DaemonSet do not overlap (the work queue's promise); if they did, one would find the memo empty and
/// read its pods, nothing worse.
public final class PodFactsMemo: Sendable {
    private let state = Mutex<Snapshot?>(nil)

    public init() {}

    /// How many pods are remembered.
    public var count: Int { state.withLock { $0?.remembered.count ?? 0 } }

    /// What one pod was found to be: plain values, copied without reference counting.
    struct Remembered: Sendable {
        let decision: ClaimDecision
        /// The facts, but for the input index and availability (set per sync).
        let facts: PodFacts
    }

    /// Under what the facts were read.
    struct Key: Equatable, Sendable {
        var uid: String
        var namespace: String
        var selector: LabelSelector?
        var hash: String
        var templateGeneration: Int64?
        var minReadySeconds: Int32
    }

    /// One sync's pods and what was read of each, at the same positions.
    struct Snapshot: Sendable {
        var key: Key
        /// The node snapshot whose positions the facts hold.
        var nodes: any AnyObject & Sendable
        var pods: [Pod]
        var remembered: [Remembered]
    }

    /// Takes the last sync's snapshot out when it was made under `key` and `nodes`.
    func take(key: Key, nodes: any AnyObject & Sendable) -> Snapshot? {
        state.withLock { state in
            guard let snapshot = state, snapshot.key == key, snapshot.nodes === nodes else { return nil }
            state = nil
            return snapshot
        }
    }

    /// Keeps this sync's snapshot for the next one.
    func put(_ snapshot: Snapshot) {
        state.withLock { $0 = snapshot }
    }
}

/// Finds what the last sync read of a pod: at the same position, else by identity.
struct RememberedPods {
    private let previous: PodFactsMemo.Snapshot?
    private var positions: [ObjectIdentifier: Int]?

    init(_ previous: PodFactsMemo.Snapshot?) {
        self.previous = previous
    }

    /// What was read of the pod with `identity` and `uid`, now at `index`; nil for a pod not seen unchanged.
    /// A pod found at its old position with another box changed since: it cannot be anywhere else in the
    /// last sync's list (a list holds a pod once), so that answer needs no lookup.
    mutating func lookUp(_ identity: ObjectIdentifier, uid: () -> String, at index: Int) -> PodFactsMemo.Remembered? {
        guard let previous else { return nil }
        if index < previous.pods.count {
            if previous.pods[index].storageIdentity == identity { return previous.remembered[index] }
            let uid = uid()
            if !uid.isEmpty && previous.pods[index].metadata.uid == uid { return nil }
        }
        if positions == nil {
            var positions: [ObjectIdentifier: Int] = [:]
            positions.reserveCapacity(previous.pods.count)
            for (position, pod) in previous.pods.enumerated() { positions[pod.storageIdentity] = position }
            self.positions = positions
        }
        return positions?[identity].map { previous.remembered[$0] }
    }
}
