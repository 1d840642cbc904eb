import Foundation
import KubeClient
import KubeModel
import KubeTestSupport
import Logging
import NodeSimulator
import ServiceLifecycle

/// Runs `body` with a real embedded API server, a client for it, and a simulator with short intervals
/// creating `nodes` nodes named `sim-0`... and managing annotated nodes.
func withSimulatedCluster(
    nodes: Int = 1, configure: @escaping @Sendable (inout NodeSimulatorConfiguration) -> Void = { _ in },
    _ body: @escaping @Sendable (KubeClient) async throws -> Void
) async throws {
    var configuration = NodeSimulatorConfiguration()
    configuration.nodeCount = nodes
    configuration.namePrefix = "sim"
    configuration.leaseRenewInterval = .milliseconds(300)
    configuration.crashLoopInterval = .milliseconds(200)
    configure(&configuration)
    let simulation = configuration
    try await withLiveCluster(
        services: { client in
            var logger = Logger(label: "test.simulator")
            logger.logLevel = .warning
            return [NodeSimulator(client: client, configuration: simulation, logger: logger)]
        }, body)
}

/// A pod bound to `nodeName` at creation, with `annotations` (the knobs).
func boundPod(_ name: String, on nodeName: String = "sim-0", annotations: [String: String] = [:]) -> Pod {
    var container = Container()
    container.name = "main"
    container.image = "registry.k8s.io/pause:3.10"
    var pod = Pod(metadata: ObjectMeta(name: name, namespace: "default"))
    pod.metadata.annotations = annotations
    pod.spec.containers = [container]
    pod.spec.nodeName = nodeName
    return pod
}

/// Polls the pod until `condition` holds for it.
func eventually(pod name: String, _ client: KubeClient, _ condition: @escaping (Pod) -> Bool) async throws -> Pod? {
    var last: Pod?
    let held = try await eventually(timeout: .seconds(20)) {
        last = try await client.get(Pod.self, name: name, namespace: "default")
        return last.map(condition) ?? false
    }
    return held ? last : nil
}
