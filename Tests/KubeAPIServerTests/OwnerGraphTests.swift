import KubeModel
import Testing

@testable import KubeAPIServer

/// What the garbage collector settles after each event of the graph.
@Suite struct OwnerGraphTests {
    static func owner(_ uid: String) -> OwnerReference {
        var reference = OwnerReference()
        reference.apiVersion = "v1"
        reference.kind = "Node"
        reference.name = "node-" + uid
        reference.uid = uid
        return reference
    }

    static func lease(owners: [OwnerReference], deleting: Bool = false) -> OwnerGraph.Node {
        OwnerGraph.Node(
            resource: ResourceCatalog.leases, namespace: "kube-node-lease", name: "node-0", owners: owners,
            deleting: deleting, finalizers: [])
    }

    @Test func aNewObjectIsSettled() {
        var graph = OwnerGraph()
        #expect(graph.upsert(uid: "lease", node: Self.lease(owners: [Self.owner("n0")])) == ["lease"])
        #expect(graph.dependents(of: "n0") == ["lease"])
    }

    /// A Lease renewal or a status write leaves the graph as it was: nothing to settle.
    @Test func anUnchangedUpdateSettlesNothing() {
        var graph = OwnerGraph()
        _ = graph.upsert(uid: "lease", node: Self.lease(owners: [Self.owner("n0")]))
        #expect(graph.upsert(uid: "lease", node: Self.lease(owners: [Self.owner("n0")])).isEmpty)
    }

    @Test func changedOwnersSettleTheObjectAndItsFormerOwner() {
        var graph = OwnerGraph()
        _ = graph.upsert(uid: "lease", node: Self.lease(owners: [Self.owner("n0")]))
        #expect(graph.upsert(uid: "lease", node: Self.lease(owners: [Self.owner("n1")])) == ["lease", "n0"])
        #expect(graph.dependents(of: "n0").isEmpty)
        #expect(graph.dependents(of: "n1") == ["lease"])
    }

    @Test func anOwnerBeingDeletedSettlesItsDependents() {
        var graph = OwnerGraph()
        _ = graph.upsert(uid: "lease", node: Self.lease(owners: [Self.owner("n0")]))
        let node = OwnerGraph.Node(
            resource: ResourceCatalog.nodes, namespace: "", name: "node-n0", owners: [], deleting: false, finalizers: [])
        _ = graph.upsert(uid: "n0", node: node)
        var deleting = node
        deleting.deleting = true
        #expect(graph.upsert(uid: "n0", node: deleting) == ["n0", "lease"])
    }
}
