import Foundation
import KubeModel
import KubeTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `daemonry up` as a user runs it, driven by the real kubectl: DaemonSets place a pod on every
/// matching node, follow nodes and labels, replace failed pods, and roll out and back (spec 9.3, 9.4).
@Suite("daemonry up end to end", .serialized)
struct SystemTests {
    @Test func simpleDaemonRunsOnEveryNodeAndReplacesADeletedPod() async throws {
        try await withSystem { system in
            try await system.apply(System.daemonSet("agent"))
            #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("agent").map { $0[1] } == ["node-0", "node-1", "node-2"] })
            #expect(
                try await eventually(timeout: .seconds(60)) {
                    try await system.run(["get", "ds", "agent", "-o", "jsonpath={.status.desiredNumberScheduled} {.status.currentNumberScheduled} {.status.numberReady} {.status.updatedNumberScheduled}"]) == "3 3 3 3"
                })
            let before = try await system.pods("agent")
            guard let victim = before.first else { return }
            try await system.run(["delete", "pod", victim[0]])
            #expect(
                try await eventually(timeout: .seconds(60)) {
                    let pods = try await system.pods("agent")
                    return pods.count == 3 && pods.first?[1] == victim[1] && pods.first?[0] != victim[0]
                })
        }
    }

    @Test func nodeSelectorFollowsNodeLabels() async throws {
        try await withSystem { system in
            try await system.apply(System.daemonSet("blue", extra: "      nodeSelector: {color: blue}"))
            try await system.run(["label", "node", "node-1", "color=blue"])
            #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("blue").map { $0[1] } == ["node-1"] })
            try await system.run(["label", "node", "node-1", "color=green", "--overwrite"])
            #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("blue").isEmpty })
            try await system.run(["patch", "ds", "blue", "-p", #"{"spec":{"template":{"spec":{"nodeSelector":{"color":"green"}}}}}"#])
            #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("blue").map { $0[1] } == ["node-1"] })
        }
    }

    @Test func nodesAddedAndRemovedGainAndLoseTheirPod() async throws {
        try await withSystem(nodes: 2) { system in
            try await system.apply(System.daemonSet("agent"))
            #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("agent").count == 2 })
            try await system.apply(
                """
                apiVersion: v1
                kind: Node
                metadata:
                  name: extra-node
                  labels: {kubernetes.io/hostname: extra-node}
                """)
            #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("agent").map { $0[1] } == ["extra-node", "node-0", "node-1"] })
            try await system.run(["delete", "node", "extra-node"])
            #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("agent").map { $0[1] } == ["node-0", "node-1"] })
        }
    }

    @Test func rollingUpdateThenRollback() async throws {
        try await withSystem { system in
            try await system.apply(System.daemonSet("web", image: "nginx:1.25"))
            #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("web").count == 3 })
            try await system.rolloutStatus("ds/web", seconds: 60)

            try await system.run(["set", "image", "ds/web", "main=nginx:1.26"])
            let rolled = try await system.rolloutStatus("ds/web")
            #expect(rolled.stdout.contains("daemon set \"web\" successfully rolled out"), "\(rolled)")
            #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("web").map { $0[2] } == ["nginx:1.26", "nginx:1.26", "nginx:1.26"] })

            let history = try await system.run(["rollout", "history", "ds/web"])
            #expect(history.contains("1 ") && history.contains("2 "), "\(history)")
            try await system.run(["rollout", "undo", "ds/web"])
            #expect(try await eventually(timeout: .seconds(90)) { try await system.pods("web").map { $0[2] } == ["nginx:1.25", "nginx:1.25", "nginx:1.25"] })
        }
    }

    /// The README's quick start with every manifest in examples/: each DaemonSet lands where its comment
    /// says, an added node gets the pods that select it, and the agent rolls out and back.
    @Test func theExamplesRunWhereTheySay() async throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples").path
        try await withSystem { system in
            func nodes(_ app: String) async throws -> [String] { try await system.pods(app).map { $0[1] } }
            for example in ["agent", "log-shipper", "node-selector", "zone-affinity", "surge-rollout"] {
                try await system.run(["apply", "-f", "\(examples)/\(example).yaml"])
            }
            let all = ["node-0", "node-1", "node-2"]
            #expect(try await eventually(timeout: .seconds(60)) { try await nodes("agent") == all })
            #expect(try await eventually(timeout: .seconds(60)) { try await nodes("log-shipper") == all })
            #expect(try await eventually(timeout: .seconds(60)) { try await nodes("surge-agent") == all })
            #expect(try await eventually(timeout: .seconds(60)) { try await nodes("zone-agent") == ["node-0", "node-1"] })
            #expect(try await nodes("ssd-monitor").isEmpty)
            // The agent is on the host's network: its pod has the node's address and holds host port 9100.
            let agent = try await system.podObjects("app=agent")
            #expect(agent.allSatisfy { !$0.status.podIP.isEmpty && $0.status.podIP == $0.status.hostIP }, "\(agent.map(\.status.podIP))")
            #expect(agent.allSatisfy { $0.spec.containers.first?.ports.first?.hostPort == 9100 })

            try await system.run(["label", "node", "node-1", "disk=ssd"])
            #expect(try await eventually(timeout: .seconds(60)) { try await nodes("ssd-monitor") == ["node-1"] })
            // node-3, in zone-a: every DaemonSet but the ssd one takes it.
            try await system.run(["apply", "-f", "\(examples)/node.yaml"])
            let four = all + ["node-3"]
            #expect(try await eventually(timeout: .seconds(60)) { try await nodes("agent") == four })
            #expect(try await eventually(timeout: .seconds(60)) { try await nodes("log-shipper") == four })
            #expect(try await eventually(timeout: .seconds(60)) { try await nodes("zone-agent") == ["node-0", "node-1", "node-3"] })
            #expect(try await nodes("ssd-monitor") == ["node-1"])

            try await system.run(["set", "image", "ds/agent", "agent=quay.io/prometheus/node-exporter:v1.8.2"])
            try await system.rolloutStatus("ds/agent")
            #expect(try await system.pods("agent").map { $0[2] } == Array(repeating: "quay.io/prometheus/node-exporter:v1.8.2", count: 4))
            try await system.run(["rollout", "undo", "ds/agent"])
            try await system.rolloutStatus("ds/agent")
            #expect(try await system.pods("agent").map { $0[2] } == Array(repeating: "quay.io/prometheus/node-exporter:v1.8.1", count: 4))
        }
    }

    @Test func aRolloutCompletesAfterKillNineAndRestart() async throws {
        try await withTemporaryDirectory { directory in
            let binary = try BackgroundProcess.daemonryExecutable()
            let arguments = [
                binary, "up", "--data-dir", directory + "/data", "--listen", "127.0.0.1:0", "--nodes", "3",
                "--metrics-address", "127.0.0.1:0", "--log-level", "warning",
            ]
            let first = try BackgroundProcess(arguments, directory: directory)
            guard let line = await first.waitForLine(containing: "export KUBECONFIG=") else {
                Issue.record("daemonry up did not start: \(first.errorOutput)")
                return
            }
            let system = System(
                process: first, kubeconfig: String(line.dropFirst("export KUBECONFIG=".count)), directory: directory)
            // New pods take 2 s to become ready, so the rollout is still going when the process dies.
            let manifest = System.daemonSet(
                "web", image: "nginx:1.25", templateAnnotations: ["sim.daemonry.io/ready-delay": "2s"])
            try await system.apply(manifest)
            #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("web").count == 3 })
            try await system.run(["set", "image", "ds/web", "main=nginx:1.26"])
            #expect(
                try await eventually(timeout: .seconds(60)) {
                    try await system.pods("web").contains { $0[2] == "nginx:1.26" }
                })
            #expect(await first.stop(signal: SIGKILL) == SIGKILL)

            let second = try BackgroundProcess(arguments, directory: directory)
            #expect(await second.waitForLine(containing: "export KUBECONFIG=") != nil, "\(second.errorOutput)")
            let restarted = System(process: second, kubeconfig: system.kubeconfig, directory: directory)
            try await restarted.rolloutStatus("ds/web", seconds: 120)
            // Settled: every node has exactly one pod, of the new template, and nothing else is left.
            #expect(
                try await eventually(timeout: .seconds(60)) {
                    let all = try await restarted.run(["get", "pods", "-l", "app=web", "-o", "jsonpath={range .items[*]}{.spec.nodeName} {.spec.containers[0].image}{\"\\n\"}{end}"])
                    return all.split(separator: "\n").sorted() == ["node-0 nginx:1.26", "node-1 nginx:1.26", "node-2 nginx:1.26"]
                })
            #expect(await second.stop(signal: SIGTERM) == 0, "\(second.errorOutput.suffix(3000))")
        }
    }

    /// A restart resumes the cluster as it was: a node deleted with kubectl is not created again, while a
    /// larger `--nodes` adds the nodes past those created before.
    @Test func aDeletedNodeStaysDeletedAcrossARestart() async throws {
        try await withTemporaryDirectory { directory in
            let binary = try BackgroundProcess.daemonryExecutable()
            func up(nodes: Int) throws -> BackgroundProcess {
                try BackgroundProcess(
                    [
                        binary, "up", "--data-dir", directory + "/data", "--listen", "127.0.0.1:0", "--nodes", String(nodes),
                        "--metrics-address", "127.0.0.1:0", "--log-level", "warning",
                    ], directory: directory)
            }
            let first = try up(nodes: 2)
            guard let line = await first.waitForLine(containing: "export KUBECONFIG=") else {
                Issue.record("daemonry up did not start: \(first.errorOutput)")
                return
            }
            let system = System(
                process: first, kubeconfig: String(line.dropFirst("export KUBECONFIG=".count)), directory: directory)
            func nodes(_ restarted: System) async throws -> [Substring] {
                try await restarted.run(["get", "nodes", "-o", "name"]).split(separator: "\n").sorted()
            }
            #expect(try await eventually(timeout: .seconds(30)) { try await nodes(system) == ["node/node-0", "node/node-1"] })
            // The count is recorded once the nodes exist; give the write a moment after they show.
            #expect(await eventually { FileManager.default.fileExists(atPath: directory + "/data/simulated-nodes") })
            try await system.run(["delete", "node", "node-1"])
            #expect(await first.stop(signal: SIGTERM) == 0, "\(first.errorOutput.suffix(3000))")

            let second = try up(nodes: 3)
            #expect(await second.waitForLine(containing: "export KUBECONFIG=") != nil, "\(second.errorOutput)")
            let restarted = System(process: second, kubeconfig: system.kubeconfig, directory: directory)
            #expect(try await eventually(timeout: .seconds(30)) { try await nodes(restarted) == ["node/node-0", "node/node-2"] })
            // Still so a moment later: node-1 is not on its way back.
            try await Task.sleep(for: .milliseconds(500))
            #expect(try await nodes(restarted) == ["node/node-0", "node/node-2"])
            #expect(await second.stop(signal: SIGTERM) == 0, "\(second.errorOutput.suffix(3000))")
        }
    }

    @Test func aFailedPodIsReplaced() async throws {
        try await withSystem(nodes: 1) { system in
            try await system.apply(System.daemonSet("agent"))
            #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("agent").count == 1 })
            guard let pod = try await system.pods("agent").first else { return }
            try await system.run(["patch", "pod", pod[0], "--subresource=status", "--type=merge", "-p", #"{"status":{"phase":"Failed"}}"#])
            #expect(
                try await eventually(timeout: .seconds(60)) {
                    let pods = try await system.pods("agent")
                    return pods.count == 1 && pods.first?[0] != pod[0]
                })
        }
    }
}

/// `daemonry up` without one of its parts, stopped with Ctrl-C (SIGINT) as a user stops it.
@Suite("daemonry up without the controller or the simulator")
struct PartialSystemTests {
    func withUp(_ flags: [String], _ body: (System) async throws -> Void) async throws {
        try await withTemporaryDirectory { directory in
            let process = try BackgroundProcess(
                [
                    try BackgroundProcess.daemonryExecutable(), "up", "--data-dir", directory + "/data", "--listen",
                    "127.0.0.1:0", "--metrics-address", "127.0.0.1:0", "--log-level", "warning",
                ] + flags, directory: directory)
            guard let line = await process.waitForLine(containing: "export KUBECONFIG=") else {
                Issue.record("daemonry up did not start: \(process.errorOutput)")
                await process.stop(signal: SIGKILL)
                return
            }
            try await body(System(process: process, kubeconfig: String(line.dropFirst("export KUBECONFIG=".count)), directory: directory))
            #expect(await process.stop(signal: SIGINT) == 0, "\(process.errorOutput.suffix(3000))")
        }
    }

    @Test func withoutTheControllerNodesRunButDaemonSetsMakeNoPods() async throws {
        try await withUp(["--no-controller", "--nodes", "4"]) { system in
            #expect(
                try await eventually(timeout: .seconds(30)) {
                    try await system.run(["get", "nodes", "-o", #"jsonpath={range .items[*]}{.metadata.name}={.status.conditions[?(@.type=="Ready")].status} {end}"#])
                        == "node-0=True node-1=True node-2=True node-3=True "
                })
            let labels = try await system.run(["get", "node", "node-3", "-o", "jsonpath={.metadata.labels}"])
            let parsed = try JSONValue.parse(Data(labels.utf8))
            #expect(parsed["kubernetes.io/hostname"]?.stringValue == "node-3")
            #expect(parsed["kubernetes.io/os"]?.stringValue == "linux")
            #expect(parsed["kubernetes.io/arch"]?.stringValue == "amd64")
            #expect(parsed["topology.kubernetes.io/zone"]?.stringValue == "zone-a", "round robin: node-3 is in the first zone again")
            try await system.apply(System.daemonSet("agent"))
            try await Task.sleep(for: .seconds(1))
            #expect(try await system.podObjects("app=agent").isEmpty)
        }
    }

    @Test func withoutTheSimulatorNodesAreNotRunButTheControllerIs() async throws {
        let refused = try await runCommand([try BackgroundProcess.daemonryExecutable(), "up", "--no-simulator", "--nodes", "2"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--nodes needs the simulator: with --no-simulator, run daemonry simulate --nodes N"), "\(refused)")

        try await withUp(["--no-simulator"]) { system in
            #expect(try await system.run(["get", "nodes", "-o", "name"]).isEmpty)
            try await system.apply(
                """
                apiVersion: v1
                kind: Node
                metadata:
                  name: bare
                """)
            try await system.apply(System.daemonSet("agent"))
            // The controller makes the pod; no kubelet reports the node or starts the pod.
            #expect(try await eventually(timeout: .seconds(30)) { try await system.podObjects("app=agent").count == 1 })
            try await Task.sleep(for: .seconds(1))
            let node = try await system.run(["get", "node", "bare", "-o", "jsonpath={.status.conditions}"])
            #expect(node.isEmpty)
            #expect(try await system.podObjects("app=agent").allSatisfy { $0.status.phase == "Pending" })
        }
    }
}
