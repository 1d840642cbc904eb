import KubeClient
import Metrics

/// API request metrics from `KubeClient`'s observer hook: `rest_client_requests_total` by `code` and `verb`
/// and `rest_client_request_duration_seconds` by `verb`. client-go labels its counter by code, method and
/// host; the Kubernetes verb (`list`, `watch`, `patch`) says more than the HTTP method, and a controller
/// talks to one host.
///
/// ```swift
/// var configuration = KubeClient.Configuration()
/// configuration.observer = RESTClientMetrics(factory: factory).observer
/// ```
public struct RESTClientMetrics: Sendable {
    private let factory: any MetricsFactory

    /// Metrics registered with `factory`.
    public init(factory: any MetricsFactory = MetricsSystem.factory) {
        self.factory = factory
    }

    /// The hook for `KubeClient.Configuration.observer`.
    public var observer: @Sendable (RequestMetric) -> Void {
        { metric in self.record(metric) }
    }

    /// Counts one request attempt and its latency.
    public func record(_ metric: RequestMetric) {
        Counter(
            label: MetricName.restClientRequests, dimensions: [("code", metric.code), ("verb", metric.verb)],
            factory: factory
        ).increment()
        Timer(label: MetricName.restClientRequestDuration, dimensions: [("verb", metric.verb)], factory: factory)
            .record(duration: metric.latency)
    }
}
