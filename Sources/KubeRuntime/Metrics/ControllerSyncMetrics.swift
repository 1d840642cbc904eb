import Metrics

/// How long a controller's syncs take: `controller_sync_duration_seconds` by `controller` (the role of
/// controller-runtime's `controller_runtime_reconcile_time_seconds`; kube-controller-manager logs sync times
/// instead of exporting them).
public struct ControllerSyncMetrics: Sendable {
    private let timer: Timer
    private let clock: AnyClock

    /// The histogram for `controller` (`daemonset`), timed on `clock`.
    public init(
        controller: String, factory: any MetricsFactory = MetricsSystem.factory,
        clock: some Clock<Duration> = ContinuousClock()
    ) {
        self.timer = Timer(
            label: MetricName.controllerSyncDuration, dimensions: [("controller", controller)], factory: factory)
        self.clock = AnyClock(clock)
    }

    /// Records one sync that took `duration`.
    public func record(_ duration: Duration) {
        timer.record(duration: duration)
    }

    /// Runs `sync` and records how long it took, whether it returned or threw.
    public func measure<Result>(
        isolation: isolated (any Actor)? = #isolation, _ sync: () async throws -> sending Result
    ) async rethrows -> sending Result {
        let start = clock.now
        defer { timer.record(duration: start.duration(to: clock.now)) }
        return try await sync()
    }
}
