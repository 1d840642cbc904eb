import Prometheus

extension PrometheusMetricsFactory {
    /// A factory registering into `registry`, with the histogram buckets upstream uses for the runtime's
    /// series: work queue durations from 10 ns to 10 s by powers of ten (client-go's
    /// `ExponentialBuckets(10e-9, 10, 10)`), request latencies from 5 ms to 60 s (client-go's
    /// `rest_client_request_duration_seconds`), Prometheus's default buckets for sync durations.
    public static func kubeRuntime(registry: PrometheusCollectorRegistry) -> PrometheusMetricsFactory {
        var factory = PrometheusMetricsFactory(registry: registry)
        let workQueueBuckets = (0..<10).map { power in
            Duration.nanoseconds((0..<power).reduce(Int64(10)) { value, _ in value * 10 })
        }
        factory.durationHistogramBuckets[MetricName.workQueueQueueDuration] = workQueueBuckets
        factory.durationHistogramBuckets[MetricName.workQueueWorkDuration] = workQueueBuckets
        factory.durationHistogramBuckets[MetricName.restClientRequestDuration] = [
            .milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(250), .milliseconds(500),
            .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(15), .seconds(30), .seconds(60),
        ]
        return factory
    }
}
