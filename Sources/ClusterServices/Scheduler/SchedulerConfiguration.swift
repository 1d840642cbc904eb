/// How the `Scheduler` behaves.
public struct SchedulerConfiguration: Sendable, Hashable {
    /// The `spec.schedulerName` this scheduler serves (pods with an empty name too): `default-scheduler`,
    /// as upstream. Also the events' reporting component.
    public var schedulerName = "default-scheduler"
    /// Pods decided and bound at once: 16. Decisions are serialized; bindings (one API call each) overlap,
    /// as upstream binds asynchronously.
    public var workers = 16
    /// How often pods that fit nowhere are retried even when nothing seemed to change: 60 s. Upstream
    /// flushes them after 5 minutes (`podMaxInUnschedulablePodsDuration`); node and pod changes retry them
    /// at once either way.
    public var unschedulableRetryInterval: Duration = .seconds(60)
    /// Whether to record a `Scheduled` event per binding, as upstream does.
    public var recordsScheduledEvents = true

    /// The documented defaults.
    public init() {}
}
