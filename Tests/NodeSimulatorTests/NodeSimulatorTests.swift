import Foundation
import KubeClient
import KubeModel
import KubeTestSupport
import Testing

@testable import NodeSimulator

/// The simulator against the real embedded API server.
@Suite(.timeLimit(.minutes(3)))
struct NodeSimulatorTests {
    @Test func createdNodesReportStatusAndRenewTheirLeases() async throws {
        try await withSimulatedCluster(nodes: 3) { client in
            var node: Node?
            let ready = try await eventually(timeout: .seconds(20)) {
                node = try? await client.get(Node.self, name: "sim-2")
                return node?.condition("Ready")?.status == "True"
            }
            #expect(ready)
            #expect(node?.metadata.labels["topology.kubernetes.io/zone"] == "zone-c")
            #expect(node?.metadata.labels["kubernetes.io/hostname"] == "sim-2")
            #expect(node?.status.allocatable["cpu"] == "4")
            #expect(node?.status.capacity["memory"] == "16Gi")
            #expect(node?.status.capacity["pods"] == "110")
            #expect(node?.status.addresses.first?.type == "InternalIP")
            #expect(node?.status.nodeInfo.operatingSystem == "linux")

            var first: MicroTime?
            #expect(
                try await eventually(timeout: .seconds(20)) {
                    first = try? await client.get(Lease.self, name: "sim-2", namespace: "kube-node-lease").spec.renewTime
                    return first != nil
                })
            let renewed = try await eventually(timeout: .seconds(20)) {
                let lease = try await client.get(Lease.self, name: "sim-2", namespace: "kube-node-lease")
                return lease.spec.renewTime.map { $0 > (first ?? $0) } ?? false
            }
            #expect(renewed)
        }
    }

    /// Renewals update the Lease the last one returned: an edit made in between makes the next renewal
    /// conflict, and the simulator renews the edited Lease instead of writing over it.
    @Test func anEditToALeaseSurvivesItsRenewals() async throws {
        try await withSimulatedCluster(nodes: 1) { client in
            func lease() async throws -> Lease { try await client.get(Lease.self, name: "sim-0", namespace: "kube-node-lease") }
            #expect(try await eventually(timeout: .seconds(20)) { (try? await lease().spec.renewTime) != nil })
            // Renewals every 300 ms race this read-modify-write; on a loaded machine several in a row may win.
            try await retryOnConflict(maximumAttempts: 100, delay: .milliseconds(20)) {
                var edited = try await lease()
                edited.metadata.labels["edited"] = "yes"
                _ = try await client.update(edited)
            }
            let edited = try await lease().spec.renewTime
            var renewals = 0
            var last = edited
            let renewedTwice = try await eventually(timeout: .seconds(20)) {
                let current = try await lease()
                #expect(current.metadata.labels["edited"] == "yes")
                if let time = current.spec.renewTime, let previous = last, time > previous {
                    renewals += 1
                    last = time
                }
                return renewals >= 2
            }
            #expect(renewedTwice)
            #expect(try await lease().metadata.labels["edited"] == "yes")
            #expect(try await lease().metadata.ownerReferences.first?.kind == "Node")
        }
    }

    @Test func aNodeAnnotatedNotReadyReportsReadyFalse() async throws {
        try await withSimulatedCluster(nodes: 1) { client in
            #expect(try await eventually(timeout: .seconds(20)) { (try? await client.get(Node.self, name: "sim-0")) != nil })
            try await retryOnConflict {
                var node = try await client.get(Node.self, name: "sim-0")
                node.metadata.annotations["sim.daemonry.io/ready"] = "false"
                _ = try await client.update(node)
            }
            let notReady = try await eventually(timeout: .seconds(20)) {
                try await client.get(Node.self, name: "sim-0").condition("Ready")?.reason == "KubeletNotReady"
            }
            #expect(notReady)
        }
    }

    @Test func aNodeWhoseHeartbeatIsStoppedNoLongerRenewsItsLease() async throws {
        try await withSimulatedCluster(nodes: 2) { client in
            func renewTime(_ node: String) async throws -> MicroTime? {
                try? await client.get(Lease.self, name: node, namespace: "kube-node-lease").spec.renewTime
            }
            /// Waits for two renewals of the witness node's Lease: any renewal of the stopped node in flight
            /// has landed by then.
            func twoWitnessRenewals() async throws -> Bool {
                for _ in 0..<2 {
                    let before = try await renewTime("sim-1")
                    guard try await eventually(timeout: .seconds(20), { try await renewTime("sim-1") != before }) else {
                        return false
                    }
                }
                return true
            }
            #expect(try await eventually(timeout: .seconds(20)) { try await renewTime("sim-0") != nil })
            try await retryOnConflict {
                var node = try await client.get(Node.self, name: "sim-0")
                node.metadata.annotations["sim.daemonry.io/heartbeat"] = "stop"
                _ = try await client.update(node)
            }
            #expect(try await twoWitnessRenewals())
            let stopped = try await renewTime("sim-0")
            #expect(try await twoWitnessRenewals())
            #expect(try await renewTime("sim-0") == stopped)
        }
    }

    @Test func aBoundPodGoesRunningThenReady() async throws {
        try await withSimulatedCluster { client in
            // Long enough that a loaded machine still sees the Running-but-not-ready stage.
            _ = try await client.create(boundPod("web", annotations: ["sim.daemonry.io/ready-delay": "5s"]))
            let running = try await eventually(pod: "web", client) { $0.status.phase == "Running" }
            #expect(running?.isReady == false)
            #expect(running?.status.podIP.isEmpty == false)
            #expect(running?.status.hostIP.isEmpty == false)
            #expect(running?.status.startTime != nil)
            #expect(running?.status.containerStatuses.first?.state.running != nil)
            let ready = try await eventually(pod: "web", client) { $0.isReady }
            #expect(ready?.status.containerStatuses.first?.ready == true)
            #expect(ready?.status.conditions.first { $0.type == "ContainersReady" }?.status == "True")
        }
    }

    @Test func aCrashingPodRunsNeverReadyWithGrowingRestarts() async throws {
        try await withSimulatedCluster { client in
            _ = try await client.create(boundPod("crasher", annotations: ["sim.daemonry.io/crash": "true"]))
            let looping = try await eventually(pod: "crasher", client) {
                ($0.status.containerStatuses.first?.restartCount ?? 0) >= 3
            }
            #expect(looping?.status.phase == "Running")
            #expect(looping?.isReady == false)
            #expect(looping?.status.containerStatuses.first?.state.waiting?.reason == "CrashLoopBackOff")
            #expect(looping?.status.containerStatuses.first?.lastState.terminated?.exitCode == 1)
        }
    }

    @Test(arguments: [("Failed", Int32(1), "Error"), ("Succeeded", Int32(0), "Completed")])
    func anExitingPodEndsInItsPhase(phase: String, exitCode: Int32, reason: String) async throws {
        try await withSimulatedCluster { client in
            _ = try await client.create(
                boundPod("job", annotations: ["sim.daemonry.io/exit": phase, "sim.daemonry.io/exit-after": "300ms"]))
            let ended = try await eventually(pod: "job", client) { $0.status.phase == phase }
            let terminated = ended?.status.containerStatuses.first?.state.terminated
            #expect(terminated?.exitCode == exitCode)
            #expect(terminated?.reason == reason)
            #expect(ended?.isReady == false)
        }
    }

    @Test func aDeletedPodIsFinishedAfterItsTerminationDelay() async throws {
        try await withSimulatedCluster { client in
            _ = try await client.create(boundPod("quick"))
            _ = try await client.create(boundPod("slow", annotations: ["sim.daemonry.io/termination-delay": "500ms"]))
            _ = try await eventually(pod: "quick", client) { $0.isReady }
            _ = try await eventually(pod: "slow", client) { $0.isReady }
            let graceful = try await client.delete(Pod.self, name: "slow", namespace: "default")
            #expect(graceful?.metadata.deletionTimestamp != nil)
            try await client.delete(Pod.self, name: "quick", namespace: "default")
            let gone = try await eventually(timeout: .seconds(20)) {
                try await client.list(Pod.self, namespace: "default").items.isEmpty
            }
            #expect(gone)
        }
    }

    @Test func aTerminalPhaseWrittenBySomeoneElseIsKept() async throws {
        try await withSimulatedCluster { client in
            // Long enough that a loaded machine still sees the pod Pending before it would start.
            let delay = ["sim.daemonry.io/start-delay": "5s"]
            _ = try await client.create(boundPod("finished", annotations: delay))
            _ = try await client.create(boundPod("witness", annotations: delay))
            let pending = try await eventually(pod: "finished", client) { $0.status.phase == "Pending" && !$0.status.containerStatuses.isEmpty }
            _ = try #require(pending)
            // The simulator may write the pod between a read and this write: re-read on a conflict.
            _ = try await retryOnConflict {
                var failed = try await client.get(Pod.self, name: "finished", namespace: "default")
                failed.status.phase = "Failed"
                return try await client.updateStatus(failed)
            }
            _ = try await eventually(pod: "witness", client) { $0.isReady }
            let after = try await client.get(Pod.self, name: "finished", namespace: "default")
            #expect(after.status.phase == "Failed")
        }
    }

    @Test func itManagesAnnotatedNodesOrAllNodesAsConfigured() throws {
        let client = try KubeClient(config: RESTConfig(host: "http://127.0.0.1:9"))
        defer { Task { try await client.shutdown() } }
        let plain = Node(name: "plain")
        var annotated = Node(name: "annotated")
        annotated.metadata.annotations["sim.daemonry.io/managed"] = "true"
        let byAnnotation = NodeSimulator(client: client)
        #expect(byAnnotation.manages(annotated))
        #expect(!byAnnotation.manages(plain))
        var everything = NodeSimulatorConfiguration()
        everything.management = .allNodes
        #expect(NodeSimulator(client: client, configuration: everything).manages(plain))
        #expect(SimulatedNodeTemplate.node(prefix: "sim", index: 4).metadata.annotations["sim.daemonry.io/managed"] == "true")
    }

    @Test func anAnnotationSelectorChoosesTheNodesAndAnnotatesTheOnesItCreates() throws {
        let management = NodeSimulatorConfiguration.Management.annotatedNodes(
            try LabelQuery(parsing: "team=sim,tier in (edge),fake,gpu!=yes"))
        #expect(management.manages(annotations: ["team": "sim", "tier": "edge", "fake": ""]))
        #expect(!management.manages(annotations: ["team": "sim", "tier": "edge"]), "fake is required")
        #expect(!management.manages(annotations: ["team": "sim", "tier": "edge", "fake": "", "gpu": "yes"]))
        #expect(!management.manages(annotations: ["sim.daemonry.io/managed": "true"]))
        let created = management.createdNodeAnnotations
        #expect(created == ["sim.daemonry.io/managed": "true", "team": "sim", "tier": "edge", "fake": "true"])
        #expect(management.manages(annotations: created))

        let excluding = NodeSimulatorConfiguration.Management.annotatedNodes(try LabelQuery(parsing: "!sim.daemonry.io/managed"))
        #expect(!excluding.manages(annotations: excluding.createdNodeAnnotations))
        #expect(NodeSimulatorConfiguration.Management.allNodes.manages(annotations: [:]))
    }

    @Test func knobsParseGoDurations() {
        #expect(GoDuration.parse("1m30s") == .seconds(90))
        #expect(GoDuration.parse("500ms") == .milliseconds(500))
        #expect(GoDuration.parse("0") == .zero)
        #expect(GoDuration.parse("soon") == nil)
        let knobs = PodKnobs(annotations: ["sim.daemonry.io/exit": "Exploded", "sim.daemonry.io/start-delay": "2s"])
        #expect(knobs.exitPhase == nil)
        #expect(knobs.startDelay == .seconds(2))
    }

    @Test func stagesMoveForwardOnTheirSchedule() {
        var knobs = PodKnobs()
        knobs.startDelay = .seconds(1)
        knobs.readyDelay = .seconds(2)
        let interval = Duration.seconds(10)
        #expect(SimulatedPodLifecycle.stage(knobs, elapsed: .zero, crashInterval: interval) == (.pending, .seconds(1)))
        #expect(SimulatedPodLifecycle.stage(knobs, elapsed: .seconds(1), crashInterval: interval) == (.running, .seconds(3)))
        #expect(SimulatedPodLifecycle.stage(knobs, elapsed: .seconds(3), crashInterval: interval) == (.ready, nil))
        knobs.crashes = true
        #expect(
            SimulatedPodLifecycle.stage(knobs, elapsed: .seconds(25), crashInterval: interval)
                == (.crashLooping(restarts: 3), .seconds(31)))
        #expect(!SimulatedPodLifecycle.needsUpdate(current: .ready, desired: .running))
        #expect(SimulatedPodLifecycle.needsUpdate(current: .crashLooping(restarts: 1), desired: .crashLooping(restarts: 2)))
        #expect(SimulatedPodLifecycle.needsUpdate(current: nil, desired: .pending))
    }

    @Test func aPodOnTheHostNetworkHasTheNodesAddress() {
        var pod = Pod(metadata: ObjectMeta(name: "p", namespace: "d"))
        pod.metadata.uid = "uid-p"
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let ownIP = SimulatedPodLifecycle.status(of: pod, in: .ready, hostIP: "10.1.2.3", now: now).podIP
        #expect(ownIP.hasPrefix("10.244.") && ownIP != "10.1.2.3")
        pod.spec.hostNetwork = true
        let status = SimulatedPodLifecycle.status(of: pod, in: .ready, hostIP: "10.1.2.3", now: now)
        #expect(status.podIP == "10.1.2.3")
        #expect(status.podIPs.map(\.ip) == ["10.1.2.3"])
    }
}
