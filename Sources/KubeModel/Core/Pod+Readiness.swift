import Foundation

extension Pod {
    /// The pod's `Ready` condition, if reported (upstream `GetPodReadyCondition`: the first one).
    public var readyCondition: PodCondition? { Self.readyCondition(in: status.conditions) }

    /// Upstream `podutil.IsPodReady`: the `Ready` condition is "True".
    public var isReady: Bool { Self.isReady(conditions: status.conditions) }

    /// Upstream `podutil.IsPodAvailable`: ready, and either `minReadySeconds` is 0 or the Ready condition
    /// turned true more than `minReadySeconds` before `now`. A Ready condition without a transition time is
    /// never available when `minReadySeconds` > 0, as upstream's zero time check makes it.
    public func isAvailable(minReadySeconds: Int32, now: Date) -> Bool {
        Self.isAvailable(conditions: status.conditions, minReadySeconds: minReadySeconds, now: now)
    }

    /// The `Ready` condition among `conditions` (for callers holding only the conditions of a large pod).
    public static func readyCondition(in conditions: [PodCondition]) -> PodCondition? {
        conditions.first { $0.type == "Ready" }
    }

    /// `isReady` over a pod's conditions; reads the fields in place (no condition is copied).
    public static func isReady(conditions: [PodCondition]) -> Bool {
        conditions.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index].type == "Ready" { return buffer[index].status == "True" }
            return false
        }
    }

    /// `isAvailable(minReadySeconds:now:)` over a pod's conditions.
    public static func isAvailable(conditions: [PodCondition], minReadySeconds: Int32, now: Date) -> Bool {
        guard isReady(conditions: conditions) else { return false }
        if minReadySeconds == 0 { return true }
        guard let transition = readyCondition(in: conditions)?.lastTransitionTime else { return false }
        return transition.date.addingTimeInterval(TimeInterval(minReadySeconds)) < now
    }

    /// Phase Succeeded or Failed: the pod will not run again.
    public var isTerminal: Bool {
        status.phase == "Succeeded" || status.phase == "Failed"
    }
}
