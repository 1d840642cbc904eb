import DaemonSetController
import Foundation
import KubeClient
import KubeModel
import KubeTestSupport
import Logging
import NodeSimulator
import ServiceLifecycle
import Testing

@testable import ClusterServices

/// The scheduler, the node lifecycle controller and simulated nodes together, as `daemonry up` runs them.
@Suite(.timeLimit(.minutes(1)))
struct SimulatedClusterTests {
    static let services: @Sendable (KubeClient) -> [any Service] = { client in services(client, gracePeriod: .seconds(3)) }

    /// Two simulated nodes renewing their Leases every 200 ms, a scheduler, and node lifecycle with
    /// `gracePeriod`: short where a test waits for a dead kubelet, long where a loaded machine must not
    /// make a live node look dead.
    static func services(_ client: KubeClient, gracePeriod: Duration) -> [any Service] {
        var logger = Logger(label: "test.simulated-cluster")
        logger.logLevel = .warning
        var simulation = NodeSimulatorConfiguration()
        simulation.nodeCount = 2
        simulation.namePrefix = "sim"
        simulation.leaseRenewInterval = .milliseconds(200)
        var lifecycle = NodeLifecycleConfiguration()
        lifecycle.nodeMonitorGracePeriod = gracePeriod
        return [
            NodeSimulator(client: client, configuration: simulation, logger: logger),
            Scheduler(client: client, logger: logger),
            NodeLifecycleController(client: client, configuration: lifecycle, logger: logger),
        ]
    }

    @Test func aDaemonSetRunsAReadyPodOnEverySimulatedNodeThroughTheScheduler() async throws {
        let services: @Sendable (KubeClient) -> [any Service] = { client in
            var logger = Logger(label: "test.simulated-cluster")
            logger.logLevel = .warning
            return Self.services(client, gracePeriod: .seconds(30)) + [DaemonSetController(client: client, logger: logger)]
        }
        try await withLiveCluster(services: services) { client in
            var daemonSet = DaemonSet()
            daemonSet.metadata = ObjectMeta(name: "agent", namespace: "default")
            daemonSet.spec.selector = LabelSelector(matchLabels: ["app": "agent"])
            daemonSet.spec.template.metadata.labels = ["app": "agent"]
            daemonSet.spec.template.spec.containers = [Container(name: "agent", image: "registry.example/agent:v1")]
            _ = try await client.create(daemonSet)
            var status = DaemonSetStatus()
            let ready = try await eventually(timeout: .seconds(30)) {
                status = try await client.get(DaemonSet.self, name: "agent", namespace: "default").status
                return status.desiredNumberScheduled == 2 && status.numberReady == 2
            }
            #expect(ready)
            let pods = try await client.list(Pod.self, namespace: "default").items
            #expect(Set(pods.map(\.spec.nodeName)) == ["sim-0", "sim-1"])
            #expect(pods.allSatisfy { $0.status.phase == "Running" && $0.isReady })
        }
    }

    @Test func aPodRunsOnASimulatedNodeAndIsMarkedNotReadyThenEvictedWhenItsKubeletDies() async throws {
        try await withLiveCluster(services: Self.services) { client in
            _ = try await client.create(
                Make.pod("web") {
                    $0.nodeSelector = ["kubernetes.io/hostname": "sim-1"]
                    // Long enough to see it marked not Ready first; the server's default would be 300 s.
                    $0.tolerations = [
                        Toleration(key: TaintKeys.nodeUnreachable, operator: "Exists", effect: "NoExecute", tolerationSeconds: 2)
                    ]
                })
            let ready = try await eventually(timeout: .seconds(20)) {
                try await client.get(Pod.self, name: "web", namespace: "default").isReady
            }
            #expect(ready)
            // A node renewing its Lease is not tainted.
            #expect(try await client.get(Node.self, name: "sim-1").spec.taints.isEmpty)

            try await retryOnConflict {
                var node = try await client.get(Node.self, name: "sim-1")
                node.metadata.annotations["sim.daemonry.io/heartbeat"] = "stop"
                _ = try await client.update(node)
            }
            let unreachable = try await eventually(timeout: .seconds(20)) {
                let node = try await client.get(Node.self, name: "sim-1")
                return node.condition("Ready")?.status == "Unknown"
                    && node.spec.taints.contains { $0.key == TaintKeys.nodeUnreachable && $0.effect == "NoExecute" }
            }
            #expect(unreachable)
            // Its kubelet gone, nothing vouches for the pod: the node lifecycle marks it not Ready.
            let markedNotReady = try await eventually(timeout: .seconds(20)) {
                let pod = try await client.get(Pod.self, name: "web", namespace: "default")
                return pod.status.conditions.contains { $0.type == "Ready" && $0.status == "False" }
            }
            #expect(markedNotReady)
            // The event recorder writes in the background.
            let recorded = try await eventually(timeout: .seconds(20)) {
                try await client.list(Event.self, namespace: "default").items.contains {
                    $0.reason == "NodeNotReady" && $0.involvedObject.name == "web"
                }
            }
            #expect(recorded)
            // The dead kubelet cannot finish the deletion: the pod stays terminating, as on a real cluster.
            let evicted = try await eventually(timeout: .seconds(20)) {
                try await client.get(Pod.self, name: "web", namespace: "default").metadata.deletionTimestamp != nil
            }
            #expect(evicted)
            #expect(try await client.get(Node.self, name: "sim-0").condition("Ready")?.status == "True")
        }
    }
}
