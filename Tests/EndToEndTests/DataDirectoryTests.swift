import Foundation
import KubeTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// One process per data directory, and a data directory no one else can read.
@Suite("daemonry data directory")
struct DataDirectoryTests {
    func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int).flatMap { $0 }
    }

    @Test func aSecondInstanceOnTheSameDataDirectoryExitsAtOnceAndRewritesNothing() async throws {
        try await withTemporaryDirectory { directory in
            let binary = try BackgroundProcess.daemonryExecutable()
            let dataDirectory = directory + "/data"
            let first = try BackgroundProcess(
                [binary, "apiserver", "--data-dir", dataDirectory, "--listen", "127.0.0.1:0", "--log-level", "warning"],
                directory: directory)
            #expect(await first.waitForLine(containing: "export KUBECONFIG=") != nil, "\(first.errorOutput)")
            let kubeconfig = try String(contentsOfFile: dataDirectory + "/kubeconfig", encoding: .utf8)

            for command in [["up", "--no-simulator"], ["apiserver"]] {
                // Exits on its own (status 1; the 30 s timeout would kill a hung one), with one line.
                let second = try await runCommand(
                    [binary] + command + ["--data-dir", dataDirectory, "--listen", "127.0.0.1:0", "--log-level", "warning"],
                    timeout: .seconds(30))
                #expect(second.status == 1, "\(second)")
                let lines = second.stderr.split(separator: "\n")
                #expect(lines.count == 1, "\(second)")
                #expect(
                    second.stderr.contains("data dir \(dataDirectory) is in use by process \(first.processIdentifier) (daemonry apiserver"),
                    "\(second)")
                #expect(second.stdout.isEmpty)
            }
            #expect(try String(contentsOfFile: dataDirectory + "/kubeconfig", encoding: .utf8) == kubeconfig)
            #expect(await first.stop(signal: SIGKILL) == SIGKILL)

            // The lock goes with its process, even after kill -9.
            let third = try BackgroundProcess(
                [binary, "apiserver", "--data-dir", dataDirectory, "--listen", "127.0.0.1:0", "--log-level", "warning"],
                directory: directory)
            #expect(await third.waitForLine(containing: "export KUBECONFIG=") != nil, "\(third.errorOutput)")
            #expect(await third.stop(signal: SIGTERM) == 0)
        }
    }

    @Test func theDataDirectoryIsPrivateWhateverTheUmask() async throws {
        try await withTemporaryDirectory { directory in
            let binary = try BackgroundProcess.daemonryExecutable()
            let dataDirectory = directory + "/data"
            let process = try BackgroundProcess(
                ["/bin/sh", "-c", "umask 000; exec '\(binary)' apiserver --data-dir '\(dataDirectory)' --listen 127.0.0.1:0 --log-level warning"],
                directory: directory)
            #expect(await process.waitForLine(containing: "export KUBECONFIG=") != nil, "\(process.errorOutput)")
            #expect(mode(dataDirectory) == 0o700)
            #expect(mode(dataDirectory + "/pki") == 0o700)
            let files = ["lock", "store.sqlite", "store.sqlite-wal", "kubeconfig"]
                + ((try? FileManager.default.contentsOfDirectory(atPath: dataDirectory + "/pki")) ?? []).map { "pki/" + $0 }
            #expect(files.count > 5)
            for file in files {
                #expect(mode(dataDirectory + "/" + file) == 0o600, "\(file)")
            }
            #expect(await process.stop(signal: SIGTERM) == 0)
        }
    }
}

/// Any number of `daemonry up` on one machine: only `--listen` takes a port, and a taken one is named before
/// anything is written.
@Suite("daemonry up side by side")
struct SideBySideTests {
    @Test func twoUpsCoexistAndATakenListenAddressIsNamed() async throws {
        try await withTemporaryDirectory { directory in
            let binary = try BackgroundProcess.daemonryExecutable()
            func up(_ name: String, listen: String = "127.0.0.1:0") -> [String] {
                [binary, "up", "--data-dir", directory + "/" + name, "--listen", listen, "--nodes", "1", "--log-level", "warning"]
            }
            let first = try BackgroundProcess(up("first"), directory: directory)
            let second = try BackgroundProcess(up("second"), directory: directory)
            #expect(await first.waitForLine(containing: "export KUBECONFIG=") != nil, "\(first.errorOutput)")
            #expect(await second.waitForLine(containing: "export KUBECONFIG=") != nil, "\(second.errorOutput)")
            let kubeconfig = directory + "/first/kubeconfig"
            let server = try String(contentsOfFile: kubeconfig, encoding: .utf8)
                .split(separator: "\n").first { $0.contains("server:") }
            let address = try #require(server?.split(separator: "//").last.map { $0.filter { $0 != "\"" } })

            let taken = try await runCommand(up("third", listen: address), timeout: .seconds(30))
            #expect(taken.status != 0)
            #expect(taken.stderr == "Error: --listen \(address): address already in use\n", "\(taken)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/third") == ["lock"])

            // The controllers' metrics are on the API server, for authenticated clients only.
            let metrics = try await runCommand(["kubectl", "--kubeconfig", kubeconfig, "get", "--raw", "/metrics"])
            #expect(metrics.status == 0, "\(metrics)")
            #expect(metrics.stdout.contains("workqueue_adds_total"), "\(metrics.stdout.prefix(500))")
            let anonymous = try await runCommand(["curl", "-sk", "-o", "/dev/null", "-w", "%{http_code}", "https://\(address)/metrics"])
            #expect(anonymous.stdout == "401")
            // Simulated kubelets report the server's version, never a newer one.
            let kubelet = try await eventually(timeout: .seconds(30)) {
                let result = try await runCommand([
                    "kubectl", "--kubeconfig", kubeconfig, "get", "node", "node-0", "-o", "jsonpath={.status.nodeInfo.kubeletVersion}",
                ])
                return result.stdout == "v1.32.0"
            }
            #expect(kubelet)
            #expect(await first.stop(signal: SIGTERM) == 0)
            #expect(await second.stop(signal: SIGTERM) == 0)
        }
    }
}
