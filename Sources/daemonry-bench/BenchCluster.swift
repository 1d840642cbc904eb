import ArgumentParser
import Foundation
import KubeClient
import KubeModel
import KubeRuntime
import Logging

/// A running cluster seen by a benchmark: an admin client, a node informer, and the waits the benchmarks
/// time. Waits poll cheap reads (one DaemonSet) or the informer's store, never full lists.
struct BenchCluster: Sendable {
    /// Where the benchmarks create their objects.
    static let namespace = "bench"

    let client: KubeClient
    /// Every node, reduced to its readiness.
    let nodes: Informer<Node, NodeReadiness>
    /// Node updates seen since the informer synced: status writes and heartbeats reaching watchers.
    let nodeUpdates: Counter
    /// The processes whose exit ends every wait early.
    let processes: [DaemonryProcess]

    /// A node's name and whether its Ready condition is True.
    struct NodeReadiness: Sendable {
        var name: String
        var ready: Bool
    }

    /// Runs `body` with an unthrottled client for `kubeconfig` (the benchmark's reads must never queue
    /// behind its own rate limit) and a running node informer.
    static func with<T: Sendable>(
        kubeconfig: String, processes: [DaemonryProcess], _ body: @Sendable (BenchCluster) async throws -> T
    ) async throws -> T {
        let config = try RESTConfig.load(kubeconfig: kubeconfig)
        var configuration = KubeClient.Configuration()
        configuration.qps = 0
        var logger = Logger(label: "daemonry-bench")
        logger.logLevel = .warning
        return try await KubeClient.withClient(config: config, configuration: configuration, logger: logger) { client in
            let nodes = Informer<Node, NodeReadiness>(
                source: KubeListerWatcher<Node>(client: client),
                transform: { NodeReadiness(name: $0.metadata.name, ready: $0.condition("Ready")?.status == "True") },
                key: \.name, logger: logger)
            let cluster = BenchCluster(client: client, nodes: nodes, nodeUpdates: Counter(), processes: processes)
            nodes.addEventHandler(InformerEventHandler(onUpdate: { _, _ in cluster.nodeUpdates.increment() }))
            return try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await nodes.run() }
                defer { group.cancelAll() }
                return try await body(cluster)
            }
        }
    }

    /// Creates the benchmark's namespace.
    func createNamespace() async throws {
        _ = try await client.create(Namespace(name: Self.namespace))
    }

    /// Waits until `count` nodes are Ready, creates the benchmark's namespace, and returns the row: the time
    /// since `process`, which makes the nodes, started, with its memory then.
    func nodesReady(_ count: Int, madeBy process: DaemonryProcess, timeout: Duration) async throws -> BenchRow {
        let seconds = try await waitForReadyNodes(count, timeout: timeout)
        try await createNamespace()
        return BenchRow(
            scenario: "\(count) nodes Ready after \(process.name) starts", result: String(format: "%.1f s", seconds),
            latency: process.usage.map { "\(process.name) " + $0.memorySummary } ?? "", target: "")
    }

    /// Waits until `count` nodes are Ready; returns the seconds waited.
    func waitForReadyNodes(_ count: Int, timeout: Duration) async throws -> Double {
        try await wait("nodes Ready", timeout: timeout) {
            let ready = nodes.store.list().count(where: \.ready)
            return (ready >= count, "\(ready)/\(count)")
        }
    }

    /// Polls DaemonSet `name` every 50 ms until `done` holds for it; returns the seconds waited.
    func waitForDaemonSet(
        _ name: String, _ what: String, timeout: Duration, until done: @escaping @Sendable (DaemonSet) -> Bool
    ) async throws -> Double {
        try await wait(what, timeout: timeout, interval: .milliseconds(50)) {
            let daemonSet = try await client.get(DaemonSet.self, name: name, namespace: Self.namespace)
            let status = daemonSet.status
            return (
                done(daemonSet),
                "desired \(status.desiredNumberScheduled), current \(status.currentNumberScheduled), "
                    + "updated \(status.updatedNumberScheduled), ready \(status.numberReady), "
                    + "generation \(status.observedGeneration)/\(daemonSet.metadata.generation)"
            )
        }
    }

    /// Checks `condition` every `interval` until it holds, printing its progress to standard error every
    /// second; throws after `timeout`, or as soon as a benchmarked process has exited.
    func wait(
        _ what: String, timeout: Duration, interval: Duration = .milliseconds(100),
        _ condition: () async throws -> (done: Bool, progress: String)
    ) async throws -> Double {
        let start = ContinuousClock.now
        var reported = start
        while true {
            let (done, progress) = try await condition()
            let now = ContinuousClock.now
            if done {
                Self.progress("\(what): \(progress) after \(String(format: "%.2f s", (now - start).seconds))")
                return (now - start).seconds
            }
            for process in processes { try process.checkRunning() }
            if now - start > timeout { throw ValidationError("\(what): timed out after \(timeout) at \(progress)") }
            if now - reported >= .seconds(1) {
                reported = now
                Self.progress("\(what): \(progress) (\(Int((now - start).seconds)) s)")
            }
            try await Task.sleep(for: interval)
        }
    }

    /// A progress line on standard error, so the table on standard output stays clean.
    static func progress(_ text: String) {
        FileHandle.standardError.write(Data("  \(text)\n".utf8))
    }

    /// A DaemonSet on every node, rolling updates at `maxUnavailable`, pods with no start-up delay.
    static func daemonSet(_ name: String, image: String, maxUnavailable: String) -> DaemonSet {
        var daemonSet = DaemonSet()
        daemonSet.metadata = ObjectMeta(name: name, namespace: namespace)
        daemonSet.spec.selector = LabelSelector(matchLabels: ["app": name])
        daemonSet.spec.template.metadata.labels = ["app": name]
        daemonSet.spec.template.spec.containers = [Container(name: name, image: image)]
        let unavailable: IntOrString = Int32(maxUnavailable).map { .int($0) } ?? .string(maxUnavailable)
        daemonSet.spec.updateStrategy = DaemonSetUpdateStrategy(
            type: "RollingUpdate", rollingUpdate: RollingUpdateDaemonSet(maxUnavailable: unavailable))
        return daemonSet
    }

    /// Whether the DaemonSet's status is exact for `generation` with every one of `nodes` pods updated,
    /// Ready and available: what `kubectl rollout status` waits for, and more.
    static func isRolledOut(_ daemonSet: DaemonSet, generation: Int64, nodes: Int) -> Bool {
        let status = daemonSet.status
        let count = Int32(clamping: nodes)
        return status.observedGeneration >= generation && status.desiredNumberScheduled == count
            && status.currentNumberScheduled == count && status.updatedNumberScheduled == count
            && status.numberReady == count && status.numberAvailable == count && status.numberMisscheduled == 0
            && status.numberUnavailable == 0
    }
}
