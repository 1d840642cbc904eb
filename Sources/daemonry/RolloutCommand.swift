import ArgumentParser
import DaemonSetCore
import Foundation
import KubeClient
import KubeModel
import ProgressiveRollouts

/// `daemonry rollout ...` (also `kubectl daemonry rollout ...` through a `kubectl-daemonry` link on PATH): steer
/// a DaemonSet's progressive rollout on any cluster.
struct RolloutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollout",
        abstract: "Steer a progressive DaemonSet rollout: status, pause, resume, promote, undo, plan.",
        discussion: """
            The DaemonSet must use updateStrategy OnDelete and carry rollout.daemonry.io/progressive: "true"; \
            the rollout driver (in daemonry up, or daemonry controller) deletes its old pods in order. Link the \
            binary as kubectl-daemonry on PATH to run these as kubectl daemonry rollout ...
            """,
        subcommands: [Status.self, Pause.self, Resume.self, Promote.self, Undo.self, Plan.self])

    /// What every subcommand takes: the DaemonSet and how to reach the cluster.
    struct Target: ParsableArguments {
        @Argument(help: "The DaemonSet, as TYPE/NAME (ds/agent) or NAME.")
        var target: String

        @Option(name: [.short, .customLong("namespace")], help: "The DaemonSet's namespace (default: the context's).")
        var namespace: String?

        @Option(help: "Path to the kubeconfig file (default: KUBECONFIG, ~/.kube/config, or in-cluster).")
        var kubeconfig: String?

        @Option(help: "The kubeconfig context to use (default: the current context).")
        var context: String?

        /// The DaemonSet's name: `ds/NAME`, `daemonset/NAME`, `daemonsets.apps/NAME` or `NAME`.
        func name() throws -> String {
            let parts = target.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return target }
            guard ["ds", "daemonset", "daemonsets", "daemonset.apps", "daemonsets.apps"].contains(parts[0].lowercased()) else {
                throw ValidationError("\(target): only daemonsets have progressive rollouts")
            }
            return parts[1]
        }

        /// Runs `body` with the actions, the DaemonSet's name and namespace.
        func run(_ body: (RolloutActions, String, String) async throws -> Void) async throws {
            let name = try name()
            let config = try RESTConfig.load(kubeconfig: kubeconfig, context: context)
            let namespace = namespace ?? config.namespace
            try await KubeClient.withClient(config: config) { client in
                do {
                    try await body(RolloutActions(client: client), name, namespace)
                } catch let error as KubeClientError {
                    throw ValidationError(error.message)
                } catch let error as RolloutActionError {
                    throw ValidationError(error.description)
                }
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the rollout's state; with --watch, follow it until it completes or fails.")

        @OptionGroup var target: Target

        @Flag(name: [.short, .long], help: "Follow the rollout until it completes or fails.")
        var watch = false

        @Option(help: "With --watch, how long to wait (a duration such as 5m; 0: no limit).")
        var timeout = "0"

        func run() async throws {
            guard let limit = GoDuration.parse(timeout) else { throw ValidationError("--timeout: \(timeout) is not a duration") }
            let deadline = ContinuousClock.now + limit
            try await target.run { actions, name, namespace in
                var last = ""
                while true {
                    let (daemonSet, condition) = try await actions.status(name, namespace: namespace)
                    let line = condition.map { "\($0.reason): \($0.message)" } ?? "waiting for the rollout driver"
                    if line != last {
                        print("daemonset.apps/\(daemonSet.metadata.name) \(line)")
                        last = line
                    }
                    let reason = condition.flatMap { RolloutPlan.Reason(rawValue: $0.reason) }
                    if reason?.isFailure == true { throw ExitCode(1) }
                    if !watch || reason == .rolloutComplete { return }
                    if limit > .zero && ContinuousClock.now >= deadline {
                        throw ValidationError("timed out waiting for the rollout of daemonset.apps/\(name)")
                    }
                    try await Task.sleep(for: .milliseconds(500))
                }
            }
        }
    }

    struct Pause: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop deleting old pods; new nodes still get theirs.")

        @OptionGroup var target: Target

        func run() async throws {
            try await target.run { actions, name, namespace in
                try await actions.pause(name, namespace: namespace)
                print("daemonset.apps/\(name) paused")
            }
        }
    }

    struct Resume: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let a paused rollout go on.")

        @OptionGroup var target: Target

        func run() async throws {
            try await target.run { actions, name, namespace in
                try await actions.resume(name, namespace: namespace)
                print("daemonset.apps/\(name) resumed")
            }
        }
    }

    struct Promote: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Promote the rollout past its canary nodes.")

        @OptionGroup var target: Target

        func run() async throws {
            try await target.run { actions, name, namespace in
                let hash = try await actions.promote(name, namespace: namespace)
                print("daemonset.apps/\(name) promoted (revision \(hash))")
            }
        }
    }

    struct Undo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Roll back to the previous revision, or --to-revision.")

        @OptionGroup var target: Target

        @Option(name: .customLong("to-revision"), help: "The revision to roll back to (default: the previous one).")
        var toRevision: Int64?

        func run() async throws {
            try await target.run { actions, name, namespace in
                let revision = try await actions.undo(name, namespace: namespace, toRevision: toRevision)
                print("daemonset.apps/\(name) rolled back to revision \(revision)")
            }
        }
    }

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the steps the next rollout would take on the cluster's nodes, and how long.")

        @OptionGroup var target: Target

        @Option(name: [.short, .customLong("output")], help: "text (default) or json.")
        var output = "text"

        func validate() throws {
            guard ["text", "json"].contains(output) else { throw ValidationError("--output: text or json, not \(output)") }
        }

        func run() async throws {
            try await target.run { actions, name, namespace in
                let (_, forecast) = try await actions.forecast(name, namespace: namespace)
                if output == "json" {
                    let steps: [JSONValue] = forecast.steps.map { step in
                        [
                            "name": .string(step.name), "nodes": .array(step.nodes.map(JSONValue.string)),
                            "batches": .int(Int64(step.batches)), "seconds": step.seconds.map(JSONValue.double) ?? .null,
                        ]
                    }
                    let document: JSONValue = [
                        "steps": .array(steps), "kept": .int(Int64(forecast.kept)),
                        "seconds": forecast.seconds.map(JSONValue.double) ?? .null,
                    ]
                    print(String(decoding: document.canonicalBytes, as: UTF8.self))
                    return
                }
                func duration(_ seconds: Double?) -> String { seconds.map { "\(Int($0.rounded(.up)))s" } ?? "-" }
                print("STEP".padding(toLength: 28, withPad: " ", startingAt: 0) + "NODES  BATCHES  TIME   FIRST NODES")
                for step in forecast.steps {
                    let shown = step.nodes.prefix(5).joined(separator: ",") + (step.nodes.count > 5 ? ",..." : "")
                    print(
                        step.name.padding(toLength: 28, withPad: " ", startingAt: 0)
                            + String(step.nodes.count).padding(toLength: 7, withPad: " ", startingAt: 0)
                            + String(step.batches).padding(toLength: 9, withPad: " ", startingAt: 0)
                            + duration(step.seconds).padding(toLength: 7, withPad: " ", startingAt: 0) + shown)
                }
                if forecast.kept > 0 { print("\(forecast.kept) nodes kept at the old revision (partition)") }
                print("expected: \(duration(forecast.seconds))")
            }
        }
    }
}
