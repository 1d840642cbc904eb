import Foundation
import KubeModel

/// What the planner sees of one DaemonSet's rollout: the nodes that should run its pod, with the pods on them,
/// and the revision being rolled out.
public struct RolloutInput: Sendable {
    /// One node that should run the daemon pod.
    public struct Node: Sendable, Hashable {
        public var name: String
        public var labels: [String: String]
        /// False for a node whose Ready condition is not True: its pod neither blocks the rollout nor is touched.
        public var ready: Bool

        public init(name: String, labels: [String: String], ready: Bool) {
            self.name = name
            self.labels = labels
            self.ready = ready
        }
    }

    /// One daemon pod.
    public struct Pod: Sendable, Hashable {
        public var name: String
        public var uid: String
        public var nodeName: String
        /// Its `controller-revision-hash` is the revision being rolled out.
        public var updated: Bool
        /// Ready for at least `minReadySeconds`.
        public var available: Bool
        /// Being deleted already.
        public var deleting: Bool
        /// Why it is not running, when its containers or phase say so.
        public var trouble: PodTrouble?
        public var created: Date
        /// When its Ready condition last changed: for an available pod, when it became available.
        public var readySince: Date?

        public init(
            name: String, uid: String, nodeName: String, updated: Bool, available: Bool, deleting: Bool = false,
            trouble: PodTrouble? = nil, created: Date, readySince: Date? = nil
        ) {
            self.name = name
            self.uid = uid
            self.nodeName = nodeName
            self.updated = updated
            self.available = available
            self.deleting = deleting
            self.trouble = trouble
            self.created = created
            self.readySince = readySince
        }
    }

    public var policy: RolloutPolicy
    /// The nodes that should run the pod, in any order.
    public var nodes: [Node]
    /// The DaemonSet's pods, in any order.
    public var pods: [Pod]
    /// The revision's `controller-revision-hash`.
    public var revision: String
    /// The revision promoted past its canary step, if any.
    public var promotedRevision: String?
    public var now: Date

    public init(
        policy: RolloutPolicy, nodes: [Node], pods: [Pod], revision: String, promotedRevision: String?, now: Date
    ) {
        self.policy = policy
        self.nodes = nodes
        self.pods = pods
        self.revision = revision
        self.promotedRevision = promotedRevision
        self.now = now
    }
}

/// Why a pod is not running, from its container states and phase.
public enum PodTrouble: String, Sendable, Hashable, CaseIterable {
    case crashLooping = "CrashLoopBackOff"
    case imagePull = "ImagePullBackOff"
    case configError = "CreateContainerConfigError"
    case failed = "Failed"

    /// The trouble a pod's status shows, nil for none.
    public static func of(_ pod: KubeModel.Pod) -> PodTrouble? {
        if pod.status.phase == "Failed" { return .failed }
        for status in pod.status.containerStatuses + pod.status.initContainerStatuses {
            switch status.state.waiting?.reason {
            case "CrashLoopBackOff": return .crashLooping
            case "ImagePullBackOff", "ErrImagePull": return .imagePull
            case "CreateContainerConfigError": return .configError
            default: continue
            }
        }
        return nil
    }
}
