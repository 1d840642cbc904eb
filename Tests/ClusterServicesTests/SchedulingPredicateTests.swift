import KubeModel
import Testing

@testable import ClusterServices

/// The scheduler's pure parts: filters, the fit message, candidate names and node choice.
struct SchedulingPredicateTests {
    static func node(_ name: String, cpu: String = "4", labels: [String: String] = [:]) -> Node {
        var node = Node(name: name, labels: labels)
        let resources: ResourceList = ["cpu": (try? Quantity(parsing: cpu)) ?? "0", "memory": "16Gi", "pods": "3"]
        node.status.allocatable = resources
        return node
    }

    @Test func theMessageCountsReasonsPerNodeSortedAsStringsWithUpstreamsPreemptionSummary() {
        let error = FitError(
            nodeCount: 5,
            failures: [
                FilterFailure([FilterReason.nodeAffinity], isResolvable: false),
                FilterFailure([FilterReason.nodeAffinity], isResolvable: false),
                FilterFailure([FilterReason.nodeAffinity], isResolvable: false),
                FilterFailure([FilterReason.insufficient("cpu")], isResolvable: true),
                FilterFailure([FilterReason.insufficient("cpu")], isResolvable: true),
            ])
        #expect(
            error.message
                == "0/5 nodes are available: 2 Insufficient cpu, 3 node(s) didn't match Pod's node affinity/selector. "
                + "preemption: 0/5 nodes are available: 2 No preemption victims found for incoming pod, "
                + "3 Preemption is not helpful for scheduling.")
    }

    @Test func nodesExcludedByNameAreCountedAsNodeAffinityPrefilterFailures() {
        let error = FitError(
            nodeCount: 4, failures: [FilterFailure([FilterReason.untoleratedTaint], isResolvable: false)],
            excludedByName: 3)
        #expect(
            error.message
                == "0/4 nodes are available: 1 node(s) had untolerated taint(s), 3 node(s) didn't satisfy plugin(s) "
                + "[NodeAffinity]. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.")
    }

    @Test func aPodThatMayNotPreemptSaysSo() {
        let error = FitError(
            nodeCount: 1, failures: [FilterFailure(["Too many pods"], isResolvable: true)], neverPreempts: true)
        #expect(error.message == "0/1 nodes are available: 1 Too many pods. preemption: not eligible due to preemptionPolicy=Never.")
    }

    @Test func aClusterWithoutNodesSaysSoAsUpstream() {
        #expect(FitError(nodeCount: 0, failures: []).message == "no nodes available to schedule pods")
    }

    @Test func matchFieldsInEveryTermNarrowTheCandidatesToThoseNames() {
        var pod = Pod()
        pod.spec.affinity = Affinity(
            nodeAffinity: NodeAffinity(
                requiredDuringSchedulingIgnoredDuringExecution: NodeSelector(nodeSelectorTerms: [
                    NodeSelectorTerm(matchFields: [NodeSelectorRequirement(key: "metadata.name", operator: "In", values: ["a", "b"])]),
                    NodeSelectorTerm(matchFields: [NodeSelectorRequirement(key: "metadata.name", operator: "In", values: ["c"])]),
                ])))
        #expect(SchedulingPod(pod).candidateNodeNames == ["a", "b", "c"])
        pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms.append(
            NodeSelectorTerm(matchExpressions: [NodeSelectorRequirement(key: "zone", operator: "Exists")]))
        #expect(SchedulingPod(pod).candidateNodeNames == nil)
    }

    @Test func resourcesFitAgainstAllocatableMinusPlacedAndARequestLargerThanTheNodeIsUnresolvable() {
        var spec = PodSpec()
        var container = Container()
        container.resources.requests = ["cpu": "3", "memory": "1Gi"]
        spec.containers = [container]
        let pod = SchedulingPod(Pod(metadata: ObjectMeta(name: "p", namespace: "d"), spec: spec))
        var usage = NodeUsage()
        #expect(NodeFilter.check(pod, on: Self.node("n"), usage: usage) == nil)
        usage.add(pod)
        #expect(
            NodeFilter.check(pod, on: Self.node("n"), usage: usage)
                == FilterFailure(["Insufficient cpu"], isResolvable: true))
        #expect(
            NodeFilter.check(pod, on: Self.node("n", cpu: "2"), usage: NodeUsage())
                == FilterFailure(["Insufficient cpu"], isResolvable: false))
        usage.add(pod)
        usage.add(pod)
        #expect(
            NodeFilter.check(pod, on: Self.node("n", cpu: "100"), usage: usage)
                == FilterFailure(["Too many pods"], isResolvable: true))
    }

    /// Upstream `resource.PodRequests`: regular init containers run alone, one at a time, but beside the
    /// sidecars (`restartPolicy: Always`) started before them; sidecars keep running with the containers.
    @Test func sidecarInitContainersAddToTheRequestAndRunBesideLaterInitContainers() {
        func container(cpu: String, sidecar: Bool = false) -> Container {
            var container = Container()
            container.resources.requests = ["cpu": Quantity(stringLiteral: cpu)]
            if sidecar { container.restartPolicy = "Always" }
            return container
        }
        var spec = PodSpec()
        spec.containers = [container(cpu: "1")]
        spec.initContainers = [container(cpu: "2")]
        #expect(ResourceRequest(pod: spec).milliCPU == 2000, "a plain init container larger than the containers")
        spec.initContainers = [container(cpu: "500m", sidecar: true), container(cpu: "2")]
        // Containers 1 + sidecar 0.5 = 1.5 running together; the init container after the sidecar needs 2 + 0.5.
        #expect(ResourceRequest(pod: spec).milliCPU == 2500)
        spec.initContainers = [container(cpu: "1"), container(cpu: "500m", sidecar: true)]
        #expect(ResourceRequest(pod: spec).milliCPU == 1500, "an init container before the sidecar runs without it")
    }

    @Test(arguments: [
        ("TCP", "", "TCP", "", true), ("TCP", "10.0.0.1", "TCP", "", true), ("TCP", "10.0.0.1", "TCP", "10.0.0.2", false),
        ("UDP", "", "TCP", "", false),
    ])
    func hostPortsConflictOnTheSameProtocolAndOverlappingAddresses(
        firstProtocol: String, firstIP: String, secondProtocol: String, secondIP: String, conflicts: Bool
    ) {
        let first = HostPort(protocol: firstProtocol, hostIP: firstIP, port: 80)
        let second = HostPort(protocol: secondProtocol, hostIP: secondIP, port: 80)
        #expect(first.conflicts(with: second) == conflicts)
        #expect(!first.conflicts(with: HostPort(protocol: firstProtocol, hostIP: firstIP, port: 81)))
    }

    @Test func aCordonedNodeTakesOnlyPodsToleratingTheUnschedulableTaint() {
        var node = Self.node("n")
        node.spec.unschedulable = true
        var pod = Pod()
        #expect(
            NodeFilter.check(SchedulingPod(pod), on: node, usage: NodeUsage())
                == FilterFailure([FilterReason.nodeUnschedulable], isResolvable: false))
        pod.spec.tolerations = [Toleration(key: TaintKeys.nodeUnschedulable, operator: "Exists", effect: "NoSchedule")]
        #expect(NodeFilter.check(SchedulingPod(pod), on: node, usage: NodeUsage()) == nil)
    }

    @Test func theLeastAllocatedFeasibleNodeWinsAndTiesAreBrokenTheSameWayEveryTime() {
        var spec = PodSpec()
        var container = Container()
        container.resources.requests = ["cpu": "1", "memory": "1Gi"]
        spec.containers = [container]
        let pod = SchedulingPod(Pod(metadata: ObjectMeta(name: "p", namespace: "d"), spec: spec))
        var busy = NodeUsage()
        busy.add(pod)
        let nodes = [Self.node("a"), Self.node("b"), Self.node("c", labels: ["x": "y"])]
        let decision = SchedulingAlgorithm.schedule(pod, candidates: nodes, nodeCount: 3) { $0 == "a" ? busy : NodeUsage() }
        guard case .bind(let chosen) = decision else {
            Issue.record("expected a binding, got \(decision)")
            return
        }
        #expect(chosen != "a")
        let again = SchedulingAlgorithm.schedule(pod, candidates: nodes.reversed(), nodeCount: 3) {
            $0 == "a" ? busy : NodeUsage()
        }
        #expect(again == decision)
    }
}
