import DaemonSetController
import DaemonSetCore
import KubeClient
import KubeModel
import KubeTestSupport
import Testing

/// A controller killed mid-way leaves work a new one finishes, without duplicates and without replacing
/// pods that were already there.
struct RestartTests {
    @Test func aNewControllerFinishesWhatAStoppedOneStartedWithoutDuplicates() async throws {
        try await TestEnvironment.run { env in
            let nodes = (1...8).map { "n\($0)" }
            try await env.create(nodes.map { Fixtures.node($0) })
            try await env.create(Fixtures.daemonSet("agent"))
            // One pod per sync and ten requests a second, so the first controller is stopped with most of the
            // work left.
            var slow = DaemonSetController.Configuration()
            slow.burstReplicas = 1
            var throttled = KubeClient.Configuration()
            throttled.qps = 10
            throttled.burst = 1
            let survivors = try await KubeClient.withClient(config: env.config, configuration: throttled) { client in
                try await env.withController(slow, client: client) { _ async throws in
                    #expect(try await eventually { try await !env.pods(of: "agent").isEmpty })
                    return try await env.pods(of: "agent").map(\.metadata.name)
                }
            }
            #expect(try await env.pods(of: "agent").count < nodes.count)
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.podNodes(of: "agent") == nodes })
                #expect(try await eventually { try await env.daemonSet("agent").status.numberAvailable == 8 })
            }
            let names = Set(try await env.pods(of: "agent").map(\.metadata.name))
            #expect(names.isSuperset(of: survivors))
            #expect(try await env.podNodes(of: "agent") == nodes)
        }
    }
}
