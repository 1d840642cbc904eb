import KubeClient
import KubeModel
import KubeTestSupport
import Testing

@testable import DaemonSetController

/// Status written through the status subresource, and its one read-and-retry on failure.
struct StatusTests {
    @Test func statusCountsDesiredCurrentReadyAvailableAndUpdatedPods() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1"), Fixtures.node("n2"), Fixtures.node("n3")])
            env.kubelet.readiness.mutate { $0 = false }
            try await env.create(Fixtures.daemonSet("agent"))
            try await env.withController { _ async throws in
                #expect(try await eventually {
                    let status = try await env.daemonSet("agent").status
                    return status.desiredNumberScheduled == 3 && status.currentNumberScheduled == 3
                        && status.updatedNumberScheduled == 3 && status.numberReady == 0 && status.numberUnavailable == 3
                })
                env.kubelet.readiness.mutate { $0 = true }
                #expect(try await eventually {
                    let stored = try await env.daemonSet("agent")
                    let status = stored.status
                    return status.numberReady == 3 && status.numberAvailable == 3 && status.numberUnavailable == 0
                        && status.numberMisscheduled == 0 && status.observedGeneration == stored.metadata.generation
                })
            }
        }
    }

    /// Upstream's `TestUpdateStatusDespitePodCreationFailure`: with pod creates refused past two, the sync
    /// fails and is retried, and the status still counts the two pods that exist, Ready.
    @Test func statusIsWrittenDespitePodCreationFailures() async throws {
        try await TestEnvironment.run { env in
            try await env.create((1...5).map { Fixtures.node("n\($0)") })
            try await env.create(Fixtures.daemonSet("agent"))
            let transport = try PodQuotaTransport(config: env.config, limit: 2)
            let client = KubeClient(config: env.config, transport: transport)
            defer { Task { try? await client.shutdown() } }
            try await env.withController(client: client) { _ async throws in
                #expect(try await eventually {
                    let stored = try await env.daemonSet("agent")
                    let status = stored.status
                    return status.desiredNumberScheduled == 5 && status.currentNumberScheduled == 2
                        && status.numberReady == 2 && status.numberAvailable == 2 && status.numberUnavailable == 3
                        && status.observedGeneration == stored.metadata.generation
                })
                let events = try await env.client.list(Event.self, namespace: Fixtures.namespace).items
                #expect(events.contains { $0.reason == "FailedCreate" && $0.message.contains("exceeded quota") })
                #expect(try await env.pods(of: "agent").count == 2)
            }
        }
    }

    @Test func aStaleStatusWriteIsRetriedOnceOverTheLiveObject() async throws {
        try await TestEnvironment.run { env in
            let created = try await env.create(Fixtures.daemonSet("agent"))
            // Someone else writes the DaemonSet after our copy was read: our resourceVersion is stale.
            try await env.updateDaemonSet("agent") { $0.metadata.annotations["touched"] = "yes" }
            let requests = Locked<[String]>([])
            var configuration = KubeClient.Configuration()
            configuration.observer = { metric in requests.mutate { $0.append("\(metric.verb) \(metric.resource) \(metric.code)") } }
            try await KubeClient.withClient(config: env.config, configuration: configuration) { client in
                var status = created.status
                status.desiredNumberScheduled = 7
                status.currentNumberScheduled = 7
                status.observedGeneration = created.metadata.generation
                try await DaemonSetStatusWriter(client: client).store(status, over: created)
            }
            #expect(requests.value == [
                "update daemonsets.apps/status 409", "get daemonsets.apps 200", "update daemonsets.apps/status 200",
            ])
            let stored = try await env.daemonSet("agent")
            #expect(stored.status.desiredNumberScheduled == 7)
            #expect(stored.status.currentNumberScheduled == 7)
            #expect(stored.metadata.annotations["touched"] == "yes")
        }
    }

    @Test func aStatusWriteGivesUpWithTheReadErrorWhenTheDaemonSetIsGone() async throws {
        try await TestEnvironment.run { env in
            let created = try await env.create(Fixtures.daemonSet("agent"))
            try await env.client.delete(DaemonSet.self, name: "agent", namespace: Fixtures.namespace)
            let requests = Locked<[String]>([])
            var configuration = KubeClient.Configuration()
            configuration.observer = { metric in requests.mutate { $0.append("\(metric.verb) \(metric.code)") } }
            try await KubeClient.withClient(config: env.config, configuration: configuration) { client in
                var status = created.status
                status.desiredNumberScheduled = 1
                await #expect(throws: KubeClientError.self) {
                    try await DaemonSetStatusWriter(client: client).store(status, over: created)
                }
            }
            #expect(requests.value == ["update 404", "get 404"])
        }
    }
}
