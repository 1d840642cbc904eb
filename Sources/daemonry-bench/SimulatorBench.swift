import ArgumentParser
import Foundation
import KubeClient
import KubeModel
import KubeRuntime
import KubeTestSupport

/// `daemonry-bench simulator`: the node simulator as its own process (`daemonry simulate` over HTTPS, as
/// against any cluster) creating and running every node of `daemonry up --no-simulator`: how fast its nodes
/// become Ready, a DaemonSet to Ready on all of them, its CPU while every node renews its Lease, and its
/// resident memory against the DESIGN.md target.
struct SimulatorBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulator",
        abstract: "External node simulator: nodes Ready, DaemonSet Ready on every node, CPU while heartbeating, memory.")

    @OptionGroup
    var options: UpBenchOptions

    @Option(name: .customLong("steady-seconds"), help: "Seconds of the steady window CPU is measured over.")
    var steadySeconds = 30

    func run() async throws {
        let (nodes, steadySeconds, timeout) = (options.nodes, steadySeconds, options.timeout)
        let title =
            "daemonry-bench simulator: daemonry simulate (its own process) with \(nodes) nodes against daemonry up "
            + "--no-simulator, \(ProcessInfo.processInfo.activeProcessorCount) cores shared by all"
        try await options.withUp(name: "up --no-simulator", flags: ["--no-simulator"], title: title) { up, kubeconfig, report in
            let arguments = [
                "simulate", "--kubeconfig", kubeconfig, "--nodes", String(nodes), "--name-prefix", "sim-node",
                "--manage-all-nodes", "--log-level", "warning",
            ]
            try await DaemonryProcess.withProcess("simulate", arguments: arguments, directory: up.directory) { simulator in
                try await BenchCluster.with(kubeconfig: kubeconfig, processes: [up, simulator]) { cluster in
                    report.add(try await cluster.nodesReady(nodes, madeBy: simulator, timeout: .seconds(timeout)))
                    let scenarios = EndToEndScenarios(
                        cluster: cluster, up: up, nodes: nodes, maxUnavailable: "10%", timeout: .seconds(timeout))
                    let cpuBefore = simulator.usage?.cpuSeconds ?? 0
                    try await scenarios.daemonSetReady(report, targetSeconds: nil)
                    report.add(
                        BenchRow(
                            scenario: "simulate CPU in that phase",
                            result: String(format: "%.1f CPU s", (simulator.usage?.cpuSeconds ?? 0) - cpuBefore),
                            latency: "\(nodes) pods started", target: ""))
                    try await steadyState(simulator: simulator, up: up, seconds: steadySeconds, report)
                }
            }
        }
    }

    /// Measures the simulator's CPU over `seconds` once the pods have settled, while every node renews its
    /// Lease, then its memory and `up`'s.
    private func steadyState(simulator: DaemonryProcess, up: DaemonryProcess, seconds: Int, _ report: Report) async throws {
        try await Task.sleep(for: .seconds(5))
        guard let before = simulator.usage else { throw simulator.failure("exited") }
        let start = ContinuousClock.now
        while ContinuousClock.now - start < .seconds(seconds) {
            try simulator.checkRunning()
            try await Task.sleep(for: .seconds(1))
        }
        let elapsed = (ContinuousClock.now - start).seconds
        guard let after = simulator.usage, let upAfter = up.usage else { throw simulator.failure("exited") }
        let perMinute = (after.cpuSeconds - before.cpuSeconds) / elapsed * 60
        report.add(
            BenchRow(
                scenario: "simulate CPU, steady (\(Int(elapsed)) s window)", result: String(format: "%.1f CPU s/min", perMinute),
                latency: String(format: "%.0f%% of one core, every node heartbeating", perMinute / 60 * 100), target: ""))
        report.add(.residentMemory("simulate resident memory", after, limit: ("< 300 MB", 300 << 20)))
        report.add(.residentMemory("up --no-simulator resident memory", upAfter))
    }
}
