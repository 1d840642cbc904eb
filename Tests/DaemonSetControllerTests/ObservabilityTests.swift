import DaemonSetCore
import KubeClient
import KubeModel
import KubeRuntime
import Prometheus
import KubeTestSupport
import Testing

/// What operators see: events on the DaemonSet and Prometheus metrics.
struct ObservabilityTests {
    @Test func aFailedPodIsReplacedWithAWarningEvent() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1")])
            try await env.create(Fixtures.daemonSet("agent"))
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.pods(of: "agent").first?.isReady == true })
                var failed = try #require(try await env.pods(of: "agent").first)
                failed.status.phase = "Failed"
                failed.status.conditions = [PodCondition(type: "Ready", status: "False")]
                _ = try await env.client.updateStatus(failed)
                #expect(try await eventually {
                    let pods = try await env.pods(of: "agent")
                    return pods.count == 1 && pods[0].metadata.name != failed.metadata.name && pods[0].isReady
                })
                #expect(try await eventually {
                    let reasons = try await env.client.list(Event.self, namespace: Fixtures.namespace).items
                        .filter { $0.involvedObject.name == "agent" }.map(\.reason)
                    return reasons.contains(DaemonSetEventReason.failedDaemonPod)
                        && reasons.contains(DaemonSetEventReason.successfulCreate)
                        && reasons.contains(DaemonSetEventReason.successfulDelete)
                })
            }
        }
    }

    @Test func syncsQueueAndRequestsAreMeasured() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1")])
            try await env.create(Fixtures.daemonSet("agent"))
            let registry = PrometheusCollectorRegistry()
            let factory = PrometheusMetricsFactory.kubeRuntime(registry: registry)
            var configuration = KubeClient.Configuration()
            configuration.observer = RESTClientMetrics(factory: factory).observer
            try await KubeClient.withClient(config: env.config, configuration: configuration) { client in
                try await env.withController(client: client, registry: registry) { _ async throws in
                    #expect(try await eventually { try await env.daemonSet("agent").status.numberReady == 1 })
                }
            }
            let text = registry.emitToString()
            #expect(text.contains("controller_sync_duration_seconds_count{controller=\"daemonset\"}"))
            #expect(text.contains("workqueue_adds_total{name=\"daemonset\"}"))
            #expect(text.contains("rest_client_requests_total{code=\"201\",verb=\"create\"}"))
        }
    }
}
