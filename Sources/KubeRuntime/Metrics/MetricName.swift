/// The names of the runtime's metric series, as client-go (and, for sync durations, controller-runtime)
/// names theirs, so existing dashboards and alerts apply.
public enum MetricName {
    /// Gauge: keys waiting in a work queue, by `name`.
    public static let workQueueDepth = "workqueue_depth"
    /// Counter: keys added to a work queue, by `name`.
    public static let workQueueAdds = "workqueue_adds_total"
    /// Histogram: seconds a key waited in a work queue before a worker took it, by `name`.
    public static let workQueueQueueDuration = "workqueue_queue_duration_seconds"
    /// Histogram: seconds a worker held a key, by `name`.
    public static let workQueueWorkDuration = "workqueue_work_duration_seconds"
    /// Counter: delayed and rate-limited adds to a work queue, by `name`.
    public static let workQueueRetries = "workqueue_retries_total"
    /// Counter: API requests, by `code` and `verb`.
    public static let restClientRequests = "rest_client_requests_total"
    /// Histogram: API request latency in seconds, by `verb`.
    public static let restClientRequestDuration = "rest_client_request_duration_seconds"
    /// Histogram: seconds one controller sync took, by `controller`.
    public static let controllerSyncDuration = "controller_sync_duration_seconds"
}
