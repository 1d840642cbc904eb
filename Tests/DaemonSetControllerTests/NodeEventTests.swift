import Foundation
import KubeClient
import KubeModel
import Logging
import Testing

@testable import DaemonSetController

/// The node handlers against the controller's caches, without a server: which node changes queue which
/// DaemonSets. Heartbeats must queue nothing, or 10,000 nodes would sync every DaemonSet constantly.
struct NodeEventTests {
    /// Runs `body` with a controller that is never run (its client points nowhere), `daemonSets` in its cache.
    func withController(
        _ daemonSets: [DaemonSet], _ body: (DaemonSetController) throws -> Void
    ) async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        try await KubeClient.withClient(config: RESTConfig(host: "http://127.0.0.1:9")) { client in
            let controller = DaemonSetController(client: client, logger: logger)
            for daemonSet in daemonSets { controller.daemonSets.store.add(daemonSet) }
            try body(controller)
        }
    }

    /// `node` after a kubelet heartbeat: a new resourceVersion and condition times, nothing else.
    func heartbeat(_ node: Node, at seconds: TimeInterval) -> Node {
        var beat = node
        beat.metadata.resourceVersion = String(Int(seconds))
        var ready = NodeCondition()
        ready.type = "Ready"
        ready.status = "True"
        ready.lastHeartbeatTime = Time(Date(timeIntervalSince1970: seconds))
        beat.status.conditions = [ready]
        return beat
    }

    @Test func aHeartbeatQueuesNothing() async throws {
        let daemonSets = [Fixtures.daemonSet("everywhere"), Fixtures.daemonSet("ssd", nodeSelector: ["disk": "ssd"])]
        try await withController(daemonSets) { controller in
            var node = Fixtures.node("n1", labels: ["disk": "ssd"])
            node.metadata.resourceVersion = "1"
            for second in 1...5 {
                let beat = heartbeat(node, at: TimeInterval(second * 10))
                controller.updateNode(old: node, new: beat)
                node = beat
            }
            #expect(controller.queue.count == 0)
            #expect(controller.queue.waitingCount == 0)
        }
    }

    @Test func aLabelChangeQueuesOnlyTheDaemonSetsWhosePlacementChanged() async throws {
        let daemonSets = [Fixtures.daemonSet("everywhere"), Fixtures.daemonSet("ssd", nodeSelector: ["disk": "ssd"])]
        try await withController(daemonSets) { controller in
            let old = Fixtures.node("n1", labels: ["disk": "ssd"])
            var irrelevant = old
            irrelevant.metadata.labels["zone"] = "a"
            controller.updateNode(old: old, new: irrelevant)
            #expect(controller.queue.count == 0)

            var moved = irrelevant
            moved.metadata.labels["disk"] = "hdd"
            controller.updateNode(old: irrelevant, new: moved)
            #expect(controller.queue.queuedKeys == ["default/ssd"])
        }
    }

    @Test func aTaintChangeQueuesTheDaemonSetsItAffects() async throws {
        let daemonSets = [
            Fixtures.daemonSet("plain"), Fixtures.daemonSet("tolerant", tolerations: [Toleration(key: "gpu", operator: "Exists")]),
        ]
        try await withController(daemonSets) { controller in
            let old = Fixtures.node("n1")
            var tainted = old
            tainted.spec.taints = [Taint(key: "gpu", effect: "NoSchedule")]
            controller.updateNode(old: old, new: tainted)
            #expect(controller.queue.queuedKeys == ["default/plain"])
        }
    }

    @Test func anAddedNodeQueuesTheDaemonSetsThatShouldRunThere() async throws {
        let daemonSets = [Fixtures.daemonSet("everywhere"), Fixtures.daemonSet("ssd", nodeSelector: ["disk": "ssd"])]
        try await withController(daemonSets) { controller in
            controller.addNode(Fixtures.node("n1", labels: ["disk": "hdd"]))
            #expect(controller.queue.queuedKeys == ["default/everywhere"])
        }
    }

    @Test func aDeletedNodeQueuesTheDaemonSetsThatMayHaveHadAPodThere() async throws {
        let daemonSets = [Fixtures.daemonSet("everywhere"), Fixtures.daemonSet("ssd", nodeSelector: ["disk": "ssd"])]
        try await withController(daemonSets) { controller in
            controller.deleteNode(Fixtures.node("n1", labels: ["disk": "hdd"]))
            #expect(controller.queue.queuedKeys == ["default/everywhere"])
        }
    }

    @Test func aHeartbeatKeepsTheNodeSnapshotAndALabelChangeDropsIt() async throws {
        try await withController([Fixtures.daemonSet("everywhere")]) { controller in
            let node = Fixtures.node("n1")
            var builds = 0
            _ = controller.nodeSnapshots.snapshot {
                builds += 1
                return [node]
            }
            controller.updateNode(old: node, new: heartbeat(node, at: 10))
            _ = controller.nodeSnapshots.snapshot {
                builds += 1
                return [node]
            }
            #expect(builds == 1)

            var relabelled = node
            relabelled.metadata.labels["zone"] = "b"
            controller.updateNode(old: node, new: relabelled)
            let snapshot = controller.nodeSnapshots.snapshot {
                builds += 1
                return [relabelled]
            }
            #expect(builds == 2)
            #expect(snapshot.nodes.first?.metadata.labels["zone"] == "b")
        }
    }
}
