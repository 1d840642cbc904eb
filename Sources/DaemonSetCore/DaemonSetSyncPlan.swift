import Foundation
import KubeModel

/// What one sync decided, in the order the controller carries it out: revision claims and history,
/// pod claims, pod deletions and creations, history cleanup, then status. A step that fails aborts the
/// rest (status excepted, as upstream writes status even when manage failed).
public struct DaemonSetSyncPlan: Sendable, Equatable {
    /// The current revision's hash: the `controller-revision-hash` of pods created now.
    public var hash: String = ""
    /// Revision adoptions and releases (adoption needs the uncached DaemonSet recheck first).
    public var revisionClaims: [ObjectClaim] = []
    /// Claimed revisions that lacked the hash label, updated to carry their own name as the hash.
    public var revisionLabelUpdates: [ControllerRevision] = []
    /// The snapshot to create when no revision matches the template.
    public var revisionToCreate: ControllerRevision?
    /// Pods to relabel to the kept revision's hash when current revisions were duplicated.
    public var podRelabels: [PodRelabel] = []
    /// Duplicate current revisions to delete after the relabelling.
    public var duplicateRevisionsToDelete: [String] = []
    /// The current revision renumbered to the top (a rollback to an older template).
    public var revisionRenumber: ControllerRevision?
    /// Pod adoptions and releases.
    public var podClaims: [ObjectClaim] = []
    /// Pods to delete, at most BurstReplicas.
    public var podsToDelete: [PodDeletion] = []
    /// Pods to create, at most BurstReplicas, in slow-start batches.
    public var podsToCreate: [PodCreation] = []
    /// Old revisions beyond `revisionHistoryLimit` that no pod uses any more.
    public var revisionsToDelete: [String] = []
    /// Events to record on the DaemonSet.
    public var events: [DaemonSetEvent] = []
    /// The status to write; nil when the stored one is already right.
    public var status: DaemonSetStatus?
    /// A hash collision was found: write this `status.collisionCount` and retry.
    public var collisionCount: Int32?
    /// Sync again after this long (failed-pod backoff, minReadySeconds).
    public var requeueAfter: TimeInterval?
    /// The backoff state after this sync.
    public var backoff = FailedPodBackoff()
    /// Why the sync cannot complete (retried with rate limiting); actions listed before it still apply.
    public var error: DaemonSetSyncError?

    public init() {}

    /// Whether the sync changes nothing at all.
    public var isNoOp: Bool {
        revisionClaims.isEmpty && revisionLabelUpdates.isEmpty && revisionToCreate == nil && podRelabels.isEmpty
            && duplicateRevisionsToDelete.isEmpty && revisionRenumber == nil && podClaims.isEmpty
            && podsToDelete.isEmpty && podsToCreate.isEmpty && revisionsToDelete.isEmpty && events.isEmpty
            && status == nil && collisionCount == nil && error == nil
    }

    mutating func requeue(after delay: TimeInterval) {
        requeueAfter = min(requeueAfter ?? delay, delay)
    }
}

/// An adoption or release of a pod or revision.
public struct ObjectClaim: Sendable, Hashable {
    public var name: String
    public var uid: String
    /// `.adopt` or `.release`.
    public var decision: ClaimDecision

    public init(name: String, uid: String, decision: ClaimDecision) {
        self.name = name
        self.uid = uid
        self.decision = decision
    }
}

/// A pod relabelled to another revision hash.
public struct PodRelabel: Sendable, Hashable {
    public var podName: String
    public var hash: String
}

/// A pod to create on a node.
public struct PodCreation: Sendable, Hashable {
    public var nodeName: String
    /// The full pod (generateName, labels, tolerations, node affinity, controller reference).
    public var pod: Pod
}

/// A pod to delete, with why.
public struct PodDeletion: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        /// Phase Failed, outside its backoff.
        case failed
        /// Phase Succeeded.
        case succeeded
        /// More than one daemon pod on the node.
        case excess
        /// The node no longer qualifies (`shouldContinueRunning` false).
        case misscheduled
        /// Never scheduled, pinned to a node that no longer exists.
        case nodeMissing
        /// Replaced by the rolling update.
        case rollingUpdate
    }

    public var name: String
    public var nodeName: String
    public var reason: Reason
}

/// An event to record on the DaemonSet.
public struct DaemonSetEvent: Sendable, Hashable {
    /// "Normal" or "Warning".
    public var type: String
    public var reason: String
    public var message: String
}

/// A sync that cannot complete.
public struct DaemonSetSyncError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(message: String) { self.message = message }
}
