import DaemonSetCore
import Foundation
import KubeModel
import Testing

/// The memo of pod facts across syncs: it is filled, kept while pods are unchanged, follows the clock for
/// availability, and starts over when the DaemonSet or the nodes change. (Every `FakeCluster` plan of the
/// other core tests is also planned with a memo and must be equal.)
struct PodFactsMemoTests {
    static func input(_ cluster: FakeCluster, nodes: NodeSnapshot, memo: PodFactsMemo) -> DaemonSetSyncInput {
        DaemonSetSyncInput(
            daemonSet: cluster.daemonSet, nodes: nodes, pods: cluster.pods, revisions: cluster.revisions,
            now: cluster.now, podFacts: memo)
    }

    static func settled(nodes: Int) -> FakeCluster {
        var cluster = FakeCluster(newDaemonSet())
        cluster.addNodes(count: nodes)
        cluster.sync()
        cluster.markPodsReady()
        cluster.sync()
        return cluster
    }

    @Test func aSyncRemembersEveryPodAndAnUnchangedResyncReusesThem() {
        let cluster = Self.settled(nodes: 3)
        let memo = PodFactsMemo()
        let nodes = NodeSnapshot(cluster.nodes)
        let first = DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: memo))
        #expect(memo.count == 3)
        let second = DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: memo))
        #expect(second == first)
        #expect(second.isNoOp)
        #expect(memo.count == 3)
    }

    /// A remembered pod's availability is worked out again at each sync's `now`.
    @Test func availabilityFollowsTheClock() {
        var cluster = FakeCluster(newDaemonSet())
        cluster.daemonSet.spec.minReadySeconds = 10
        cluster.addNodes(count: 2)
        cluster.sync()
        cluster.markPodsReady(at: cluster.now)
        let memo = PodFactsMemo()
        let nodes = NodeSnapshot(cluster.nodes)
        let start = cluster.now
        cluster.now = start.addingTimeInterval(5)
        #expect(DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: memo)).status?.numberAvailable == 0)
        cluster.now = start.addingTimeInterval(11)
        #expect(memo.count == 2)
        #expect(DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: memo)).status?.numberAvailable == 2)
    }

    /// A changed pod is a new box: it is read again, and what was remembered of the old one goes.
    @Test func aChangedPodIsReadAgain() {
        var cluster = Self.settled(nodes: 2)
        let memo = PodFactsMemo()
        let nodes = NodeSnapshot(cluster.nodes)
        #expect(cluster.daemonSet.status.numberReady == 2)
        #expect(DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: memo)).status == nil, "unchanged")
        cluster.setReady(0, ready: false, at: cluster.now)
        #expect(DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: memo)).status?.numberReady == 1)
        #expect(memo.count == 2, "the memo holds the last sync's pods only")
    }

    /// Pods that moved are found by their box; a pod changed at its old position is read again. The plan is
    /// the one made without a memo either way.
    @Test func movedPodsAreFoundAndAPodChangedInPlaceIsReadAgain() {
        var cluster = Self.settled(nodes: 4)
        let memo = PodFactsMemo()
        let nodes = NodeSnapshot(cluster.nodes)
        _ = DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: memo))
        cluster.setReady(1, ready: false, at: cluster.now)
        cluster.pods.swapAt(2, 3)
        let plan = DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: memo))
        #expect(plan.status?.numberReady == 3)
        #expect(plan == DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: PodFactsMemo())))
        #expect(memo.count == 4)
    }

    /// A new template (another hash) or another node list makes the remembered facts useless: the memo
    /// starts over rather than mixing them in.
    @Test func aNewRevisionOrNodeListStartsOver() {
        var cluster = Self.settled(nodes: 2)
        let memo = PodFactsMemo()
        var nodes = NodeSnapshot(cluster.nodes)
        _ = DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: memo))
        cluster.addNodes(start: 2, count: 1)
        nodes = NodeSnapshot(cluster.nodes)
        let plan = DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: memo))
        #expect(plan.podsToCreate.map(\.nodeName) == ["node-2"])
        #expect(memo.count == 2)
        cluster.updateImage("foo2/bar2")
        cluster.daemonSet.spec.updateStrategy = DaemonSetUpdateStrategy(type: DaemonSetUpdateStrategy.rollingUpdate)
        let rolled = DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: memo))
        #expect(rolled == DaemonSetSync.plan(Self.input(cluster, nodes: nodes, memo: PodFactsMemo())))
        #expect(rolled.status?.updatedNumberScheduled == 1, "only the pod created for node-2 is current")
    }
}
