import DaemonSetCore
import Foundation
import KubeModel
import Testing

/// Mirrors upstream `pkg/controller/daemon/daemon_controller_test.go`: (creates, deletes, events) per sync.
@Suite struct DaemonSetControllerTests {
    @Test(arguments: updateStrategies)
    func testSimpleDaemonSetLaunchesPods(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        cluster.addNodes(count: 5)
        #expect(cluster.syncCounts() == Counts(5, 0, 0))
        #expect(cluster.syncCounts() == Counts(0, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testSimpleDaemonSetScheduleDaemonSetPodsLaunchesPods(strategy: DaemonSetUpdateStrategy) throws {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        cluster.addNodes(count: 5)
        let plan = cluster.sync()
        #expect(plan.podsToCreate.count == 5)
        var covered = Set<String>()
        for creation in plan.podsToCreate {
            let pod = creation.pod
            #expect(pod.spec.nodeName.isEmpty)
            let terms = try #require(pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution)
                .nodeSelectorTerms
            #expect(terms.count == 1)
            #expect(terms[0].matchExpressions.isEmpty)
            #expect(terms[0].matchFields.count == 1)
            let field = terms[0].matchFields[0]
            #expect(field.key == "metadata.name" && field.operator == "In" && field.values.count == 1)
            covered.insert(field.values[0])
            #expect(pod.metadata.generateName == "foo-")
            #expect(pod.metadata.namespace == "default")
            #expect(pod.metadata.labels["controller-revision-hash"] == plan.hash)
            #expect(pod.metadata.ownerReferences == [ControllerRef.of(cluster.daemonSet)])
            #expect(pod.metadata.ownerReferences[0].blockOwnerDeletion == true)
        }
        #expect(covered == Set((0..<5).map { "node-\($0)" }))
    }

    @Test(arguments: updateStrategies)
    func testSimpleDaemonSetUpdatesStatusAfterLaunchingPods(strategy: DaemonSetUpdateStrategy) throws {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        cluster.addNodes(count: 5)
        let plan = cluster.sync()
        let status = try #require(plan.status)
        #expect(status.currentNumberScheduled == 5)
        #expect(status.desiredNumberScheduled == 5)
        #expect(status.updatedNumberScheduled == 5)
        #expect(status.numberReady == 0)
        #expect(status.numberUnavailable == 5)
    }

    @Test func testNoNodesDoesNothing() {
        var cluster = FakeCluster(newDaemonSet())
        #expect(cluster.syncCounts() == Counts(0, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testOneNodeDaemonLaunchesPod(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        cluster.nodes = [newNode("only-node")]
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testNotReadyNodeDaemonDoesLaunchPod(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        var node = newNode("not-ready")
        node.status.conditions[0].status = "False"
        cluster.nodes = [node]
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testInsufficientCapacityNodeDaemonDoesNotUnscheduleRunningPod(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.template.spec.nodeName = "too-much-mem"
        daemonSet.spec.template.spec.containers[0].resources.requests = ["memory": "75M", "cpu": "75m"]
        var cluster = FakeCluster(daemonSet)
        var node = newNode("too-much-mem")
        node.status.allocatable = ["memory": "100M", "cpu": "200m", "pods": "100"]
        cluster.nodes = [node]
        cluster.addPod("unrelated", node: "too-much-mem", labels: ["app": "other"], owned: false)
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testInsufficientCapacityNodeSufficientCapacityWithNodeLabelDaemonLaunchPod(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.template.spec.nodeSelector = ["key": "value"]
        var cluster = FakeCluster(daemonSet)
        cluster.nodes = [newNode("too-much-mem"), newNode("not-too-much-mem", labels: ["key": "value"])]
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testNetworkUnavailableNodeDaemonLaunchesPod(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        var node = newNode("network-unavailable")
        var condition = NodeCondition()
        condition.type = "NetworkUnavailable"
        condition.status = "True"
        node.status.conditions.append(condition)
        cluster.nodes = [node]
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testDontDoAnythingIfBeingDeleted(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.metadata.deletionTimestamp = Time(Date(timeIntervalSince1970: 1_700_000_000))
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 5)
        let plan = cluster.plan()
        #expect(plan.isNoOp)
    }

    @Test(arguments: updateStrategies)
    func testPortConflictWithSameDaemonPodDoesNotDeletePod(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        var port = ContainerPort()
        port.hostPort = 666
        port.containerPort = 666
        daemonSet.spec.template.spec.containers[0].ports = [port]
        var cluster = FakeCluster(daemonSet)
        cluster.nodes = [newNode("port-conflict")]
        cluster.addPod("foo-", node: "port-conflict")
        #expect(cluster.syncCounts() == Counts(0, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testNoPortConflictNodeDaemonLaunchesPod(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        var port = ContainerPort()
        port.hostPort = 6661
        daemonSet.spec.template.spec.containers[0].ports = [port]
        var cluster = FakeCluster(daemonSet)
        cluster.nodes = [newNode("no-port-conflict")]
        var other = cluster.newPod("other", node: "no-port-conflict", labels: ["app": "x"], owned: false)
        var otherPort = ContainerPort()
        otherPort.hostPort = 6662
        other.spec.containers[0].ports = [otherPort]
        cluster.pods.append(other)
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testPodIsNotDeletedByDaemonsetWithEmptyLabelSelector(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.selector = LabelSelector()
        var cluster = FakeCluster(daemonSet)
        cluster.nodes = [newNode("node1")]
        cluster.addPod("pod1-", node: "node1", labels: ["bang": "boom"], owned: false)
        let plan = cluster.sync()
        #expect(Counts(plan.podsToCreate.count, plan.podsToDelete.count, plan.events.count) == Counts(0, 0, 1))
        #expect(plan.events.first?.reason == "SelectingAll")
        #expect(plan.status == nil)
        #expect(cluster.pods.count == 1)
    }

    @Test(arguments: updateStrategies)
    func testDealsWithExistingPods(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        cluster.addNodes(count: 5)
        let labels = cluster.daemonSet.spec.template.metadata.labels
        cluster.addPod("node-1-", node: "node-1")
        for _ in 0..<2 { cluster.addPod("node-2-", node: "node-2") }
        for _ in 0..<5 { cluster.addPod("node-3-", node: "node-3") }
        for _ in 0..<2 { cluster.addPod("node-4-", node: "node-4", labels: ["foo": "bar"], owned: false) }
        _ = labels
        #expect(cluster.syncCounts() == Counts(2, 5, 0))
    }

    @Test(arguments: updateStrategies)
    func testSelectorDaemonLaunchesPods(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.template.spec.nodeSelector = ["color": "blue"]
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 4)
        cluster.addNodes(start: 4, count: 3, labels: ["color": "blue"])
        #expect(cluster.syncCounts() == Counts(3, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testSelectorDaemonDeletesUnselectedPods(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.template.spec.nodeSelector = ["color": "blue"]
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 5)
        cluster.addNodes(start: 5, count: 5, labels: ["color": "blue"])
        cluster.addPod("node-0-", node: "node-0", labels: ["foo": "bar"], owned: false)
        for _ in 0..<3 { cluster.addPod("node-1-", node: "node-1") }
        cluster.addPod("node-4-", node: "node-4")
        #expect(cluster.syncCounts() == Counts(5, 4, 0))
    }

    @Test(arguments: updateStrategies)
    func testSelectorDaemonDealsWithExistingPods(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.template.spec.nodeSelector = ["color": "blue"]
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 5)
        cluster.addNodes(start: 5, count: 5, labels: ["color": "blue"])
        cluster.addPod("node-0-", node: "node-0")
        cluster.addPod("node-1-", node: "node-1", labels: ["foo": "bar"], owned: false)
        cluster.addPod("node-4-", node: "node-4")
        cluster.addPod("node-6-", node: "node-6")
        cluster.addPod("node-7-", node: "node-7", labels: ["foo": "bar"], owned: false)
        for _ in 0..<4 { cluster.addPod("node-9-", node: "node-9") }
        for _ in 0..<5 { cluster.addPod("node-6-", node: "node-6") }
        for _ in 0..<13 { cluster.addPod("node-8-", node: "node-8") }
        // node-0 and node-4 lose theirs (2), node-6 keeps 1 of 6 (5), node-8 keeps 1 of 13 (12),
        // node-9 keeps 1 of 4 (3) = 22; but node-5, node-7 get new pods and the rest is as upstream's (3, 20).
        let counts = cluster.syncCounts()
        #expect(counts.creates == 2)
        #expect(counts.deletes == 22)
    }

    @Test(arguments: updateStrategies)
    func testBadSelectorDaemonDoesNothing(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.template.spec.nodeSelector = ["color": "red"]
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 4)
        cluster.addNodes(start: 4, count: 3, labels: ["color": "blue"])
        #expect(cluster.syncCounts() == Counts(0, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testNameDaemonSetLaunchesPods(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.template.spec.nodeName = "node-0"
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 5)
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testBadNameDaemonSetDoesNothing(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.template.spec.nodeName = "node-10"
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 5)
        #expect(cluster.syncCounts() == Counts(0, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testNameAndSelectorDaemonSetLaunchesPods(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.template.spec.nodeSelector = ["color": "blue"]
        daemonSet.spec.template.spec.nodeName = "node-6"
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 4)
        cluster.addNodes(start: 4, count: 3, labels: ["color": "blue"])
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testInconsistentNameSelectorDaemonSetDoesNothing(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.template.spec.nodeSelector = ["color": "blue"]
        daemonSet.spec.template.spec.nodeName = "node-0"
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 4)
        cluster.addNodes(start: 4, count: 3, labels: ["color": "blue"])
        #expect(cluster.syncCounts() == Counts(0, 0, 0))
    }

    @Test func testSelectorDaemonSetLaunchesPods() {
        var daemonSet = newDaemonSet()
        daemonSet.spec.template.spec.nodeSelector = ["color": "blue"]
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 4)
        cluster.addNodes(start: 4, count: 3, labels: ["color": "blue"])
        #expect(cluster.syncCounts() == Counts(3, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testNodeAffinityDaemonLaunchesPods(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        var requirement = NodeSelectorRequirement()
        requirement.key = "color"
        requirement.operator = "In"
        requirement.values = ["blue"]
        var term = NodeSelectorTerm()
        term.matchExpressions = [requirement]
        var selector = NodeSelector()
        selector.nodeSelectorTerms = [term]
        var affinity = Affinity()
        var nodeAffinity = NodeAffinity()
        nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = selector
        affinity.nodeAffinity = nodeAffinity
        daemonSet.spec.template.spec.affinity = affinity
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 4)
        cluster.addNodes(start: 4, count: 3, labels: ["color": "blue"])
        let plan = cluster.sync()
        #expect(plan.podsToCreate.count == 3)
        // The user's required terms are replaced by the node pin; the pod keeps no other required term.
        let terms = plan.podsToCreate[0].pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?
            .nodeSelectorTerms
        #expect(terms?.count == 1)
        #expect(terms?.first?.matchExpressions.isEmpty == true)
    }

    @Test(arguments: updateStrategies)
    func testNumberReadyStatus(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        cluster.addNodes(count: 2)
        cluster.addPod("pod1", node: "node-0")
        cluster.addPod("pod2", node: "node-1")
        cluster.sync()
        #expect(cluster.daemonSet.status.numberReady == 0)
        cluster.markPodsReady()
        cluster.sync()
        #expect(cluster.daemonSet.status.numberReady == 2)
        #expect(cluster.daemonSet.status.numberAvailable == 2)
        #expect(cluster.daemonSet.status.numberUnavailable == 0)
    }

    @Test(arguments: updateStrategies)
    func testObservedGeneration(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        cluster.addNodes(count: 1)
        cluster.addPod("pod1", node: "node-0")
        let plan = cluster.sync()
        #expect(plan.status?.observedGeneration == 1)
        #expect(cluster.sync().status == nil, "an unchanged status is not written again")
    }

    @Test(arguments: [(0, 1, Counts(0, 0, 0)), (0, 0, Counts(1, 0, 0)), (1, 0, Counts(0, 1, 1)), (1, 3, Counts(0, 3, 1))])
    func testDaemonKillFailedPods(failed: Int, running: Int, expected: Counts) {
        for strategy in updateStrategies {
            var cluster = FakeCluster(newDaemonSet(strategy: strategy))
            cluster.addNodes(count: 1)
            for _ in 0..<failed {
                var pod = cluster.newPod("failed-", node: "node-0")
                pod.status.phase = "Failed"
                cluster.pods.append(pod)
            }
            for _ in 0..<running { cluster.addPod("running-", node: "node-0") }
            let plan = cluster.sync()
            #expect(Counts(plan.podsToCreate.count, plan.podsToDelete.count, plan.events.count) == expected)
            if failed > 0 {
                #expect(plan.events[0].reason == "FailedDaemonPod")
                #expect(plan.events[0].type == "Warning")
                #expect(plan.events[0].message.hasPrefix("Found failed daemon pod default/failed-"))
                #expect(plan.events[0].message.hasSuffix(" on node node-0, will try to kill it"))
            }
        }
    }

    @Test(arguments: updateStrategies)
    func testDaemonKillFailedPodsBackoff(strategy: DaemonSetUpdateStrategy) throws {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        cluster.addNodes(count: 1)
        var failed = cluster.newPod("failed-", node: "node-0")
        failed.status.phase = "Failed"
        let key = FailedPodBackoff.key(uid: cluster.daemonSet.metadata.uid, observedGeneration: 0, nodeName: "node-0")

        var plan = cluster.plan(with: failed)
        #expect(Counts(plan.podsToCreate.count, plan.podsToDelete.count, plan.events.count) == Counts(0, 1, 1))
        cluster.backoff = plan.backoff
        let delay = cluster.backoff.delay(key)
        #expect(delay == 0.05)

        // Immediately after: still failed, still in backoff, nothing done, requeued after the delay.
        plan = cluster.plan(with: failed)
        #expect(Counts(plan.podsToCreate.count, plan.podsToDelete.count, plan.events.count) == Counts(0, 0, 0))
        #expect(plan.requeueAfter == delay)
        #expect(plan.backoff.delay(key) == delay)

        #expect(cluster.backoff.isInBackOffSinceUpdate(key, now: cluster.now.addingTimeInterval(delay - 1e-6)))
        // Date arithmetic is in floating point: test just past the boundary rather than on it.
        #expect(!cluster.backoff.isInBackOffSinceUpdate(key, now: cluster.now.addingTimeInterval(delay + 1e-6)))

        cluster.now = cluster.now.addingTimeInterval(delay + 1e-6)
        plan = cluster.plan(with: failed)
        #expect(Counts(plan.podsToCreate.count, plan.podsToDelete.count, plan.events.count) == Counts(0, 1, 1))
        #expect(plan.backoff.delay(key) == 0.1, "the delay doubles")
    }

    @Test(arguments: updateStrategies)
    func testSucceededPodsAreDeletedWithAnEvent(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        cluster.addNodes(count: 1)
        var pod = cluster.newPod("done-", node: "node-0")
        pod.status.phase = "Succeeded"
        cluster.pods = [pod]
        let plan = cluster.sync()
        #expect(Counts(plan.podsToCreate.count, plan.podsToDelete.count, plan.events.count) == Counts(0, 1, 1))
        #expect(plan.events[0].reason == "SucceededDaemonPod" && plan.events[0].type == "Normal")
        #expect(cluster.syncCounts() == Counts(1, 0, 0), "the next sync replaces it")
    }

    @Test(arguments: updateStrategies)
    func testNoScheduleTaintedDoesntEvicitRunningIntolerantPod(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        var node = newNode("tainted")
        node.spec.taints = [taint("node.kubernetes.io/foo", effect: "NoSchedule")]
        cluster.nodes = [node]
        cluster.addPod("keep-running-me", node: "tainted")
        #expect(cluster.syncCounts() == Counts(0, 0, 0))
        #expect(cluster.daemonSet.status.numberMisscheduled == 1)
        #expect(cluster.daemonSet.status.desiredNumberScheduled == 0)
    }

    @Test(arguments: updateStrategies)
    func testNoExecuteTaintedDoesEvicitRunningIntolerantPod(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        var node = newNode("tainted")
        node.spec.taints = [taint("node.kubernetes.io/foo", effect: "NoExecute")]
        cluster.nodes = [node]
        cluster.addPod("stop-running-me", node: "tainted")
        #expect(cluster.syncCounts() == Counts(0, 1, 0))
    }

    @Test(arguments: updateStrategies)
    func testTaintedNodeDaemonDoesNotLaunchIntolerantPod(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        var node = newNode("tainted")
        node.spec.taints = [taint("dedicated", "user1", effect: "NoSchedule")]
        cluster.nodes = [node]
        #expect(cluster.syncCounts() == Counts(0, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testTaintedNodeDaemonLaunchesToleratePod(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.template.spec.tolerations = [toleration("dedicated", "user1", effect: "NoSchedule")]
        var cluster = FakeCluster(daemonSet)
        var node = newNode("tainted")
        node.spec.taints = [taint("dedicated", "user1", effect: "NoSchedule")]
        cluster.nodes = [node]
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testNotReadyNodeDaemonLaunchesPod(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        var node = newNode("tainted")
        node.spec.taints = [taint("node.kubernetes.io/not-ready", effect: "NoExecute")]
        node.status.conditions[0].status = "False"
        cluster.nodes = [node]
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testUnreachableNodeDaemonLaunchesPod(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        var node = newNode("tainted")
        node.spec.taints = [taint("node.kubernetes.io/unreachable", effect: "NoExecute")]
        node.status.conditions[0].status = "Unknown"
        cluster.nodes = [node]
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testNodeDaemonLaunchesToleratePod(strategy: DaemonSetUpdateStrategy) {
        var daemonSet = newDaemonSet(strategy: strategy)
        daemonSet.spec.template.spec.tolerations = [toleration("dedicated", "user1", effect: "NoSchedule")]
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 1)
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testDaemonSetRespectsTermination(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        cluster.addNodes(count: 1)
        var pod = cluster.newPod("terminating-", node: "node-0")
        pod.metadata.deletionTimestamp = Time(cluster.now)
        cluster.pods = [pod]
        #expect(cluster.syncCounts() == Counts(0, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testTaintPressureNodeDaemonLaunchesPod(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        var node = newNode("resources-pressure")
        node.spec.taints = [
            taint("node.kubernetes.io/disk-pressure", effect: "NoSchedule"),
            taint("node.kubernetes.io/memory-pressure", effect: "NoSchedule"),
            taint("node.kubernetes.io/pid-pressure", effect: "NoSchedule"),
        ]
        cluster.nodes = [node]
        #expect(cluster.syncCounts() == Counts(1, 0, 0))
    }

    @Test(arguments: updateStrategies)
    func testDeleteUnscheduledPodForNotExistingNode(strategy: DaemonSetUpdateStrategy) {
        var cluster = FakeCluster(newDaemonSet(strategy: strategy))
        cluster.addNodes(count: 1)
        cluster.addPod("node-0-", node: "node-0")
        cluster.addPod("node-1-", node: "node-1")
        var unscheduled = cluster.newPod("node-2-", node: "")
        DaemonPodTemplate.pinToNode(&unscheduled.spec, nodeName: "node-2")
        cluster.pods.append(unscheduled)
        let plan = cluster.sync()
        #expect(Counts(plan.podsToCreate.count, plan.podsToDelete.count, plan.events.count) == Counts(0, 1, 0))
        #expect(plan.podsToDelete.first?.name == unscheduled.metadata.name)
        #expect(plan.podsToDelete.first?.reason == .nodeMissing)
    }

    @Test func testGetNodesToDaemonPods() {
        var cluster = FakeCluster(newDaemonSet())
        cluster.addNodes(count: 2)
        cluster.addPod("matching-owned-0-", node: "node-0")
        cluster.addPod("matching-orphan-0-", node: "node-0", labels: cluster.daemonSet.spec.template.metadata.labels, owned: false)
        cluster.addPod("matching-owned-1-", node: "node-1")
        var terminal = cluster.newPod("matching-owned-terminal-1-", node: "node-1")
        terminal.status.phase = "Succeeded"
        terminal.metadata.deletionTimestamp = Time(cluster.now)
        cluster.pods.append(terminal)
        cluster.addPod("non-matching-owned-0-", node: "node-0", labels: ["name": "other"])
        cluster.addPod("non-matching-orphan-1-", node: "node-1", labels: ["name": "other"], owned: false)
        var foreign = cluster.newPod("matching-owned-by-other-0-", node: "node-0")
        foreign.metadata.ownerReferences = [
            OwnerReference(apiVersion: "apps/v1", kind: "DaemonSet", name: "other", uid: "other-uid", controller: true)
        ]
        cluster.pods.append(foreign)
        let plan = cluster.sync()
        // The orphan is adopted, the owned pod that stopped matching is released, the rest is untouched.
        #expect(plan.podClaims.map(\.decision) == [.adopt, .release])
        #expect(plan.podClaims[0].name.hasPrefix("matching-orphan-0-"))
        #expect(plan.podClaims[1].name.hasPrefix("non-matching-owned-0-"))
        // node-0 has two claimed pods (owned + adopted): the younger goes; node-1 keeps its one live pod.
        #expect(plan.podsToDelete.count == 1)
        #expect(plan.podsToCreate.isEmpty)
        #expect(plan.status?.currentNumberScheduled == 2)
    }

    @Test func testNodeShouldRunDaemonPod() {
        func evaluate(_ daemonSet: DaemonSet, _ node: Node) -> NodePlacement {
            DaemonPlacement(daemonSet: daemonSet).evaluate(node)
        }
        let both = NodePlacement(shouldRun: true, shouldContinueRunning: true)
        let neither = NodePlacement(shouldRun: false, shouldContinueRunning: false)

        var resources = newDaemonSet()
        resources.spec.template.spec.containers[0].resources.requests = ["cpu": "1000", "memory": "1000Gi"]
        #expect(evaluate(resources, newNode("small")) == both)

        var pinned = newDaemonSet()
        pinned.spec.template.spec.nodeName = "other-node"
        #expect(evaluate(pinned, newNode("this-node")) == neither)

        var selected = newDaemonSet()
        selected.spec.template.spec.nodeSelector = ["type": "production"]
        #expect(evaluate(selected, newNode("n")) == neither)
        #expect(evaluate(selected, newNode("n", labels: ["type": "production"])) == both)

        var unschedulable = newNode("cordoned")
        unschedulable.spec.unschedulable = true
        #expect(evaluate(newDaemonSet(), unschedulable) == both)

        var noSchedule = newNode("tainted")
        noSchedule.spec.taints = [taint("a", effect: "NoSchedule")]
        #expect(evaluate(newDaemonSet(), noSchedule) == NodePlacement(shouldRun: false, shouldContinueRunning: true))

        var preferNo = newNode("soft")
        preferNo.spec.taints = [taint("a", effect: "PreferNoSchedule")]
        #expect(evaluate(newDaemonSet(), preferNo) == both)

        var cordonTaint = newNode("cordon-taint")
        cordonTaint.spec.taints = [taint("node.kubernetes.io/unschedulable", effect: "NoSchedule")]
        #expect(evaluate(newDaemonSet(), cordonTaint) == both, "the unschedulable taint is auto-tolerated")

        var networkDown = newNode("net")
        networkDown.spec.taints = [taint("node.kubernetes.io/network-unavailable", effect: "NoSchedule")]
        #expect(evaluate(newDaemonSet(), networkDown) == NodePlacement(shouldRun: false, shouldContinueRunning: true))
        var hostNetwork = newDaemonSet()
        hostNetwork.spec.template.spec.hostNetwork = true
        #expect(evaluate(hostNetwork, networkDown) == both, "hostNetwork daemons tolerate network-unavailable")
    }

    @Test func testSlowStartBatches() async {
        #expect(SlowStart.batchSizes(count: 100) == [1, 2, 4, 8, 16, 32, 37])
        #expect(SlowStart.batchSizes(count: 0) == [])
        #expect(SlowStart.batchSizes(count: 1) == [1])
    }

    /// Upstream TestSimpleDaemonSetPodCreateErrors / TestDaemonSetPodCreateExpectationsError: with the API
    /// refusing creates after 10, slow start stops after the failing batch and reports the skipped creates.
    @Test func testSimpleDaemonSetPodCreateErrors() async {
        let counter = CreateCounter(limit: 10)
        let result = await SlowStart.run(count: 100) { _ in await counter.create() }
        #expect(result.succeeded == 10)
        #expect(result.errors.count == 5, "the 8-pod batch had 3 successes and 5 failures")
        #expect(result.skipped == 85)
        #expect(await counter.attempts == 15)
        // Expectations (100 creates) are satisfied after observing 10 creates, 5 failures and 85 skips.
        #expect(100 - result.succeeded - result.errors.count - result.skipped == 0)
    }

    @Test func testBurstReplicasCapsCreatesPerSync() {
        var cluster = FakeCluster(newDaemonSet())
        cluster.addNodes(count: 600)
        #expect(cluster.syncCounts() == Counts(250, 0, 0))
        #expect(cluster.syncCounts() == Counts(250, 0, 0))
        #expect(cluster.syncCounts() == Counts(100, 0, 0))
        #expect(cluster.syncCounts() == Counts(0, 0, 0))
    }

    @Test func testExpectationsUnsatisfiedOnlyRefreshesStatus() throws {
        var cluster = FakeCluster(newDaemonSet())
        cluster.addNodes(count: 3)
        cluster.addPod("p", node: "node-0")
        cluster.expectationsSatisfied = false
        let plan = cluster.sync()
        #expect(plan.podsToCreate.isEmpty && plan.podsToDelete.isEmpty)
        let status = try #require(plan.status)
        #expect(status.currentNumberScheduled == 1)
        #expect(status.observedGeneration == 0, "observedGeneration is not raised while expectations are pending")
    }

    /// After `manage` failed, upstream still writes the status with `updateObservedGen: true`, counted from
    /// the pods that exist (`TestUpdateStatusDespitePodCreationFailure`).
    @Test func theStatusAfterAFailedSyncCountsExistingPodsAndRaisesObservedGeneration() throws {
        var cluster = FakeCluster(newDaemonSet())
        cluster.daemonSet.metadata.generation = 3
        cluster.addNodes(count: 5)
        cluster.addPod("p", node: "node-0")
        cluster.addPod("p", node: "node-1")
        cluster.markPodsReady()
        let input = DaemonSetSyncInput(
            daemonSet: cluster.daemonSet, nodes: cluster.nodes, pods: cluster.pods, revisions: cluster.revisions,
            now: cluster.now)
        let status = try #require(DaemonSetSync.statusAfterFailedSync(input))
        #expect(status.desiredNumberScheduled == 5)
        #expect(status.currentNumberScheduled == 2)
        #expect(status.numberReady == 2)
        #expect(status.numberUnavailable == 3)
        #expect(status.observedGeneration == 3)

        var deleting = input
        deleting.daemonSet.metadata.deletionTimestamp = Time(cluster.now)
        #expect(DaemonSetSync.statusAfterFailedSync(deleting) == nil, "a DaemonSet being deleted is not synced")
    }
}

/// A fake API that accepts `limit` creates and refuses the rest.
actor CreateCounter {
    let limit: Int
    var attempts = 0

    init(limit: Int) { self.limit = limit }

    func create() -> DaemonSetSyncError? {
        attempts += 1
        return attempts > limit ? DaemonSetSyncError(message: "fake limit reached") : nil
    }
}

extension FakeCluster {
    /// Plans with `pod` as the only pod.
    func plan(with pod: Pod) -> DaemonSetSyncPlan {
        var copy = self
        copy.pods = [pod]
        return copy.plan()
    }
}

/// The backoff forgets a node after twice the maximum delay without failures (upstream's minute GC).
@Test func failedPodBackoffGarbageCollectsIdleEntries() {
    var backoff = FailedPodBackoff(initial: 1, maximum: 10)
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    backoff.next("a", now: start)
    backoff.next("a", now: start.addingTimeInterval(1.5))
    #expect(backoff.delay("a") == 2)
    backoff.next("b", now: start.addingTimeInterval(15))
    backoff.garbageCollect(now: start.addingTimeInterval(21))
    #expect(backoff.count == 2, "20 s is not yet more than twice the maximum")
    backoff.garbageCollect(now: start.addingTimeInterval(22))
    #expect(backoff.count == 1)
    #expect(backoff.delay("a") == 0)
    #expect(backoff.delay("b") == 1)
    // An expired entry restarts at the initial delay instead of doubling.
    backoff.next("b", now: start.addingTimeInterval(60))
    #expect(backoff.delay("b") == 1)
}
