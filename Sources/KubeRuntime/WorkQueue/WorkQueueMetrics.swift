import Metrics

/// A work queue's metrics, named and labelled as client-go's workqueue metrics provider registers them
/// (`workqueue_*` with a `name` label).
struct WorkQueueMetrics: Sendable {
    /// Keys waiting to be handed out (client-go's `workqueue_depth`).
    let depth: Meter
    /// Keys added (`workqueue_adds_total`); duplicates of a queued key do not count.
    let adds: Counter
    /// Time from add to hand-out (`workqueue_queue_duration_seconds`).
    let queueDuration: Timer
    /// Time from hand-out to `done` (`workqueue_work_duration_seconds`).
    let workDuration: Timer
    /// Delayed and rate-limited adds (`workqueue_retries_total`).
    let retries: Counter

    init(name: String, factory: any MetricsFactory) {
        let dimensions = [("name", name)]
        depth = Meter(label: MetricName.workQueueDepth, dimensions: dimensions, factory: factory)
        adds = Counter(label: MetricName.workQueueAdds, dimensions: dimensions, factory: factory)
        queueDuration = Timer(label: MetricName.workQueueQueueDuration, dimensions: dimensions, factory: factory)
        workDuration = Timer(label: MetricName.workQueueWorkDuration, dimensions: dimensions, factory: factory)
        retries = Counter(label: MetricName.workQueueRetries, dimensions: dimensions, factory: factory)
    }
}
