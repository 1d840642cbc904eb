import ArgumentParser
import Foundation
import KubeClient
import KubeModel
import KubeRuntime
import KubeTestSupport

/// `daemonry-bench controller`: the DaemonSet controller as its own process (`daemonry controller` over
/// HTTPS) against `daemonry up --no-controller` with simulated nodes: how fast it creates a pod per node, its
/// resident memory, and its CPU while every node renews its Lease. Everything shares the machine's cores.
struct ControllerBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controller",
        abstract: "External DaemonSet controller: DaemonSet create to a pod per node, memory, CPU while nodes heartbeat.")

    @OptionGroup
    var options: UpBenchOptions

    @Option(name: .customLong("steady-seconds"), help: "Seconds of the steady window CPU is measured over.")
    var steadySeconds = 60

    @Option(
        name: .customLong("controller-arg"), parsing: .unconditionalSingleValue,
        help: "An extra argument for daemonry controller (repeatable), e.g. --controller-arg=--kube-api-qps=0.")
    var controllerArguments: [String] = []

    func run() async throws {
        let (nodes, steadySeconds, timeout, controllerArguments) = (
            options.nodes, steadySeconds, options.timeout, controllerArguments
        )
        let title =
            "daemonry-bench controller: daemonry controller (its own process) against daemonry up --no-controller, "
            + "\(nodes) simulated nodes, \(ProcessInfo.processInfo.activeProcessorCount) cores shared by all"
        try await options.withReadyNodes(name: "up --no-controller", flags: ["--no-controller"], title: title) {
            up, kubeconfig, cluster, report in
            let controllerArguments =
                ["controller", "--kubeconfig", kubeconfig, "--metrics-address", "127.0.0.1:0", "--log-level", "info"]
                + controllerArguments
            try await DaemonryProcess.withProcess("controller", arguments: controllerArguments, directory: up.directory) {
                controller in
                let synced = try await controller.waitForLog("caches synced", timeout: .seconds(timeout))
                report.add(
                    BenchRow(
                        scenario: "controller caches synced after start", result: String(format: "%.1f s", synced),
                        latency: controller.usage.map { "controller " + $0.memorySummary } ?? "", target: ""))
                let scenarios = ControllerScenarios(
                    cluster: BenchCluster(
                        client: cluster.client, nodes: cluster.nodes, nodeUpdates: cluster.nodeUpdates,
                        processes: [up, controller]),
                    up: up, controller: controller, nodes: nodes, timeout: .seconds(timeout))
                try await scenarios.createToPods(report)
                try await scenarios.steadyState(seconds: steadySeconds, report)
            }
        }
    }
}

/// The controller benchmark's phases, each adding its rows.
struct ControllerScenarios: Sendable {
    let cluster: BenchCluster
    let up: DaemonryProcess
    let controller: DaemonryProcess
    let nodes: Int
    let timeout: Duration

    /// Creates a DaemonSet and times the pods appearing (a pod informer on the namespace counts them),
    /// then the DaemonSet's status becoming exact with every pod Ready.
    func createToPods(_ report: Report) async throws {
        let pods = Informer<Pod, String>(
            source: KubeListerWatcher<Pod>(client: cluster.client, namespace: BenchCluster.namespace),
            transform: { $0.key }, key: { $0 })
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pods.run() }
            defer { group.cancelAll() }
            await pods.waitForSync()
            let created = try await cluster.client.create(
                BenchCluster.daemonSet("agent", image: "registry.k8s.io/pause:3.10", maxUnavailable: "10%"))
            let start = ContinuousClock.now
            let allCreated = try await cluster.wait("pods created", timeout: timeout, interval: .milliseconds(20)) {
                (pods.store.count >= nodes, "\(pods.store.count)/\(nodes)")
            }
            let cpuAfterCreates = controller.usage
            report.add(
                BenchRow(
                    scenario: "DaemonSet create to \(nodes) pods created", result: String(format: "%.2f s", allCreated),
                    latency: String(format: "%.0f pods/s", Double(nodes) / allCreated),
                    target: "< 30 s" + (allCreated < 30 ? " (met)" : " (not met)")))
            let generation = created.metadata.generation
            _ = try await cluster.waitForDaemonSet("agent", "all Ready, status exact", timeout: timeout) {
                BenchCluster.isRolledOut($0, generation: generation, nodes: nodes)
            }
            let allReady = (ContinuousClock.now - start).seconds
            report.add(
                BenchRow(
                    scenario: "DaemonSet create to all Ready, status exact", result: String(format: "%.2f s", allReady),
                    latency: cpuAfterCreates.map { String(format: "controller CPU %.1f s so far", $0.cpuSeconds) } ?? "",
                    target: ""))
        }
    }

    /// Lets the cluster settle, then measures the controller's (and up's) CPU over `seconds` while every
    /// node renews its Lease, and both processes' memory.
    func steadyState(seconds: Int, _ report: Report) async throws {
        try await Task.sleep(for: .seconds(5))
        guard let controllerBefore = controller.usage, let upBefore = up.usage else { throw controller.failure("exited") }
        let updatesBefore = cluster.nodeUpdates.value
        let start = ContinuousClock.now
        _ = try await cluster.wait("steady window", timeout: .seconds(seconds + 60), interval: .seconds(1)) {
            let elapsed = (ContinuousClock.now - start).seconds
            return (elapsed >= Double(seconds), "\(Int(elapsed))/\(seconds) s")
        }
        let elapsed = (ContinuousClock.now - start).seconds
        guard let controllerAfter = controller.usage, let upAfter = up.usage else { throw controller.failure("exited") }
        let updates = cluster.nodeUpdates.value - updatesBefore
        let controllerPerMinute = (controllerAfter.cpuSeconds - controllerBefore.cpuSeconds) / elapsed * 60
        let upPerMinute = (upAfter.cpuSeconds - upBefore.cpuSeconds) / elapsed * 60
        report.add(
            BenchRow(
                scenario: "controller CPU, steady (\(Int(elapsed)) s window)",
                result: String(format: "%.2f CPU s/min", controllerPerMinute),
                latency: "\(updates) node updates seen in the window", target: ""))
        report.add(
            BenchRow(
                scenario: "up --no-controller CPU, same window", result: String(format: "%.1f CPU s/min", upPerMinute),
                latency: String(format: "%.0f%% of one core", upPerMinute / 60 * 100), target: ""))
        report.add(.residentMemory("controller resident memory", controllerAfter, limit: ("< 200 MB", 200 << 20)))
        report.add(.residentMemory("up --no-controller resident memory", upAfter))
    }
}
