import DaemonSetCore
import KubeClient
import KubeModel
import KubeTestSupport
import Testing

/// A template change rolls out node by node within `maxUnavailable`.
struct RollingUpdateTests {
    static let v1 = "registry.example/agent:v1"
    static let v2 = "registry.example/agent:v2"

    @Test func aTemplateChangeReplacesPodsWithinMaxUnavailable() async throws {
        try await TestEnvironment.run { env in
            let nodes = (1...4).map { "n\($0)" }
            try await env.create(nodes.map { Fixtures.node($0) })
            try await env.create(Fixtures.daemonSet("agent", image: Self.v1, maxUnavailable: 2))
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.daemonSet("agent").status.numberAvailable == 4 })
                let unavailableAtMost = Locked(0)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        // Watches the rollout from outside: nodes without a ready pod at any sampled moment.
                        while !Task.isCancelled {
                            let pods = try await env.pods(of: "agent")
                            let readyNodes = Set(pods.filter(\.isReady).compactMap { DaemonPod.targetNodeName(of: $0) })
                            unavailableAtMost.mutate { $0 = max($0, nodes.count - readyNodes.count) }
                            try await Task.sleep(for: .milliseconds(5))
                        }
                    }
                    // New pods stay unready: the rollout must stop after replacing two.
                    env.kubelet.readiness.mutate { $0 = false }
                    try await env.updateDaemonSet("agent") { $0.spec.template.spec.containers[0].image = Self.v2 }
                    #expect(try await eventually {
                        let pods = try await env.pods(of: "agent")
                        let status = try await env.daemonSet("agent").status
                        return pods.filter { $0.spec.containers[0].image == Self.v2 }.count == 2
                            && status.updatedNumberScheduled == 2 && status.numberUnavailable == 2
                    })
                    let midway = try await env.pods(of: "agent")
                    #expect(midway.filter { $0.spec.containers[0].image == Self.v1 && $0.isReady }.count == 2)
                    #expect(try await env.podNodes(of: "agent") == nodes)
                    // The rollout holds here while the new pods stay unready: the watcher sees it too.
                    #expect(try await eventually { unavailableAtMost.value == 2 })

                    env.kubelet.readiness.mutate { $0 = true }
                    #expect(try await eventually {
                        let pods = try await env.pods(of: "agent")
                        return pods.count == 4 && pods.allSatisfy { $0.spec.containers[0].image == Self.v2 && $0.isReady }
                    })
                    group.cancelAll()
                }
                #expect(try await env.podNodes(of: "agent") == nodes)
                #expect(unavailableAtMost.value == 2)
            }
        }
    }

    @Test func onDeleteReplacesOnlyPodsThatAreDeleted() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1"), Fixtures.node("n2")])
            var daemonSet = Fixtures.daemonSet("agent", image: Self.v1)
            daemonSet.spec.updateStrategy = DaemonSetUpdateStrategy(type: DaemonSetUpdateStrategy.onDelete)
            try await env.create(daemonSet)
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.daemonSet("agent").status.numberAvailable == 2 })
                let before = Set(try await env.pods(of: "agent").map(\.metadata.name))
                let updated = try await env.updateDaemonSet("agent") { $0.spec.template.spec.containers[0].image = Self.v2 }
                #expect(try await eventually {
                    let stored = try await env.daemonSet("agent")
                    return stored.status.observedGeneration == updated.metadata.generation
                        && stored.status.updatedNumberScheduled == 0
                })
                #expect(Set(try await env.pods(of: "agent").map(\.metadata.name)) == before)

                let victim = try #require(try await env.pods(of: "agent").first { DaemonPod.targetNodeName(of: $0) == "n1" })
                try await env.client.delete(Pod.self, name: victim.metadata.name, namespace: Fixtures.namespace)
                #expect(try await eventually {
                    let pods = try await env.pods(of: "agent")
                    let images = Dictionary(
                        pods.map { (DaemonPod.targetNodeName(of: $0) ?? "?", $0.spec.containers[0].image) },
                        uniquingKeysWith: { _, _ in "two pods" })
                    return pods.count == 2 && images == ["n1": Self.v2, "n2": Self.v1]
                })
                #expect(try await eventually { try await env.daemonSet("agent").status.updatedNumberScheduled == 1 })
            }
        }
    }
}
