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
                let started = ContinuousClock.now
                let second = try await runCommand(
                    [binary] + command + ["--data-dir", dataDirectory, "--listen", "127.0.0.1:0", "--log-level", "warning"],
                    timeout: .seconds(30))
                #expect(second.status != 0)
                #expect(ContinuousClock.now - started < .seconds(10))
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
