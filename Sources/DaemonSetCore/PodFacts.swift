import Foundation
import KubeModel

/// What one sync needs to know about a claimed pod, read once: a small value with no references, so the
/// loops over 10,000 pods neither copy a `Pod` (a large value) nor touch reference counts.
struct PodFacts: Sendable {
    /// Index into the input pods; -1 for a pod this sync creates.
    var pod: Int32
    /// Index into the nodes; -1 when the pod's node is not in the node list or cannot be told.
    var node: Int32
    var flags: Flags
    /// `creationTimestamp` in seconds (distant past when unset).
    var created: Double
    /// When the pod counts as available, in seconds since the reference date: its Ready transition plus
    /// `minReadySeconds` (minus infinity with no minimum, infinity when not ready or the transition is
    /// unknown). Kept so a remembered fact can be brought up to another sync's `now`.
    var availableAt: Double

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// `spec.nodeName` is set: sorts before unscheduled pods.
        static let scheduled = Flags(rawValue: 1 << 0)
        static let deleting = Flags(rawValue: 1 << 1)
        static let failed = Flags(rawValue: 1 << 2)
        static let succeeded = Flags(rawValue: 1 << 3)
        static let ready = Flags(rawValue: 1 << 4)
        static let available = Flags(rawValue: 1 << 5)
        /// Carries the current hash or the legacy template generation (`IsPodUpdated`).
        static let updated = Flags(rawValue: 1 << 6)
        /// Carries exactly the current hash (what surge pruning in manage compares).
        static let hashMatches = Flags(rawValue: 1 << 7)
        /// The pod's node can be told (`GetTargetNodeName` succeeded).
        static let targeted = Flags(rawValue: 1 << 8)
    }

    var scheduled: Bool { flags.contains(.scheduled) }
    var deleting: Bool { flags.contains(.deleting) }
    var ready: Bool { flags.contains(.ready) }
    var available: Bool { flags.contains(.available) }
    var updated: Bool { flags.contains(.updated) }
    var hashMatches: Bool { flags.contains(.hashMatches) }
    var isTerminal: Bool { !flags.isDisjoint(with: [.failed, .succeeded]) }
    var failed: Bool { flags.contains(.failed) }
    var succeeded: Bool { flags.contains(.succeeded) }

    /// Reads one pod field by field through its address: passing a whole `Pod` would copy it.
    init(
        _ pod: UnsafePointer<Pod>, index: Int, node: Int, hash: String, templateGeneration: Int64?,
        minReadySeconds: Int32, now: Date, relabel: String?
    ) {
        self.pod = Int32(truncatingIfNeeded: index)
        self.node = Int32(truncatingIfNeeded: node)
        created = pod.pointee.metadata.creationTimestamp?.date.timeIntervalSince1970 ?? -.infinity
        var flags: Flags = []
        if !pod.pointee.spec.nodeName.isEmpty { flags.insert(.scheduled) }
        if pod.pointee.metadata.deletionTimestamp != nil { flags.insert(.deleting) }
        switch pod.pointee.status.phase {
        case "Failed": flags.insert(.failed)
        case "Succeeded": flags.insert(.succeeded)
        default: break
        }
        let conditions = pod.pointee.status.conditions
        availableAt = .infinity
        if Pod.isReady(conditions: conditions) {
            flags.insert(.ready)
            // Ready with no minimum is available: skip a second scan of the conditions.
            if minReadySeconds == 0 {
                availableAt = -.infinity
            } else if let transition = Pod.readyCondition(in: conditions)?.lastTransitionTime {
                // As `Pod.isAvailable`: the transition plus the minimum, strictly before now.
                availableAt = transition.date.addingTimeInterval(TimeInterval(minReadySeconds)).timeIntervalSinceReferenceDate
            }
        }
        let hashLabel = relabel ?? pod.pointee.metadata.labels[DaemonSetKeys.controllerRevisionHash]
        if !hash.isEmpty && hashLabel == hash {
            flags.insert([.hashMatches, .updated])
        } else if DaemonPod.isUpdated(
            hashLabel: hashLabel,
            generationLabel: templateGeneration == nil ? nil : pod.pointee.metadata.labels[DaemonSetKeys.podTemplateGeneration],
            hash: hash, templateGeneration: templateGeneration)
        {
            flags.insert(.updated)
        }
        self.flags = flags
        updateAvailability(now: now)
    }

    /// Sets `available` for `now`: a ready pod whose minimum has passed.
    mutating func updateAvailability(now: Date) {
        if ready && availableAt < now.timeIntervalSinceReferenceDate {
            flags.insert(.available)
        } else {
            flags.remove(.available)
        }
    }

    /// A pod the DaemonSet does not claim: nothing about it is read.
    init(unclaimed index: Int) {
        pod = Int32(truncatingIfNeeded: index)
        node = -1
        flags = []
        created = -.infinity
        availableAt = .infinity
    }

    /// A pod this sync creates, as the informer will show it: unscheduled, pinned to its node, not ready.
    init(createdOn node: Int, hash: String) {
        pod = -1
        self.node = Int32(truncatingIfNeeded: node)
        created = .infinity
        availableAt = .infinity
        flags = hash.isEmpty ? [.updated] : [.updated, .hashMatches]
    }
}
