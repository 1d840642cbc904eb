import Foundation

/// What the driver does next for one progressive rollout, and what it reports.
public struct RolloutPlan: Sendable, Hashable {
    /// The `Progressing` condition's reason, also the reason of the Events the driver records.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        case waveProgressing = "WaveProgressing"
        case paused = "Paused"
        case canaryComplete = "CanaryComplete"
        case baking = "Baking"
        case progressDeadlineExceeded = "ProgressDeadlineExceeded"
        case rolloutFailed = "RolloutFailed"
        case rolledBack = "RolledBack"
        case rolloutComplete = "RolloutComplete"
        /// An annotation that cannot be read: nothing is deleted.
        case invalidPolicy = "InvalidPolicy"
        /// A progressive DaemonSet that is not `OnDelete`: nothing is deleted.
        case unsupportedUpdateStrategy = "UnsupportedUpdateStrategy"

        /// The rollout failed or cannot run: a Warning Event, and `rollout status` exits 1.
        public var isFailure: Bool {
            [.rolloutFailed, .progressDeadlineExceeded, .invalidPolicy, .unsupportedUpdateStrategy].contains(self)
        }

        /// The `Progressing` condition's status: True while the rollout moves or once it completed.
        public var conditionStatus: String {
            [.waveProgressing, .baking, .rolloutComplete].contains(self) ? "True" : "False"
        }
    }

    /// Unavailable pods by cause, as the condition's message counts them.
    public struct Unavailable: Sendable, Hashable {
        /// On a node that is not Ready: not counted against the budget, never touched.
        public var nodeNotReady = 0
        /// Created, not available yet, nothing wrong seen.
        public var notYetStarted = 0
        public var crashLooping = 0
        public var imagePull = 0
        public var configError = 0
        public var failed = 0
        /// Ready nodes without a pod.
        public var missing = 0
        /// Old pods of the step in progress left running for want of room in the budget.
        public var waitingOnBudget = 0

        public init() {}
    }

    /// The old pods to delete now.
    public var deletions: [RolloutInput.Pod] = []
    public var reason: Reason
    /// One line: the step, the counts and what holds the rollout.
    public var message: String
    /// The step in progress: `canary`, the wave's label value, or `all nodes`.
    public var step: String?
    public var unavailable = Unavailable()
    /// Updated pods that failed (trouble, or not available within the progress deadline).
    public var failedPods = 0
    /// True when the failure action is to roll back now.
    public var rollback = false
    /// When to look again though nothing changes (a bake or a deadline ends), nil for only on a change.
    public var recheckAfter: Duration?

    public init(reason: Reason, message: String) {
        self.reason = reason
        self.message = message
    }

}
