import ArgumentParser
import Foundation
import KubeRuntime

/// The entry point: the allocator's settings for a daemon first, then the command line.
@main
enum DaemonryMain {
    static func main() async {
        MallocTuning.apply()
        await Daemonry.main()
    }
}

/// The `daemonry` command: Kubernetes DaemonSets, implemented in Swift.
struct Daemonry: AsyncParsableCommand {
    /// The release this binary reports with `--version`.
    static let version = "0.1.0"

    /// This process's command line with the program's own name, as the data directory's lock records it.
    static var commandLine: String {
        (["daemonry"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
    }

    static let configuration = CommandConfiguration(
        commandName: "daemonry",
        abstract: "Kubernetes DaemonSets, implemented in Swift.",
        discussion: """
            Daemonry runs the apps/v1 DaemonSet controller against any Kubernetes API server, and an \
            embedded kubectl-compatible control plane with simulated nodes on one machine.
            """,
        version: version,
        subcommands: [
            UpCommand.self, RolloutCommand.self, Placement.self, APIServerCommand.self, ControllerCommand.self,
            SimulateCommand.self,
        ])
}
