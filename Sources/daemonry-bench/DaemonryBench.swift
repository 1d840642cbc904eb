import ArgumentParser
import DaemonSetCore
import Foundation
import KubeModel
import KubeRuntime

/// The entry point: the allocator's settings `daemonry` runs with (the API server benchmark runs the server
/// in this process), then the command line.
@main
enum DaemonryBenchMain {
    static func main() async {
        MallocTuning.apply()
        await DaemonryBench.main()
    }
}

/// Benchmarks that print tables. Figures depend on the machine: compare ratios, note the machine.
struct DaemonryBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daemonry-bench",
        abstract: "Daemonry benchmarks; each prints a table.",
        subcommands: [
            CoreBench.self, APIServerBench.self, ControllerBench.self, SimulatorBench.self, EndToEndBench.self,
        ])
}

/// `daemonry-bench core`: time to plan one sync of a large DaemonSet with the pure core.
struct CoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "core", abstract: "Time to plan a DaemonSet sync (fresh create, steady-state no-op, mid-rollout).")

    @Option(help: "Number of nodes.")
    var nodes = 10_000

    @Option(help: "Timed runs per scenario (after one warm-up run).")
    var iterations = 20

    @Option(help: "Run only the scenarios whose name contains this text (e.g. no-op), to profile one.")
    var only: String?

    func run() throws {
        let scenarios = CoreScenarios(nodeCount: nodes)
        print("DaemonSet core plan, \(nodes) nodes, \(iterations) runs each (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
        print(pad("scenario", 37) + pad("cpu median", 13) + pad("cpu min", 12) + pad("wall median", 13) + "plan")
        // A "resync" keeps a pod facts memo across runs, as the controller does per DaemonSet (the warm-up run
        // fills it); a "first sync" reads every pod, as after a restart.
        func plan(_ input: DaemonSetSyncInput, remembering: Bool = false) -> () -> DaemonSetSyncPlan {
            var input = input
            if remembering { input.podFacts = PodFactsMemo() }
            return { DaemonSetSync.plan(input) }
        }
        // What the controller's resync does besides planning: read the DaemonSet's pods from its informer store
        // through the controller-UID index.
        var steady = scenarios.steady
        steady.podFacts = PodFactsMemo()
        let informer = IndexedStore<Pod>(indexes: [.byControllerUID])
        for pod in steady.pods { informer.add(pod) }
        let uid = steady.daemonSet.metadata.uid
        let resyncFromInformer = { [steady] () -> DaemonSetSyncPlan in
            var input = steady
            input.pods = informer.byIndex(IndexName.controllerUID, uid)
            return DaemonSetSync.plan(input)
        }
        for (name, sync) in [
            ("fresh create", plan(scenarios.fresh)),
            ("steady-state no-op, first sync", plan(scenarios.steady)),
            ("steady-state no-op, resync", plan(scenarios.steady, remembering: true)),
            ("steady-state no-op, resync+informer", resyncFromInformer),
            ("mid-rollout at 10%, first sync", plan(scenarios.midRollout)),
            ("mid-rollout at 10%, resync", plan(scenarios.midRollout, remembering: true)),
        ] where only.map({ name.contains($0) }) ?? true {
            var plan = sync()
            var wall: [Double] = []
            var cpu: [Double] = []
            for _ in 0..<iterations {
                let (wallStart, cpuStart) = (Self.wallSeconds(), Self.threadCPUSeconds())
                plan = sync()
                cpu.append(Self.threadCPUSeconds() - cpuStart)
                wall.append(Self.wallSeconds() - wallStart)
            }
            cpu.sort()
            wall.sort()
            let summary =
                "creates \(plan.podsToCreate.count), deletes \(plan.podsToDelete.count), status \(plan.status == nil ? "unchanged" : "written")"
            print(
                pad(name, 37) + pad(format(cpu[cpu.count / 2]), 13) + pad(format(cpu[0]), 12)
                    + pad(format(wall[wall.count / 2]), 13) + summary)
        }
    }

    private func format(_ seconds: Double) -> String {
        String(format: "%.2f ms", seconds * 1000)
    }

    /// CPU time of this thread: what a sync costs, even when other processes share the cores.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func wallSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
