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
    try await withTemporaryDirectory { directory in
        try await withCluster(dataDirectory: directory) { cluster in
            let config = try RESTConfig.load(kubeconfig: cluster.server.listening.kubeconfigPath, environment: [:])
            try await KubeClient.withClient(config: config) { client in
                var logger = Logger(label: "test.simulator")
                logger.logLevel = .warning
                var configuration = NodeSimulatorConfiguration()
                configuration.nodeCount = nodes
                configuration.namePrefix = "sim"
                configuration.leaseRenewInterval = .milliseconds(300)
                configuration.crashLoopInterval = .milliseconds(200)
                configure(&configuration)
                let simulator = NodeSimulator(client: client, configuration: configuration, logger: logger)
                let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [simulator], logger: logger))
                try await withThrowingTaskGroup(of: Void.self) { tasks in
                    tasks.addTask { try await group.run() }
                    let result: Result<Void, any Error>
                    do {
                        result = .success(try await body(client))
                    } catch {
                        result = .failure(error)
                    }
                    await group.triggerGracefulShutdown()
                    try await tasks.waitForAll()
                    try result.get()
                }
            }
        }
    }
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
