import Foundation
import KubeClient
import KubeModel
import Testing

/// `daemonry controller` as a process: flags, kubeconfig loading, leader election, SIGTERM.
struct CommandTests {
    /// The `daemonry` binary `swift build` put beside the test bundle.
    static let daemonry: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/daemonry").path
    }()

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: daemonry)))
    func theCommandLeadsSyncsAndReleasesTheLeaseOnSIGTERM() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1"), Fixtures.node("n2")])
            try await env.create(Fixtures.daemonSet("agent"))
            let logPath = env.cluster.server.dataDirectory + "/controller.log"
            _ = FileManager.default.createFile(atPath: logPath, contents: nil)
            let log = try #require(FileHandle(forWritingAtPath: logPath))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.daemonry)
            process.arguments = [
                "controller", "--kubeconfig", env.cluster.server.listening.kubeconfigPath, "--leader-elect",
                "--workers", "2", "--metrics-address", "127.0.0.1:0", "--log-level", "info",
            ]
            process.standardOutput = log
            process.standardError = log
            process.standardInput = FileHandle.nullDevice
            let exited = AsyncStream<Int32>.makeStream()
            process.terminationHandler = { process in
                exited.continuation.yield(process.terminationStatus)
                exited.continuation.finish()
            }
            try process.run()
            let synced = try await eventuallyHolds { try await env.podNodes(of: "agent") == ["n1", "n2"] }
            #expect(synced)
            let lease = try await env.client.get(Lease.self, name: "daemonset-controller", namespace: "kube-system")
            #expect(lease.spec.holderIdentity?.isEmpty == false)
            process.terminate()
            var status: Int32?
            for await code in exited.stream { status = code }
            try? log.close()
            #expect(status == 0, "\((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "")")
            let released = try await env.client.get(Lease.self, name: "daemonset-controller", namespace: "kube-system")
            #expect((released.spec.holderIdentity ?? "").isEmpty)
        }
    }
}
