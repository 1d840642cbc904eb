import Foundation
import KubeModel
import KubeTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `daemonry apiserver` as a process: what it stored survives `kill -9` and a restart on the same data
/// directory, with the same uids and resource versions.
@Suite("daemonry apiserver process")
struct ProcessRestartTests {
    func kubectl(_ kubeconfig: String, _ arguments: [String], cache: String) async throws -> CommandResult {
        try await runCommand(["kubectl", "--kubeconfig", kubeconfig, "--cache-dir", cache, "--request-timeout", "20s"] + arguments)
    }

    @Test func objectsSurviveKillNineAndRestart() async throws {
        try await withTemporaryDirectory { directory in
            let binary = try BackgroundProcess.daemonryExecutable()
            let dataDirectory = directory + "/data"
            let arguments = [binary, "apiserver", "--data-dir", dataDirectory, "--listen", "127.0.0.1:0", "--log-level", "warning"]
            let manifest = directory + "/ds.yaml"
            try KubectlTests.daemonSet().write(toFile: manifest, atomically: true, encoding: .utf8)

            let first = try BackgroundProcess(arguments, directory: directory)
            let line = await first.waitForLine(containing: "export KUBECONFIG=")
            #expect(line == "export KUBECONFIG=\(dataDirectory)/kubeconfig", "\(first.errorOutput)")
            let kubeconfig = dataDirectory + "/kubeconfig"
            let created = try await kubectl(kubeconfig, ["apply", "-f", manifest], cache: directory + "/cache1")
            #expect(created.status == 0, "\(created)")
            let label = try await kubectl(kubeconfig, ["label", "ds", "fluentd", "tier=logging"], cache: directory + "/cache1")
            #expect(label.status == 0, "\(label)")
            let before = try await kubectl(kubeconfig, ["get", "ds", "fluentd", "-o", "json"], cache: directory + "/cache1")
            #expect(await first.stop(signal: SIGKILL) == SIGKILL)

            let second = try BackgroundProcess(arguments, directory: directory)
            #expect(await second.waitForLine(containing: "export KUBECONFIG=") != nil, "\(second.errorOutput)")
            let after = try await kubectl(kubeconfig, ["get", "ds", "fluentd", "-o", "json"], cache: directory + "/cache2")
            #expect(after.status == 0, "\(after)")
            #expect(try JSONValue.parse(Data(after.stdout.utf8)) == JSONValue.parse(Data(before.stdout.utf8)))
            // Writes go on from the stored version.
            let update = try await kubectl(kubeconfig, ["label", "ds", "fluentd", "tier=edge", "--overwrite"], cache: directory + "/cache2")
            #expect(update.status == 0, "\(update)")
            let version = try await kubectl(kubeconfig, ["get", "ds", "fluentd", "-o", "jsonpath={.metadata.resourceVersion}"], cache: directory + "/cache2")
            let beforeVersion = try JSONValue.parse(Data(before.stdout.utf8))["metadata"]?["resourceVersion"]?.stringValue ?? ""
            #expect((Int(version.stdout) ?? 0) > (Int(beforeVersion) ?? .max))
            // A graceful stop ends with status 0.
            #expect(await second.stop(signal: SIGTERM) == 0, "\(second.errorOutput)")
        }
    }
}
