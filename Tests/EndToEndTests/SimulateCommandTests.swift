import Foundation
import KubeModel
import KubeTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `daemonry simulate` as a process against `daemonry apiserver`, driven and read with kubectl: which nodes
/// it acts as the kubelet of, and the management options it refuses.
@Suite("daemonry simulate process")
struct SimulateCommandTests {
    @Test func anAnnotationSelectorPicksTheNodesItSimulates() async throws {
        try await withTemporaryDirectory { directory in
            let binary = try BackgroundProcess.daemonryExecutable()
            let server = try BackgroundProcess(
                [binary, "apiserver", "--data-dir", directory + "/data", "--listen", "127.0.0.1:0", "--log-level", "warning"],
                directory: directory)
            let prefix = "export KUBECONFIG="
            let line = try #require(await server.waitForLine(containing: prefix), "\(server.errorOutput)")
            let kubeconfig = String(line.dropFirst(prefix.count))
            func kubectl(_ arguments: [String]) async throws -> CommandResult {
                try await runCommand(
                    ["kubectl", "--kubeconfig", kubeconfig, "--cache-dir", directory + "/cache", "--request-timeout", "20s"]
                        + arguments)
            }
            // Two nodes someone else made: one annotated for the simulator's selector, one not.
            let manifest = directory + "/nodes.yaml"
            try """
            apiVersion: v1
            kind: Node
            metadata:
              name: picked
              annotations:
                team: sim
            ---
            apiVersion: v1
            kind: Node
            metadata:
              name: ignored
            """.write(toFile: manifest, atomically: true, encoding: .utf8)
            let applied = try await kubectl(["apply", "-f", manifest])
            #expect(applied.status == 0, "\(applied)")

            let simulator = try BackgroundProcess(
                [
                    binary, "simulate", "--kubeconfig", kubeconfig, "--nodes", "2", "--name-prefix", "sim",
                    "--manage-nodes-with-annotation", "team=sim", "--log-level", "warning",
                ], directory: directory)
            let ready = ["picked", "sim-0", "sim-1"]
            func readiness() async throws -> [String: String] {
                let nodes = try await kubectl(["get", "nodes", "-o", "json"])
                guard nodes.status == 0, case .array(let items)? = try JSONValue.parse(Data(nodes.stdout.utf8))["items"]
                else { return [:] }
                var readiness: [String: String] = [:]
                for item in items {
                    let name = item["metadata"]?["name"]?.stringValue ?? ""
                    guard case .array(let conditions)? = item["status"]?["conditions"] else {
                        readiness[name] = "none"
                        continue
                    }
                    readiness[name] =
                        conditions.first { $0["type"]?.stringValue == "Ready" }?["status"]?.stringValue ?? "none"
                }
                return readiness
            }
            let settled = try await eventually(timeout: .seconds(60), interval: .milliseconds(200)) {
                try await readiness() == ["picked": "True", "sim-0": "True", "sim-1": "True", "ignored": "none"]
            }
            let seen = try await readiness()
            #expect(settled, "\(seen)\n\(simulator.errorOutput)")
            // First renewals are spread over the 10 s interval.
            func leases() async throws -> [Substring] {
                try await kubectl(["get", "leases", "-n", "kube-node-lease", "-o", "name"]).stdout.split(separator: "\n").sorted()
            }
            let renewed = try await eventually(timeout: .seconds(60), interval: .milliseconds(200)) {
                try await leases() == ready.map { "lease.coordination.k8s.io/\($0)" }
            }
            let held = try await leases()
            #expect(renewed, "\(held)")
            // The nodes it created carry the selector's annotation, so a restart takes them again.
            let annotation = try await kubectl(["get", "node", "sim-0", "-o", "jsonpath={.metadata.annotations.team}"])
            #expect(annotation.stdout == "sim", "\(annotation)")

            #expect(await simulator.stop(signal: SIGTERM) == 0, "\(simulator.errorOutput)")
            #expect(await server.stop(signal: SIGTERM) == 0, "\(server.errorOutput)")
        }
    }

    @Test func conflictingOrUnmatchableManagementIsRefused() async throws {
        let binary = try BackgroundProcess.daemonryExecutable()
        let both = try await runCommand([binary, "simulate", "--manage-all-nodes", "--manage-nodes-with-annotation", "team=sim"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("--manage-all-nodes and --manage-nodes-with-annotation cannot be used together"), "\(both)")

        let excluding = try await runCommand(
            [binary, "simulate", "--nodes", "1", "--manage-nodes-with-annotation", "!sim.daemonry.io/managed"])
        #expect(excluding.status != 0)
        #expect(
            excluding.stderr.contains(
                "--manage-nodes-with-annotation '!sim.daemonry.io/managed' does not match the nodes --nodes creates "
                    + "(annotated sim.daemonry.io/managed=true)"), "\(excluding)")

        let unparsable = try await runCommand([binary, "simulate", "--manage-nodes-with-annotation", "team in sim"])
        #expect(unparsable.status != 0)
        #expect(unparsable.stderr.contains("--manage-nodes-with-annotation: unable to parse requirement"), "\(unparsable)")
    }
}
