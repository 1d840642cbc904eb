import Foundation
import KubeClient
import KubeModel
import KubeTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `daemonry controller` as a process: flags, kubeconfig loading, leader election, SIGTERM.
struct CommandTests {
    @Test func theCommandLeadsSyncsAndReleasesTheLeaseOnSIGTERM() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1"), Fixtures.node("n2")])
            try await env.create(Fixtures.daemonSet("agent"))
            let process = try BackgroundProcess(
                [
                    try BackgroundProcess.daemonryExecutable(), "controller", "--kubeconfig",
                    env.cluster.server.listening.kubeconfigPath, "--leader-elect", "--workers", "2",
                    "--metrics-address", "127.0.0.1:0", "--log-level", "info",
                ],
                directory: env.cluster.server.dataDirectory)
            let synced = try await eventually { try await env.podNodes(of: "agent") == ["n1", "n2"] }
            #expect(synced)
            let lease = try await env.client.get(Lease.self, name: "daemonset-controller", namespace: "kube-system")
            #expect(lease.spec.holderIdentity?.isEmpty == false)
            #expect(await process.stop(signal: SIGTERM) == 0, "\(process.errorOutput)")
            let released = try await env.client.get(Lease.self, name: "daemonset-controller", namespace: "kube-system")
            #expect((released.spec.holderIdentity ?? "").isEmpty)
        }
    }
}
