import ArgumentParser
import Foundation
import KubeTestSupport

/// What the benchmarks that run `daemonry up` with simulated nodes share: their options, and starting
/// `up` until its nodes are Ready.
struct UpBenchOptions: ParsableArguments {
    @Option(help: "Simulated nodes.")
    var nodes = 10_000

    @Option(help: "Seconds each phase may take before the benchmark gives up.")
    var timeout = 600

    @Option(
        name: .customLong("up-arg"), parsing: .unconditionalSingleValue,
        help: "An extra argument for daemonry up (repeatable), e.g. --up-arg=--kube-api-qps=200.")
    var upArguments: [String] = []

    /// Starts `daemonry up` (plus `flags`) on a temporary data directory, prints `title`, waits until its
    /// nodes are Ready (the report's first row), creates the benchmark's namespace, then runs `body` with
    /// `up`, its kubeconfig, the cluster and the report. The report is printed even when a phase fails,
    /// with the rows measured before it.
    func withReadyNodes(
        name: String, flags: [String], title: String,
        _ body: @Sendable (DaemonryProcess, String, BenchCluster, Report) async throws -> Void
    ) async throws {
        let (nodes, timeout) = (nodes, timeout)
        try await withUp(name: name, flags: flags, title: title) { up, kubeconfig, report in
            try await BenchCluster.with(kubeconfig: kubeconfig, processes: [up]) { cluster in
                report.add(try await cluster.nodesReady(nodes, madeBy: up, timeout: .seconds(timeout)))
                try await body(up, kubeconfig, cluster, report)
            }
        }
    }

    /// Starts `daemonry up --nodes N` (plus `flags`; no `--nodes` with `--no-simulator`) on a temporary data directory, prints `title`, and runs
    /// `body` with `up` once it listens, its kubeconfig, and the report, which is printed however `body` ends.
    func withUp(
        name: String, flags: [String], title: String,
        _ body: @Sendable (DaemonryProcess, String, Report) async throws -> Void
    ) async throws {
        let (nodes, upArguments) = (nodes, upArguments)
        try await withTemporaryDirectory { directory in
            // Without its simulator, up creates no nodes (daemonry simulate does).
            let nodeArguments = flags.contains("--no-simulator") ? [] : ["--nodes", String(nodes)]
            let arguments =
                [
                    "up", "--data-dir", directory + "/data", "--listen", "127.0.0.1:0", "--metrics-address", "127.0.0.1:0",
                    "--log-level", "warning",
                ] + nodeArguments + flags + upArguments
            try await DaemonryProcess.withProcess(name, arguments: arguments, directory: directory) { up in
                let kubeconfig = try await up.kubeconfig()
                let report = Report()
                print(title)
                defer { report.print() }
                try await body(up, kubeconfig, report)
            }
        }
    }
}
