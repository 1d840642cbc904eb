import KubeClient
import Metrics
import Synchronization

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
    /// The counters and timers made so far: making one looks it up in the factory by label and dimensions,
    /// which cost more than recording into it on every request.
    private let made = Made()

    private final class Made: Sendable {
        let state = Mutex<State>(State())
    }

    private struct State {
        var counters: [RequestKey: Counter] = [:]
        var timers: [String: Timer] = [:]
    }

    private struct RequestKey: Hashable {
        var code: String
        var verb: String
    }

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
        let (counter, timer) = made.state.withLock { made -> (Counter, Timer) in
            let key = RequestKey(code: metric.code, verb: metric.verb)
            let counter =
                made.counters[key]
                ?? Counter(
                    label: MetricName.restClientRequests, dimensions: [("code", metric.code), ("verb", metric.verb)],
                    factory: factory)
            made.counters[key] = counter
            let timer =
                made.timers[metric.verb]
                ?? Timer(label: MetricName.restClientRequestDuration, dimensions: [("verb", metric.verb)], factory: factory)
            made.timers[metric.verb] = timer
            return (counter, timer)
        }
        counter.increment()
        timer.record(duration: metric.latency)
    }
}
