import DaemonSetCore
import KubeRuntime

/// How a `DaemonSetController` runs. Defaults cite upstream where they come from it.
public struct DaemonSetControllerConfiguration: Sendable {
    /// Concurrent sync workers: 4. kube-controller-manager's `ConcurrentDaemonSetSyncs` is 2; one key is
    /// never synced by two workers at once, so more workers only help with many DaemonSets.
    public var workers = 4
    /// Pod creates and deletes per sync, each: 250, upstream's `BurstReplicas`.
    public var burstReplicas = 250
    /// The failed-pod backoff's first delay: 1 s, as kube-controller-manager configures it.
    public var failedPodBackoffInitial: Double = 1
    /// The failed-pod backoff's longest delay: 15 minutes.
    public var failedPodBackoffMaximum: Double = 900
    /// How long unobserved creates and deletes hold a DaemonSet back: 5 minutes (`ExpectationsTimeout`).
    public var expectationsTimeout: Duration = ControllerExpectations.defaultTimeout
    /// Events are reported as this component: `daemonset-controller`, as upstream.
    public var component = DaemonSetKeys.component
    /// The work queue's name, its metrics' `name` label: `daemonset`, as upstream.
    public var queueName = "daemonset"

    /// The documented defaults.
    public init() {}
}
