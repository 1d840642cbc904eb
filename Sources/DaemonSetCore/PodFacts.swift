import Foundation
import KubeModel

/// What one sync needs to know about a claimed pod, read once so the hot loops over 10,000 pods never
/// copy a `Pod` (a large value).
struct PodFacts {
    var name: String
    var targetNode: String?
    /// `spec.nodeName` is set: sorts before unscheduled pods.
    var scheduled: Bool
    /// `creationTimestamp` in seconds (distant past when unset).
    var created: TimeInterval
    var deleting: Bool
    var phase: Phase
    var ready: Bool
    var available: Bool
    /// Carries the current revision's hash or the legacy template generation (`IsPodUpdated`).
    var updated: Bool
    /// Carries exactly the current revision's hash (what surge pruning in manage compares).
    var hashMatches: Bool
    /// The `controller-revision-hash` label, for history cleanup.
    var hash: String?

    enum Phase {
        case failed, succeeded, other
    }

    /// Reads one pod field by field through its address: passing a whole `Pod` would copy it.
    init(
        _ pod: UnsafePointer<Pod>, hash currentHash: String, templateGeneration: Int64?, minReadySeconds: Int32,
        now: Date, relabel: String?
    ) {
        name = pod.pointee.metadata.name
        targetNode = DaemonPod.targetNodeName(nodeName: pod.pointee.spec.nodeName, affinity: pod.pointee.spec.affinity)
        scheduled = !pod.pointee.spec.nodeName.isEmpty
        created = pod.pointee.metadata.creationTimestamp?.date.timeIntervalSince1970 ?? -.infinity
        deleting = pod.pointee.metadata.deletionTimestamp != nil
        switch pod.pointee.status.phase {
        case "Failed": phase = .failed
        case "Succeeded": phase = .succeeded
        default: phase = .other
        }
        let conditions = pod.pointee.status.conditions
        ready = Pod.isReady(conditions: conditions)
        available = ready && Pod.isAvailable(conditions: conditions, minReadySeconds: minReadySeconds, now: now)
        hash = relabel ?? pod.pointee.metadata.labels[DaemonSetKeys.controllerRevisionHash]
        hashMatches = !currentHash.isEmpty && hash == currentHash
        updated = DaemonPod.isUpdated(
            hashLabel: hash, generationLabel: pod.pointee.metadata.labels[DaemonSetKeys.podTemplateGeneration],
            hash: currentHash, templateGeneration: templateGeneration)
    }

    /// A pod this sync creates, as the informer will show it: unscheduled, pinned to its node, not ready.
    init(createdOn nodeName: String, hash: String) {
        name = ""
        targetNode = nodeName
        scheduled = false
        created = .infinity
        deleting = false
        phase = .other
        ready = false
        available = false
        updated = true
        hashMatches = !hash.isEmpty
        self.hash = hash
    }

    var isTerminal: Bool { phase != .other }

    /// `podByCreationTimestampAndPhase`: scheduled first, then oldest, then by name.
    static func isOrderedBefore(_ lhs: PodFacts, _ rhs: PodFacts) -> Bool {
        if lhs.scheduled != rhs.scheduled { return lhs.scheduled }
        if lhs.created == rhs.created { return lhs.name < rhs.name }
        return lhs.created < rhs.created
    }
}
