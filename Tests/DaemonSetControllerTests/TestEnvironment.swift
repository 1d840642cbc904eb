import DaemonSetController
import DaemonSetCore
import Foundation
import KubeClient
import KubeModel
import KubeRuntime
import KubeTestSupport
import Logging
import Prometheus

/// A real API server (HTTPS, SQLite) with an admin client and a fake kubelet, and helpers to read what
/// the controller did through the API.
struct TestEnvironment: Sendable {
    let cluster: RunningCluster
    let client: KubeClient
    let config: RESTConfig
    let kubelet: FakeKubelet

    /// Runs `body` against a fresh cluster; the kubelet runs until `body` returns.
    static func run(_ body: (TestEnvironment) async throws -> Void) async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let config = try RESTConfig.load(kubeconfig: cluster.server.listening.kubeconfigPath, environment: [:])
                try await KubeClient.withClient(config: config) { client in
                    let kubelet = FakeKubelet(client: client)
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask { await kubelet.run() }
                        try await body(TestEnvironment(cluster: cluster, client: client, config: config, kubelet: kubelet))
                        group.cancelAll()
                    }
                }
            }
        }
    }

    /// Runs a controller while `body` runs; cancelling it afterwards is a crash as far as the server can tell.
    func withController<T: Sendable>(
        _ configuration: DaemonSetController.Configuration = DaemonSetController.Configuration(),
        client: KubeClient? = nil, registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
        _ body: (DaemonSetController) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: "test.daemonset-controller")
        logger.logLevel = .warning
        let factory = PrometheusMetricsFactory.kubeRuntime(registry: registry)
        let controller = DaemonSetController(
            client: client ?? self.client, configuration: configuration, metricsFactory: factory, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await controller.run() }
            let result = try await body(controller)
            group.cancelAll()
            return result
        }
    }

    // MARK: Writing

    /// Creates the nodes.
    func create(_ nodes: [Node]) async throws {
        for node in nodes { _ = try await client.create(node) }
    }

    /// Creates `daemonSet` and returns it as stored.
    @discardableResult
    func create(_ daemonSet: DaemonSet) async throws -> DaemonSet {
        try await client.create(daemonSet)
    }

    /// Changes the DaemonSet `name` with `change`, retrying on conflicts.
    @discardableResult
    func updateDaemonSet(_ name: String, _ change: (inout DaemonSet) -> Void) async throws -> DaemonSet {
        try await retryOnConflict {
            var daemonSet = try await client.get(DaemonSet.self, name: name, namespace: Fixtures.namespace)
            change(&daemonSet)
            return try await client.update(daemonSet)
        }
    }

    /// Changes the node `name` with `change`, retrying on conflicts.
    @discardableResult
    func updateNode(_ name: String, _ change: (inout Node) -> Void) async throws -> Node {
        try await retryOnConflict {
            var node = try await client.get(Node.self, name: name)
            change(&node)
            return try await client.update(node)
        }
    }

    // MARK: Reading

    /// The DaemonSet `name` as stored.
    func daemonSet(_ name: String) async throws -> DaemonSet {
        try await client.get(DaemonSet.self, name: name, namespace: Fixtures.namespace)
    }

    /// The pods labelled `app=<name>` that are not being deleted.
    func pods(of name: String) async throws -> [Pod] {
        try await client.list(Pod.self, namespace: Fixtures.namespace, options: ListOptions(labelSelector: "app=" + name))
            .items.filter { $0.metadata.deletionTimestamp == nil }
    }

    /// The node of each live pod of `name`, sorted: a node listed twice has two pods.
    func podNodes(of name: String) async throws -> [String] {
        try await pods(of: name).map { DaemonPod.targetNodeName(of: $0) ?? "?" }.sorted()
    }

    /// The ControllerRevisions labelled `app=<name>`, by revision number.
    func revisions(of name: String) async throws -> [ControllerRevision] {
        try await client.list(
            ControllerRevision.self, namespace: Fixtures.namespace, options: ListOptions(labelSelector: "app=" + name)
        ).items.sorted { $0.revision < $1.revision }
    }
}


