import ArgumentParser
import DaemonSetCore
import Foundation
import KubeModel

/// Benchmarks that print tables. Figures depend on the machine: compare ratios, note the machine.
@main
struct DaemonryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daemonry-bench",
        abstract: "Daemonry benchmarks; each prints a table.",
        subcommands: [CoreBench.self])
}

/// `daemonry-bench core`: time to plan one sync of a large DaemonSet with the pure core.
struct CoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "core", abstract: "Time to plan a DaemonSet sync (fresh create, steady-state no-op, mid-rollout).")

    @Option(help: "Number of nodes.")
    var nodes = 10_000

    @Option(help: "Timed runs per scenario (after one warm-up run).")
    var iterations = 20

    func run() throws {
        let scenarios = CoreScenarios(nodeCount: nodes)
        print("DaemonSet core plan, \(nodes) nodes, \(iterations) runs each (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
        print(pad("scenario", 26) + pad("median", 12) + pad("p90", 12) + pad("min", 12) + "plan")
        for (name, input) in [
            ("fresh create", scenarios.fresh),
            ("steady-state no-op", scenarios.steady),
            ("mid-rollout at 10%", scenarios.midRollout),
        ] {
            var plan = DaemonSetSync.plan(input)
            var samples: [Duration] = []
            let clock = ContinuousClock()
            for _ in 0..<iterations {
                let start = clock.now
                plan = DaemonSetSync.plan(input)
                samples.append(clock.now - start)
            }
            samples.sort()
            let summary =
                "creates \(plan.podsToCreate.count), deletes \(plan.podsToDelete.count), status \(plan.status == nil ? "unchanged" : "written")"
            print(
                pad(name, 26) + pad(format(samples[samples.count / 2]), 12)
                    + pad(format(samples[min(samples.count - 1, samples.count * 9 / 10)]), 12)
                    + pad(format(samples[0]), 12) + summary)
        }
    }

    private func format(_ duration: Duration) -> String {
        let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.2f ms", milliseconds)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
