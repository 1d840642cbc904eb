import DaemonSetCore
import Foundation
import KubeModel
import Testing

/// Mirrors upstream `pkg/controller/daemon/update_test.go`; each step is one sync with expectations
/// cleared, written as (creates, deletes).
@Suite struct UpdateTests {
    /// Runs one sync and checks (creates, deletes).
    static func step(_ cluster: inout FakeCluster, _ creates: Int, _ deletes: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let counts = cluster.syncCounts()
        #expect(counts.creates == creates && counts.deletes == deletes, "got \(counts)", sourceLocation: sourceLocation)
    }

    static func readyCluster(nodes: Int, strategy: DaemonSetUpdateStrategy) -> FakeCluster {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        cluster.addNodes(count: nodes)
        step(&cluster, nodes, 0)
        cluster.markPodsReady()
        step(&cluster, 0, 0)
        return cluster
    }

    @Test func testDaemonSetUpdatesPods() {
        var cluster = Self.readyCluster(nodes: 5, strategy: rollingUpdate(maxUnavailable: 2))
        cluster.updateImage("foo2/bar2")
        Self.step(&cluster, 0, 2)
        Self.step(&cluster, 2, 0)
        cluster.markPodsReady()
        Self.step(&cluster, 0, 2)
        Self.step(&cluster, 2, 0)
        cluster.markPodsReady()
        Self.step(&cluster, 0, 1)
        Self.step(&cluster, 1, 0)
        cluster.markPodsReady()
        Self.step(&cluster, 0, 0)
        #expect(cluster.pods.allSatisfy { $0.spec.containers[0].image == "foo2/bar2" })
        #expect(cluster.daemonSet.status.updatedNumberScheduled == 5)
    }

    @Test func testDaemonSetUpdatesPodsWithMaxSurge() {
        var cluster = Self.readyCluster(nodes: 5, strategy: rollingUpdate(maxUnavailable: 0, maxSurge: 2))
        cluster.updateImage("foo2/bar2")
        Self.step(&cluster, 2, 0)
        Self.step(&cluster, 0, 0)
        cluster.markPodsReady()
        Self.step(&cluster, 2, 2)
        Self.step(&cluster, 0, 0)
        cluster.markPodsReady()
        Self.step(&cluster, 1, 2)
        Self.step(&cluster, 0, 0)
        cluster.markPodsReady()
        Self.step(&cluster, 0, 1)
        Self.step(&cluster, 0, 0)
        #expect(cluster.pods.count == 5)
        #expect(cluster.pods.allSatisfy { $0.spec.containers[0].image == "foo2/bar2" })
    }

    @Test func testDaemonSetUpdatesPodsNotMatchTainstWithMaxSurge() {
        var daemonSet = newDaemonSet(strategy: rollingUpdate(maxUnavailable: 0, maxSurge: 1))
        let tolerate = toleration("node-role.kubernetes.io/master", operator: "Exists", effect: "NoSchedule")
        daemonSet.spec.template.spec.tolerations = [tolerate]
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 5)
        cluster.nodes[0].spec.taints = [taint("node-role.kubernetes.io/master", effect: "NoSchedule")]
        Self.step(&cluster, 5, 0)
        cluster.markPodsReady()
        // The update drops the toleration: node-0 no longer qualifies.
        cluster.daemonSet.spec.template.spec.tolerations = []
        cluster.updateImage("foo2/bar2")
        Self.step(&cluster, 1, 1)
        for _ in 0..<3 {
            Self.step(&cluster, 0, 0)
            cluster.markPodsReady()
            Self.step(&cluster, 1, 1)
        }
        Self.step(&cluster, 0, 0)
        cluster.markPodsReady()
        Self.step(&cluster, 0, 1)
        Self.step(&cluster, 0, 0)
        #expect(cluster.pods.count == 4)
        #expect(cluster.podsPerNode["node-0"] == nil)
    }

    @Test func testDaemonSetUpdatesWhenNewPodIsNotReady() {
        var cluster = Self.readyCluster(nodes: 5, strategy: rollingUpdate(maxUnavailable: 3))
        cluster.updateImage("foo2/bar2")
        Self.step(&cluster, 0, 3)
        Self.step(&cluster, 3, 0)
        Self.step(&cluster, 0, 0)
    }

    @Test func testDaemonSetUpdatesSomeOldPodsNotReady() {
        var cluster = Self.readyCluster(nodes: 5, strategy: rollingUpdate(maxUnavailable: 2))
        cluster.updateImage("foo2/bar2")
        Self.step(&cluster, 0, 2)
        Self.step(&cluster, 2, 0)
        // The two new pods never become ready; a second update replaces exactly those two.
        cluster.updateImage("foo3/bar3")
        Self.step(&cluster, 0, 2)
        Self.step(&cluster, 2, 0)
        Self.step(&cluster, 0, 0)
        let readyOld = cluster.pods.filter { $0.isReady && $0.spec.containers[0].image == "foo/bar" }
        #expect(readyOld.count == 3)
    }

    @Test func testDaemonSetUpdatesSaveOldHealthyPods() {
        var cluster = Self.readyCluster(nodes: 20, strategy: rollingUpdate(maxUnavailable: 10))
        cluster.updateImage("foo2/bar2")
        Self.step(&cluster, 0, 10)
        Self.step(&cluster, 10, 0)
        var generator = SeededGenerator(seed: 42)
        for round in 0..<10 {
            let maxUnavailable = Int32.random(in: 1...9, using: &generator)
            cluster.daemonSet.spec.updateStrategy = rollingUpdate(maxUnavailable: .int(maxUnavailable))
            cluster.updateImage("foo\(round + 3)/bar")
            Self.step(&cluster, 0, 10)
            Self.step(&cluster, 10, 0)
            #expect(cluster.pods.filter { $0.isReady }.count == 10, "the ten ready old pods are never touched")
        }
        cluster.daemonSet.spec.updateStrategy = rollingUpdate(maxUnavailable: 11)
        cluster.updateImage("final/bar")
        Self.step(&cluster, 0, 11)
        Self.step(&cluster, 11, 0)
        #expect(cluster.pods.filter { $0.isReady }.count == 9)
    }

    @Test func testDaemonSetUpdatesAllOldNotReadyPodsAndNewNotReadyPods() {
        var cluster = Self.readyCluster(nodes: 100, strategy: rollingUpdate(maxUnavailable: 10))
        cluster.updateImage("foo2/bar2")
        for _ in 0..<10 {
            Self.step(&cluster, 0, 10)
            Self.step(&cluster, 10, 0)
            cluster.markPodsReady()
        }
        Self.step(&cluster, 0, 0)
        // A new template: 88 new-revision... here: all 100 are now old; make 88 of them unready "new"
        // pods of a next update, 2 unready old pods and 10 available old ones.
        cluster.updateImage("foo3/bar3")
        let hash = cluster.currentHash
        for index in 0..<88 {
            cluster.pods[index].spec.containers[0].image = "foo3/bar3"
            cluster.pods[index].metadata.labels[DaemonSetKeys.controllerRevisionHash] = hash
            cluster.setReady(index, ready: false, at: cluster.now)
        }
        for index in 88..<90 { cluster.setReady(index, ready: false, at: cluster.now) }
        let unavailableOld = Set(cluster.pods[88..<90].map(\.metadata.name))
        let plan = cluster.sync()
        #expect(plan.podsToCreate.isEmpty)
        #expect(Set(plan.podsToDelete.map(\.name)) == unavailableOld)
        Self.step(&cluster, 2, 0)
        Self.step(&cluster, 0, 0)
    }

    @Test func testDaemonSetUpdatesAllOldPodsNotReady() {
        var cluster = FakeCluster(newDaemonSet(strategy: rollingUpdate(maxUnavailable: 3)))
        cluster.addNodes(count: 5)
        Self.step(&cluster, 5, 0)
        cluster.updateImage("foo2/bar2")
        Self.step(&cluster, 0, 5)
        Self.step(&cluster, 5, 0)
        Self.step(&cluster, 0, 0)
    }

    @Test func testDaemonSetUpdatesAllOldPodsNotReadyMaxSurge() {
        var cluster = FakeCluster(newDaemonSet(strategy: rollingUpdate(maxUnavailable: 0, maxSurge: 3)))
        cluster.addNodes(count: 5)
        Self.step(&cluster, 5, 0)
        cluster.updateImage("foo2/bar2")
        // Unready old pods are replaced at once, beyond maxSurge.
        Self.step(&cluster, 5, 0)
        // manage prunes the unready old pods next to the new ones.
        Self.step(&cluster, 0, 5)
        Self.step(&cluster, 0, 0)

        cluster.daemonSet.spec.minReadySeconds = 15
        cluster.updateImage("foo3/bar3")
        let start = cluster.now
        cluster.markPodsReady(at: start)
        cluster.now = start.addingTimeInterval(300)
        Self.step(&cluster, 3, 0)
        // Two of the new pods get ready; one old pod not yet surged over turns unready.
        let newHash = cluster.currentHash
        let newPods = cluster.pods.indices.filter { cluster.pods[$0].metadata.labels[DaemonSetKeys.controllerRevisionHash] == newHash }
        #expect(newPods.count == 3)
        for index in newPods.prefix(2) { cluster.setReady(index, ready: true, at: cluster.now) }
        let surgedNodes = Set(newPods.compactMap { DaemonPod.targetNodeName(of: cluster.pods[$0]) })
        let uncovered = cluster.pods.indices.first {
            cluster.pods[$0].metadata.labels[DaemonSetKeys.controllerRevisionHash] != newHash
                && !surgedNodes.contains(DaemonPod.targetNodeName(of: cluster.pods[$0]) ?? "")
        }
        if let uncovered { cluster.setReady(uncovered, ready: false, at: cluster.now) }
        cluster.now = start.addingTimeInterval(310)
        Self.step(&cluster, 1, 0)
        cluster.now = start.addingTimeInterval(320)
        Self.step(&cluster, 1, 3)
        cluster.markPodsReady(at: start.addingTimeInterval(320)) { $0.metadata.labels[DaemonSetKeys.controllerRevisionHash] == newHash && !$0.isReady }
        cluster.now = start.addingTimeInterval(340)
        Self.step(&cluster, 0, 2)
        cluster.now = start.addingTimeInterval(350)
        Self.step(&cluster, 0, 0)
    }

    @Test func testDaemonSetUpdatesNoTemplateChanged() {
        var cluster = FakeCluster(newDaemonSet())
        cluster.addNodes(count: 5)
        Self.step(&cluster, 5, 0)
        cluster.markPodsReady()
        cluster.daemonSet.spec.updateStrategy = rollingUpdate(maxUnavailable: 3)
        cluster.daemonSet.metadata.generation += 1
        Self.step(&cluster, 0, 0)
    }

    /// Upstream TestGetUnavailableNumbers: (maxSurge, maxUnavailable, desired).
    @Test(arguments: [
        (0, 0, IntOrString.int(1), IntOrString.int(0), 0, 1, 0),
        (2, 2, 1, 0, 0, 1, 2),
        (2, 1, 0, 0, 0, 1, 2),
        (2, 1, "50%", 0, 0, 1, 2),
        (2, 1, 0, "50%", 1, 0, 2),
        (2, 1, 0, "100%", 2, 0, 2),
        (3, 2, "50%", 0, 0, 2, 3),
    ] as [(Int, Int, IntOrString, IntOrString, Int, Int, Int)])
    func testGetUnavailableNumbers(
        nodes: Int, pods: Int, maxUnavailable: IntOrString, maxSurge: IntOrString,
        expectedSurge: Int, expectedUnavailable: Int, expectedDesired: Int
    ) throws {
        let daemonSet = newDaemonSet(strategy: rollingUpdate(maxUnavailable: maxUnavailable, maxSurge: maxSurge))
        let budget = try RollingUpdateBudget.resolve(daemonSet, desiredNumberScheduled: nodes)
        #expect(budget.maxSurge == expectedSurge)
        #expect(budget.maxUnavailable == expectedUnavailable)
        #expect(budget.desiredNumberScheduled == expectedDesired)
        _ = pods
    }

    @Test func testInvalidMaxUnavailableIsASyncError() {
        var cluster = Self.readyCluster(nodes: 2, strategy: rollingUpdate(maxUnavailable: "ten"))
        cluster.updateImage("foo2/bar2")
        let plan = cluster.plan()
        #expect(plan.error?.message.contains("invalid value for MaxUnavailable") == true)
    }

    @Test func testRollingUpdateNeverExceedsMaxUnavailable() {
        var cluster = Self.readyCluster(nodes: 30, strategy: rollingUpdate(maxUnavailable: "20%"))
        cluster.updateImage("foo2/bar2")
        var rounds = 0
        repeat {
            cluster.sync()
            let unavailable = 30 - cluster.pods.filter { $0.isReady }.count
            #expect(unavailable <= 6)
            cluster.sync()
            cluster.markPodsReady()
            cluster.sync()
            rounds += 1
        } while rounds < 20 && (cluster.daemonSet.status.updatedNumberScheduled < 30 || cluster.daemonSet.status.numberAvailable < 30)
        #expect(rounds == 5)
    }
}

/// A deterministic generator (SplitMix64) for reproducible random tables.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
