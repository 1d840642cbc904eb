import Foundation
import KubeModel

/// Everything one DaemonSet sync decides from: the observed objects, the failed-pod backoff and the clock.
public struct DaemonSetSyncInput: Sendable {
    public var daemonSet: DaemonSet
    /// Every node in the cluster.
    public var nodes: NodeSnapshot
    /// Pods in the DaemonSet's namespace that it controls or that have no controller; others are ignored.
    public var pods: [Pod]
    /// ControllerRevisions in the DaemonSet's namespace.
    public var revisions: [ControllerRevision]
    /// False while creates or deletes of an earlier sync are still unobserved: only status is refreshed.
    public var expectationsSatisfied: Bool
    public var backoff: FailedPodBackoff
    public var now: Date
    public var configuration: DaemonSetSyncConfiguration
    /// What earlier syncs of this DaemonSet read of its pods, reused for pods that did not change; nil to
    /// read every pod. The plan is the same either way.
    public var podFacts: PodFactsMemo?

    public init(
        daemonSet: DaemonSet, nodes: [Node], pods: [Pod] = [], revisions: [ControllerRevision] = [],
        expectationsSatisfied: Bool = true, backoff: FailedPodBackoff = FailedPodBackoff(), now: Date,
        configuration: DaemonSetSyncConfiguration = DaemonSetSyncConfiguration()
    ) {
        self.init(
            daemonSet: daemonSet, nodes: NodeSnapshot(nodes), pods: pods, revisions: revisions,
            expectationsSatisfied: expectationsSatisfied, backoff: backoff, now: now, configuration: configuration)
    }

    /// With a node snapshot shared across syncs.
    public init(
        daemonSet: DaemonSet, nodes: NodeSnapshot, pods: [Pod] = [], revisions: [ControllerRevision] = [],
        expectationsSatisfied: Bool = true, backoff: FailedPodBackoff = FailedPodBackoff(), now: Date,
        configuration: DaemonSetSyncConfiguration = DaemonSetSyncConfiguration(), podFacts: PodFactsMemo? = nil
    ) {
        self.podFacts = podFacts
        self.daemonSet = daemonSet
        self.nodes = nodes
        self.pods = pods
        self.revisions = revisions
        self.expectationsSatisfied = expectationsSatisfied
        self.backoff = backoff
        self.now = now
        self.configuration = configuration
    }
}
