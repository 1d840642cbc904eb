import Hummingbird
import HummingbirdTesting
import KubeClient
import KubeTestSupport
import Metrics
import Prometheus
import Testing

@testable import KubeRuntime

/// The Prometheus series the runtime exports, and the server that exposes them.
struct MetricsTests {
    let registry = PrometheusCollectorRegistry()
    var factory: PrometheusMetricsFactory { .kubeRuntime(registry: registry) }

    @Test func theWorkQueueExportsClientGosSeries() async throws {
        let clock = ManualClock()
        let queue = WorkQueue<String>(name: "daemonset", clock: clock, metricsFactory: factory)
        queue.add("a")
        queue.add("a")
        queue.add("b")
        clock.advance(by: .milliseconds(20))
        let key = await queue.get()
        clock.advance(by: .milliseconds(3))
        queue.done(try #require(key))
        queue.addRateLimited("a")

        let text = registry.emitToString()
        #expect(text.contains(#"workqueue_adds_total{name="daemonset"} 2"#))
        #expect(text.contains(#"workqueue_depth{name="daemonset"} 1"#))
        #expect(text.contains(#"workqueue_retries_total{name="daemonset"} 1"#))
        #expect(text.contains(#"workqueue_queue_duration_seconds_bucket{name="daemonset",le="0.1"} 1"#))
        #expect(text.contains(#"workqueue_queue_duration_seconds_bucket{name="daemonset",le="0.01"} 0"#))
        #expect(text.contains(#"workqueue_work_duration_seconds_bucket{name="daemonset",le="0.01"} 1"#))
        #expect(text.contains(#"workqueue_work_duration_seconds_count{name="daemonset"} 1"#))
    }

    @Test func requestsAreCountedByCodeAndVerb() {
        let metrics = RESTClientMetrics(factory: factory)
        let observe = metrics.observer
        observe(RequestMetric(verb: "list", method: "GET", resource: "pods", code: "200", latency: .milliseconds(40)))
        observe(RequestMetric(verb: "list", method: "GET", resource: "pods", code: "200", latency: .milliseconds(60)))
        observe(RequestMetric(verb: "update", method: "PUT", resource: "daemonsets.apps", code: "409", latency: .milliseconds(2)))
        let text = registry.emitToString()
        #expect(text.contains(#"rest_client_requests_total{code="200",verb="list"} 2"#))
        #expect(text.contains(#"rest_client_requests_total{code="409",verb="update"} 1"#))
        #expect(text.contains(#"rest_client_request_duration_seconds_bucket{verb="list",le="0.1"} 2"#))
        #expect(text.contains(#"rest_client_request_duration_seconds_bucket{verb="list",le="0.025"} 0"#))
    }

    @Test func syncDurationsAreRecordedPerController() async throws {
        let clock = ManualClock()
        let metrics = ControllerSyncMetrics(controller: "daemonset", factory: factory, clock: clock)
        let result = await metrics.measure {
            clock.advance(by: .milliseconds(30))
            return 7
        }
        #expect(result == 7)
        metrics.record(.seconds(3))
        let text = registry.emitToString()
        #expect(text.contains(#"controller_sync_duration_seconds_bucket{controller="daemonset",le="0.05"} 1"#))
        #expect(text.contains(#"controller_sync_duration_seconds_count{controller="daemonset"} 2"#))
    }

    @Test func theServerServesMetricsAndHealth() async throws {
        Counter(label: "daemonry_test_total", factory: factory).increment()
        let healthy = Locked(true)
        let server = MetricsServer(
            registry: registry, healthChecks: [HealthCheck(name: "informers-synced") { healthy.value }])
        try await server.makeApplication().test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
                #expect(String(buffer: response.body).contains("daemonry_test_total 1"))
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "ok")
            }
            healthy.mutate { $0 = false }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .internalServerError)
                #expect(String(buffer: response.body) == "[-]informers-synced failed\nhealthz check failed\n")
            }
        }
    }

    @Test(arguments: [
        ("127.0.0.1:10257", "127.0.0.1", 10257),
        ("0.0.0.0:9090", "0.0.0.0", 9090),
        (":8080", "0.0.0.0", 8080),
        ("[::1]:10257", "::1", 10257),
    ])
    func addressesParse(address: String, host: String, port: Int) throws {
        let configuration = try MetricsServer.Configuration(address: address)
        #expect(configuration.host == host)
        #expect(configuration.port == port)
    }

    @Test(arguments: ["10257", "localhost:", "localhost:http", "host:70000"])
    func badAddressesAreRefused(address: String) {
        #expect(throws: KubeRuntimeError.self) { try MetricsServer.Configuration(address: address) }
    }

    @Test func theDefaultAddressIsLocalOnKubeControllerManagersPort() {
        let configuration = MetricsServer.Configuration()
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 10257)
    }
}
