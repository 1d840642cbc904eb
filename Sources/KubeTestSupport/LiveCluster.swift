import Foundation
import KubeClient
import Logging
import ServiceLifecycle

/// Runs `body` with a real embedded API server (`withCluster`), an admin `KubeClient` for it, and the
/// `services` built on that client (controllers, a scheduler, simulated nodes) running until `body` returns;
/// they are then shut down gracefully and a failure of either is thrown.
public func withLiveCluster(
    services: @escaping @Sendable (KubeClient) -> [any Service] = { _ in [] },
    _ body: @escaping @Sendable (KubeClient) async throws -> Void
) async throws {
    try await withTemporaryDirectory { directory in
        try await withCluster(dataDirectory: directory) { cluster in
            let config = try RESTConfig.load(kubeconfig: cluster.server.listening.kubeconfigPath, environment: [:])
            try await KubeClient.withClient(config: config) { client in
                var logger = Logger(label: "test.live-cluster")
                logger.logLevel = .warning
                let group = ServiceGroup(
                    configuration: ServiceGroupConfiguration(services: services(client), logger: logger))
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
