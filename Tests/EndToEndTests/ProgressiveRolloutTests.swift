import DaemonSetCore
import Foundation
import KubeModel
import KubeTestSupport
import Testing

extension SystemTests {
    /// Progressive rollouts of an `OnDelete` DaemonSet on `daemonry up`: the driver deletes old pods wave by
    /// wave within the budget, the controller recreates them, and a failing template rolls back. Nested in
    /// `SystemTests` so one system runs at a time.
    @Suite("progressive rollouts")
    struct ProgressiveRolloutTests {
        /// Six nodes, two per zone: node-0 and node-1 in a, node-2 and node-3 in b, node-4 and node-5 in c.
        static let zones = ["a", "a", "b", "b", "c", "c"]

        static func manifest(_ annotations: [String: String], image: String, templateAnnotations: String) -> String {
            let policy = ([RolloutPolicy.progressive: "true"].merging(annotations) { $1 })
                .sorted { $0.key < $1.key }.map { "    \($0.key): \"\($0.value)\"" }.joined(separator: "\n")
            return """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: agent
                  namespace: default
                  annotations:
                \(policy)
                spec:
                  updateStrategy: {type: OnDelete}
                  selector:
                    matchLabels: {app: agent}
                  template:
                    metadata:
                      labels: {app: agent}
                      annotations: {\(templateAnnotations)}
                    spec:
                      containers:
                      - {name: main, image: "\(image)"}
                """
        }

        /// Labels the nodes by zone, applies the DaemonSet and waits until it runs everywhere and the driver
        /// has recorded that revision as complete.
        static func start(_ system: System, _ annotations: [String: String]) async throws {
            for (index, zone) in zones.enumerated() {
                try await system.run(["label", "node", "node-\(index)", "topology.kubernetes.io/zone=\(zone)", "--overwrite"])
            }
            try await system.apply(
                manifest(annotations, image: "nginx:1.25", templateAnnotations: #""sim.daemonry.io/ready-delay": "300ms""#))
            #expect(try await eventually(timeout: .seconds(60)) { try await system.status("agent") == "6 6 6 6 6 0" })
            #expect(
                try await eventually(timeout: .seconds(30)) {
                    try await system.daemonSetObject("agent").metadata.annotations[RolloutPolicy.completedRevision] != nil
                })
        }

        static func zone(_ pod: Pod) -> String {
            let node = SystemScenarioTests.targetNode(pod)
            return Int(node.dropFirst("node-".count)).map { zones[$0] } ?? "?"
        }

        @Test func wavesByZoneGoOneAtATimeWithinTheBudget() async throws {
            try await withSystem(nodes: 6) { system in
                try await Self.start(
                    system, ["rollout.daemonry.io/waves-by": "topology.kubernetes.io/zone", "rollout.daemonry.io/wave-order": "b,a,c"])
                let watch = try system.watchPods("app=agent")
                #expect(try await eventually(timeout: .seconds(30)) { try watch.events().count >= 6 })
                let before = try await system.daemonSetObject("agent").metadata.annotations[RolloutPolicy.completedRevision]
                let plan = try await Self.plugin(system, ["rollout", "plan", "ds/agent", "-o", "json"])
                let steps = try JSONValue.parse(Data(plan.stdout.utf8))["steps"]?.arrayValue ?? []
                #expect(steps.map { $0["name"] } == ["wave b", "wave a", "wave c"], "\(plan)")
                #expect(steps.map { $0["batches"] } == [2, 2, 2])
                #expect(steps.first?["nodes"] == ["node-2", "node-3"])

                try await system.run(["set", "image", "ds/agent", "main=nginx:1.26"])
                #expect(try await eventually(timeout: .seconds(120)) { try await system.status("agent") == "6 6 6 6 6 0" })
                let daemonSet = try await system.daemonSetObject("agent")
                let condition = daemonSet.status.conditions.first { $0.type == "Progressing" }
                #expect(condition?.reason == "RolloutComplete", "\(daemonSet.status.conditions)")
                #expect(daemonSet.metadata.annotations[RolloutPolicy.completedRevision] != before)
                let settled = try await eventually(timeout: .seconds(30)) {
                    let last = try watch.states().last ?? [:]
                    return SystemScenarioTests.livePodsByNode(last).count == 6
                        && last.values.allSatisfy { $0.spec.containers.first?.image == "nginx:1.26" && $0.isReady }
                }
                #expect(settled)

                // At every event: at most one node without a ready pod, and a zone's pods are replaced only once
                // every earlier zone runs the new image on all its nodes.
                let order = ["b", "a", "c"]
                let states = try watch.states(skipping: 6)
                #expect(states.count >= 18, "each of 6 pods deleted, created and made ready: \(states.count) states")
                for state in states {
                    let live = SystemScenarioTests.livePodsByNode(state)
                    let down = SystemScenarioTests.nodes(6).filter { node in !(live[node] ?? []).contains(where: \.isReady) }
                    #expect(down.count <= 1, "more than one node down: \(down)")
                    var touched: [String] = []
                    for (index, zone) in Self.zones.enumerated() {
                        let pods = live["node-\(index)"] ?? []
                        if pods.isEmpty || pods.contains(where: { $0.spec.containers.first?.image == "nginx:1.26" }) {
                            touched.append(zone)
                        }
                    }
                    for zone in Set(touched) {
                        guard let position = order.firstIndex(of: zone) else { continue }
                        for earlier in order.prefix(position) {
                            let done = Self.zones.indices.filter { Self.zones[$0] == earlier }.allSatisfy { index in
                                (live["node-\(index)"] ?? []).contains { $0.spec.containers.first?.image == "nginx:1.26" && $0.isReady }
                            }
                            #expect(done, "wave \(zone) started before wave \(earlier) finished: \(state.values.map(SystemScenarioTests.describe))")
                        }
                    }
                }
                await watch.process.stop(signal: SIGTERM)
            }
        }

        @Test func aCrashingTemplateRollsBackToTheLastCompletedRevision() async throws {
            try await withSystem(nodes: 6) { system in
                try await Self.start(
                    system,
                    ["rollout.daemonry.io/waves-by": "topology.kubernetes.io/zone", "rollout.daemonry.io/failure-action": "rollback"])
                let completed = try await system.daemonSetObject("agent").metadata.annotations[RolloutPolicy.completedRevision]
                #expect(completed != nil)
                try await system.run([
                    "patch", "ds", "agent", "--type=merge", "-p",
                    #"{"spec":{"template":{"metadata":{"annotations":{"sim.daemonry.io/crash":"true"}},"spec":{"containers":[{"name":"main","image":"nginx:1.26"}]}}}}"#,
                ])
                // The first crashing pod fails the rollout; the template goes back and every pod returns to it.
                let rolledBack = try await eventually(timeout: .seconds(120)) {
                    let daemonSet = try await system.daemonSetObject("agent")
                    return daemonSet.spec.template.spec.containers.first?.image == "nginx:1.25"
                }
                #expect(rolledBack)
                let restored = try await eventually(timeout: .seconds(120)) {
                    let pods = try await system.run(
                        ["get", "pods", "-l", "app=agent", "-o", "jsonpath={.items[*].metadata.labels.controller-revision-hash}"])
                    let hashes = pods.split(separator: " ").map(String.init)
                    let status = try await system.status("agent")
                    return hashes.count == 6 && Set(hashes) == [completed ?? ""] && status == "6 6 6 6 6 0"
                }
                #expect(restored)
                let events = try await system.run(
                    ["get", "events", "--field-selector", "reason=RolledBack,involvedObject.name=agent", "-o", "name"])
                #expect(!events.isEmpty)
            }
        }

        /// `kubectl daemonry ...` through a `kubectl-daemonry` link to the binary on PATH, as a user installs it.
        static func plugin(_ system: System, _ arguments: [String]) async throws -> CommandResult {
            let bin = system.directory + "/plugins"
            if !FileManager.default.fileExists(atPath: bin + "/kubectl-daemonry") {
                try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
                try FileManager.default.createSymbolicLink(
                    atPath: bin + "/kubectl-daemonry", withDestinationPath: try BackgroundProcess.daemonryExecutable())
            }
            let path = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
            return try await runCommand(
                ["/usr/bin/env", "PATH=" + path, "KUBECONFIG=" + system.kubeconfig, "kubectl", "daemonry"] + arguments)
        }

        @Test func theCanaryWaitsForPromotionAndPauseHoldsThroughKubectlDaemonry() async throws {
            try await withSystem(nodes: 6) { system in
                try await system.run(["label", "node", "node-3", "canary=true"])
                try await Self.start(
                    system,
                    ["rollout.daemonry.io/canary-nodes": "canary=true", "rollout.daemonry.io/waves-by": "topology.kubernetes.io/zone"])
                try await system.run(["set", "image", "ds/agent", "main=nginx:1.26"])
                func images() async throws -> [String: String] {
                    let pods = try KubeList<Pod>.decode(
                        json: Data(try await system.run(["get", "pods", "-l", "app=agent", "-o", "json"]).utf8)).items
                    return Dictionary(
                        pods.filter { $0.metadata.deletionTimestamp == nil }.map {
                            (SystemScenarioTests.targetNode($0), $0.spec.containers.first?.image ?? "")
                        }, uniquingKeysWith: { first, _ in first })
                }
                let canaryDone = try await eventually(timeout: .seconds(60)) {
                    try await Self.plugin(system, ["rollout", "status", "ds/agent"]).stdout.contains("CanaryComplete")
                }
                #expect(canaryDone)
                let canary = try await images()
                #expect(canary.filter { $0.value == "nginx:1.26" }.keys.sorted() == ["node-3"], "\(canary)")

                let paused = try await Self.plugin(system, ["rollout", "pause", "ds/agent"])
                #expect(paused.stdout == "daemonset.apps/agent paused\n", "\(paused)")
                let promoted = try await Self.plugin(system, ["rollout", "promote", "ds/agent"])
                #expect(promoted.status == 0, "\(promoted)")
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        try await Self.plugin(system, ["rollout", "status", "ds/agent"]).stdout.contains("Paused")
                    })
                try await Task.sleep(for: .seconds(2))
                #expect(try await images().filter { $0.value == "nginx:1.26" }.count == 1, "a paused rollout deletes nothing")

                #expect(try await Self.plugin(system, ["rollout", "resume", "ds/agent"]).status == 0)
                let watched = try await Self.plugin(system, ["rollout", "status", "ds/agent", "--watch", "--timeout", "90s"])
                #expect(watched.status == 0, "\(watched)")
                #expect(watched.stdout.contains("RolloutComplete"), "\(watched)")
                #expect(try await images().values.allSatisfy { $0 == "nginx:1.26" })

                let refused = try await Self.plugin(system, ["rollout", "pause", "deployment/agent"])
                #expect(refused.status != 0)
                #expect(refused.stderr.contains("only daemonsets have progressive rollouts"), "\(refused)")
            }
        }

        /// The managed-cluster mode: `up` plays the cluster's DaemonSet controller without a driver, and a separate
        /// `daemonry controller --controllers=rollout` process drives, under leader election, with the deploy/
        /// manifest's RBAC objects accepted by the server.
        @Test func aSeparateDriverProcessRollsOutBesideTheClustersController() async throws {
            try await withSystem(nodes: 6, flags: ["--no-rollout-driver"]) { system in
                let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                    .deletingLastPathComponent()
                let manifest = try String(
                    contentsOf: root.appendingPathComponent("deploy/rollout-driver.yaml"), encoding: .utf8)
                try await system.apply(manifest)
                let driver = try BackgroundProcess(
                    [
                        try BackgroundProcess.daemonryExecutable(), "controller", "--controllers=rollout", "--leader-elect",
                        "--kubeconfig", system.kubeconfig, "--metrics-address", "127.0.0.1:0",
                    ], directory: system.directory)
                try await Self.start(system, ["rollout.daemonry.io/waves-by": "topology.kubernetes.io/zone"])
                try await system.run(["set", "image", "ds/agent", "main=nginx:1.26"])
                let done = try await eventually(timeout: .seconds(120)) {
                    let daemonSet = try await system.daemonSetObject("agent")
                    return daemonSet.status.conditions.first { $0.type == "Progressing" }?.reason == "RolloutComplete"
                        && daemonSet.status.updatedNumberScheduled == 6 && daemonSet.status.numberAvailable == 6
                }
                #expect(done, "\(driver.errorOutput.suffix(3000))")
                let lease = try await system.run(
                    ["get", "lease", "daemonry-rollout-driver", "-n", "kube-system", "-o", "jsonpath={.spec.holderIdentity}"])
                #expect(!lease.isEmpty)
                #expect(await driver.stop(signal: SIGTERM) == 0, "\(driver.errorOutput.suffix(3000))")
            }
        }
    }
}
