import ArgumentParser
import Foundation
import KubeClient
import KubeModel
import KubeRuntime
import KubeTestSupport

/// `daemonry-bench e2e`: `daemonry up` with simulated nodes as one process, driven over HTTPS: a DaemonSet
/// to Ready on every node, a rolling update, the latency from a node added to its daemon pod Running, and
/// the process's memory, each against its DESIGN.md target.
struct EndToEndBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "e2e",
        abstract: "daemonry up: DaemonSet Ready on every node, rolling update, new node to Running, memory.")

    @OptionGroup
    var options: UpBenchOptions

    @Option(name: .customLong("new-nodes"), help: "Nodes added one at a time for the new-node latency.")
    var newNodes = 50

    @Option(name: .customLong("max-unavailable"), help: "The rolling update's maxUnavailable.")
    var maxUnavailable = "10%"

    func run() async throws {
        let (nodes, newNodes, maxUnavailable, timeout) = (options.nodes, newNodes, maxUnavailable, options.timeout)
        let title =
            "daemonry-bench e2e: daemonry up with \(nodes) simulated nodes, "
            + "\(ProcessInfo.processInfo.activeProcessorCount) cores shared with the benchmark"
        try await options.withReadyNodes(name: "up", flags: [], title: title) { up, _, cluster, report in
            let scenarios = EndToEndScenarios(
                cluster: cluster, up: up, nodes: nodes, maxUnavailable: maxUnavailable, timeout: .seconds(timeout))
            try await scenarios.daemonSetReady(report)
            let rolling = try await scenarios.rollingUpdate(report)
            try await scenarios.progressiveRollout(report, against: rolling)
            try await scenarios.newNodeLatency(count: newNodes, report)
            guard let usage = up.usage else { throw up.failure("exited") }
            report.add(.residentMemory("up resident memory (\(nodes) nodes and pods)", usage, limit: ("< 1 GB", 1 << 30)))
        }
    }
}

/// The end-to-end phases, each adding its row.
struct EndToEndScenarios: Sendable {
    let cluster: BenchCluster
    let up: DaemonryProcess
    let nodes: Int
    let maxUnavailable: String
    let timeout: Duration

    static let name = "agent"

    /// Creates the DaemonSet and times it to Ready on every node with its status exact; `targetSeconds` is
    /// DESIGN.md's for `up` with its own simulator (nil: no target for this setup).
    func daemonSetReady(_ report: Report, targetSeconds: Double? = 10) async throws {
        let cpuBefore = up.usage?.cpuSeconds ?? 0
        let created = try await cluster.client.create(
            BenchCluster.daemonSet(Self.name, image: "registry.k8s.io/pause:3.9", maxUnavailable: maxUnavailable))
        try await timeRollout(
            of: created.metadata.generation, phase: "DaemonSet Ready", scenario: "DaemonSet create to Ready on \(nodes) nodes",
            targetSeconds: targetSeconds, cpuBefore: cpuBefore, report)
    }

    /// Changes the image and times the rollout until every pod is updated and Ready; returns the seconds.
    @discardableResult
    func rollingUpdate(_ report: Report) async throws -> Double {
        let cpuBefore = up.usage?.cpuSeconds ?? 0
        let patch: JSONValue = [
            "spec": ["template": ["spec": ["containers": [["name": .string(Self.name), "image": "registry.k8s.io/pause:3.10"]]]]]
        ]
        let patched = try await cluster.client.patch(
            DaemonSet.self, name: Self.name, namespace: BenchCluster.namespace, patch: .merge(patch))
        return try await timeRollout(
            of: patched.metadata.generation, phase: "rolling update", scenario: "rolling update, maxUnavailable \(maxUnavailable)",
            targetSeconds: 20, cpuBefore: cpuBefore, report)
    }

    /// Turns the DaemonSet into a progressive rollout by zone (OnDelete, the driver deleting old pods wave by wave
    /// within the same maxUnavailable) with the image changed back, and times it against `rolling` seconds: the
    /// issue's target is at most 1.2 times the rolling update.
    func progressiveRollout(_ report: Report, against rolling: Double) async throws {
        let cpuBefore = up.usage?.cpuSeconds ?? 0
        let patch: JSONValue = [
            "metadata": [
                "annotations": [
                    "rollout.daemonry.io/progressive": "true", "rollout.daemonry.io/waves-by": "topology.kubernetes.io/zone",
                    "rollout.daemonry.io/max-unavailable": .string(maxUnavailable),
                ]
            ],
            "spec": [
                "updateStrategy": ["type": "OnDelete", "rollingUpdate": .null],
                "template": ["spec": ["containers": [["name": .string(Self.name), "image": "registry.k8s.io/pause:3.9"]]]],
            ],
        ]
        let patched = try await cluster.client.patch(
            DaemonSet.self, name: Self.name, namespace: BenchCluster.namespace, patch: .merge(patch))
        let seconds = try await cluster.waitForDaemonSet(Self.name, "progressive rollout", timeout: timeout) {
            BenchCluster.isRolledOut($0, generation: patched.metadata.generation, nodes: nodes)
        }
        let ratio = seconds / max(rolling, 0.001)
        report.add(
            BenchRow(
                scenario: "progressive rollout, waves by zone, \(maxUnavailable)", result: String(format: "%.2f s", seconds),
                latency: String(format: "up used %.1f CPU s", (up.usage?.cpuSeconds ?? 0) - cpuBefore),
                target: String(format: "≤ 1.2x rolling update (%.2fx, ", ratio) + (ratio <= 1.2 ? "met)" : "not met)")))
    }

    /// Waits until `generation` of the DaemonSet is rolled out on every node and adds the row: the time,
    /// the CPU `up` used since `cpuBefore`, and the target.
    @discardableResult
    private func timeRollout(
        of generation: Int64, phase: String, scenario: String, targetSeconds: Double?, cpuBefore: Double, _ report: Report
    ) async throws -> Double {
        let seconds = try await cluster.waitForDaemonSet(Self.name, phase, timeout: timeout) {
            BenchCluster.isRolledOut($0, generation: generation, nodes: nodes)
        }
        report.add(
            BenchRow(
                scenario: scenario, result: String(format: "%.2f s", seconds),
                latency: String(format: "up used %.1f CPU s", (up.usage?.cpuSeconds ?? 0) - cpuBefore),
                target: targetSeconds.map { String(format: "< %.0f s", $0) + (seconds < $0 ? " (met)" : " (not met)") } ?? ""))
        return seconds
    }

    /// Adds `count` nodes one at a time and times each from its create request to its daemon pod Running,
    /// seen by a pod informer on the namespace.
    func newNodeLatency(count: Int, _ report: Report) async throws {
        guard count > 0 else { return }
        let waiting = Locked<[String: ContinuousClock.Instant]>([:])
        let latencies = Locked<[String: Double]>([:])
        let pods = Informer<Pod, Pod>(source: KubeListerWatcher<Pod>(client: cluster.client, namespace: BenchCluster.namespace))
        let observe: @Sendable (Pod) -> Void = { pod in
            guard pod.status.phase == "Running", let created = waiting.mutate({ $0.removeValue(forKey: pod.spec.nodeName) })
            else { return }
            latencies.mutate { $0[pod.spec.nodeName] = (ContinuousClock.now - created).seconds }
        }
        pods.addEventHandler(InformerEventHandler(onAdd: observe, onUpdate: { _, pod in observe(pod) }))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pods.run() }
            defer { group.cancelAll() }
            await pods.waitForSync()
            for index in 0..<count {
                let name = "bench-added-\(index)"
                // As a user adds one with kubectl: up simulates every node, annotated or not.
                let node = Node(
                    name: name, labels: ["kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64"])
                waiting.mutate { $0[name] = ContinuousClock.now }
                _ = try await cluster.client.create(node)
                _ = try await cluster.wait("node \(index + 1)/\(count) to daemon pod Running", timeout: timeout, interval: .milliseconds(5)) {
                    (latencies.value[name] != nil, name)
                }
                // Nodes arrive apart, as they do in a cluster, not as one burst.
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        let samples = Latencies(samples: Array(latencies.value.values))
        let p99 = samples.percentile(0.99)
        report.add(
            BenchRow(
                scenario: "node added to daemon pod Running (\(count) nodes)", result: samples.summary,
                latency: String(format: "max %.1f ms, while %d nodes heartbeat", (samples.samples.max() ?? 0) * 1000, nodes),
                target: nodes >= 10_000
                    ? "p99 < 1 s while 10,000 heartbeat" + (p99 < 1 ? " (met)" : " (not met)")
                    : "p99 < 100 ms idle" + (p99 < 0.1 ? " (met)" : " (not met)")))
    }
}
