import KubeModel

/// What the scheduler knows is placed on each node: pods the informer shows bound plus pods this
/// scheduler bound whose binding the informer has not shown yet ("assumed", upstream's scheduler cache),
/// so back-to-back decisions never overcommit a node.
///
/// Kept per node as running sums, updated per pod change, so a decision reads a node's usage in O(1).
/// Not thread-safe: the scheduler keeps it behind its lock.
struct SchedulerCache: Sendable {
    /// Where a pod counts and what it adds there.
    struct Placement: Sendable {
        var nodeName: String
        var pod: SchedulingPod
        /// Bound by this scheduler and not yet seen bound in the informer.
        var isAssumed: Bool
    }

    private(set) var placements: [String: Placement] = [:]
    private(set) var usage: [String: NodeUsage] = [:]

    /// The usage of `nodeName`.
    func usage(of nodeName: String) -> NodeUsage { usage[nodeName] ?? NodeUsage() }

    /// Whether the pod is assumed bound (a binding is in flight or not yet observed).
    func isAssumed(_ key: String) -> Bool { placements[key]?.isAssumed == true }

    /// Records that this scheduler is binding `pod` to `nodeName`.
    mutating func assume(_ pod: SchedulingPod, on nodeName: String) {
        remove(pod.key)
        insert(Placement(nodeName: nodeName, pod: pod, isAssumed: true))
    }

    /// Forgets an assumption whose binding failed.
    mutating func forget(_ key: String) {
        guard placements[key]?.isAssumed == true else { return }
        remove(key)
    }

    /// Applies the informer's view of a pod; returns whether resources on some node were freed.
    @discardableResult
    mutating func observe(_ pod: Pod) -> Bool {
        let key = pod.key
        let counts = !pod.spec.nodeName.isEmpty && !pod.isTerminal
        let current = placements[key]
        guard counts else {
            // An assumed pod the informer still shows unbound stays assumed until its binding shows up.
            if current?.isAssumed == true && pod.spec.nodeName.isEmpty && !pod.isTerminal { return false }
            return remove(key)
        }
        if let current, current.nodeName == pod.spec.nodeName {
            placements[key]?.isAssumed = false
            return false
        }
        let freed = remove(key)
        insert(Placement(nodeName: pod.spec.nodeName, pod: SchedulingPod(pod), isAssumed: false))
        return freed
    }

    /// Removes a deleted pod; returns whether it was placed somewhere.
    @discardableResult
    mutating func delete(_ key: String) -> Bool {
        remove(key)
    }

    private mutating func insert(_ placement: Placement) {
        placements[placement.pod.key] = placement
        usage[placement.nodeName, default: NodeUsage()].add(placement.pod)
    }

    @discardableResult
    private mutating func remove(_ key: String) -> Bool {
        guard let old = placements.removeValue(forKey: key) else { return false }
        usage[old.nodeName]?.remove(old.pod)
        if usage[old.nodeName]?.podCount == 0 { usage[old.nodeName] = nil }
        return true
    }
}
