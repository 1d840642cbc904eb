import Foundation
import KubeModel

/// The seven status counters of a DaemonSet.
public struct DaemonSetStatusCounts: Sendable, Hashable {
    public var desiredNumberScheduled: Int32 = 0
    public var currentNumberScheduled: Int32 = 0
    public var numberMisscheduled: Int32 = 0
    public var numberReady: Int32 = 0
    public var updatedNumberScheduled: Int32 = 0
    public var numberAvailable: Int32 = 0
    public var numberUnavailable: Int32 = 0

    public init() {}

    /// Whether `status` already carries these counters.
    public func matches(_ status: DaemonSetStatus) -> Bool {
        status.desiredNumberScheduled == desiredNumberScheduled
            && status.currentNumberScheduled == currentNumberScheduled
            && status.numberMisscheduled == numberMisscheduled && status.numberReady == numberReady
            && status.updatedNumberScheduled == updatedNumberScheduled && status.numberAvailable == numberAvailable
            && status.numberUnavailable == numberUnavailable
    }

    /// `storeDaemonSetStatus`: the status to write, or nil when counters and observedGeneration are current.
    /// Conditions and collisionCount are kept as they are.
    public func status(
        for daemonSet: DaemonSet, updateObservedGeneration: Bool
    ) -> DaemonSetStatus? {
        let current = daemonSet.status
        if matches(current) && current.observedGeneration >= daemonSet.metadata.generation { return nil }
        var status = current
        if updateObservedGeneration { status.observedGeneration = daemonSet.metadata.generation }
        status.desiredNumberScheduled = desiredNumberScheduled
        status.currentNumberScheduled = currentNumberScheduled
        status.numberMisscheduled = numberMisscheduled
        status.numberReady = numberReady
        status.updatedNumberScheduled = updatedNumberScheduled
        status.numberAvailable = numberAvailable
        status.numberUnavailable = numberUnavailable
        return status
    }
}

extension SyncContext {
    /// `updateDaemonSetStatus`: counts per node (never per pod) from each node's first pod.
    func counts() -> DaemonSetStatusCounts {
        var counts = DaemonSetStatusCounts()
        for position in nodeNames.indices {
            if placements[position].shouldRun {
                counts.desiredNumberScheduled += 1
                guard let first = oldest(onNode: position) else { continue }
                counts.currentNumberScheduled += 1
                if facts[first].ready {
                    counts.numberReady += 1
                    if facts[first].available { counts.numberAvailable += 1 }
                }
                if facts[first].updated { counts.updatedNumberScheduled += 1 }
            } else if podsOfNode.hasPods(onNode: position) {
                counts.numberMisscheduled += 1
            }
        }
        counts.numberUnavailable = counts.desiredNumberScheduled - counts.numberAvailable
        return counts
    }

    /// The status to write, and the minReadySeconds requeue that guards against clock skew.
    func status(
        updateObservedGeneration: Bool, plan: inout DaemonSetSyncPlan
    ) -> DaemonSetStatus? {
        let counts = counts()
        let minReadySeconds = daemonSet.spec.minReadySeconds
        if minReadySeconds > 0 && counts.numberReady != counts.numberAvailable {
            plan.requeue(after: TimeInterval(minReadySeconds))
        }
        return counts.status(for: daemonSet, updateObservedGeneration: updateObservedGeneration)
    }
}
