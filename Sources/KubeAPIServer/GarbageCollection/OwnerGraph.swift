import KubeModel

/// Who owns whom, by uid: what the garbage collector knows of every object (upstream's `GraphBuilder`
/// `uidToNode`), built from the store's watches.
struct OwnerGraph: Sendable {
    /// One object as the collector sees it.
    struct Node: Sendable, Hashable {
        var resource: ResourceInfo
        var namespace: String
        var name: String
        var owners: [OwnerReference]
        var deleting: Bool
        var finalizers: [String]
    }

    private(set) var nodes: [String: Node] = [:]
    private var dependents: [String: Set<String>] = [:]

    /// Records `node` under `uid`, replacing what was known; returns the uids whose state this may settle
    /// (the object itself, its owners, and its dependents when it is being deleted). An update that
    /// changes nothing the collector looks at settles nothing, as upstream's graph builder: a Lease renewed
    /// every 10 s or a pod's status write must not make the collector re-read its owners.
    mutating func upsert(uid: String, node: Node) -> Set<String> {
        let previous = nodes[uid]
        if previous == node { return [] }
        for owner in previous?.owners ?? [] { dependents[owner.uid]?.remove(uid) }
        for owner in node.owners { dependents[owner.uid, default: []].insert(uid) }
        nodes[uid] = node
        var affected: Set<String> = [uid]
        if node.deleting { affected.formUnion(dependents[uid] ?? []) }
        if previous?.owners != node.owners { affected.formUnion((previous?.owners ?? []).map(\.uid)) }
        return affected
    }

    /// Forgets `uid`; returns its dependents (their owner is gone) and its owners (one may be waiting for it).
    mutating func remove(uid: String) -> Set<String> {
        guard let node = nodes.removeValue(forKey: uid) else { return [] }
        for owner in node.owners { dependents[owner.uid]?.remove(uid) }
        return (dependents[uid] ?? []).union(node.owners.map(\.uid))
    }

    /// The uids of the objects that name `uid` as an owner.
    func dependents(of uid: String) -> Set<String> { dependents[uid] ?? [] }
}
