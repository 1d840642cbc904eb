import Foundation

/// `v1.Taint`: a node repels pods that do not tolerate `key=value:effect`.
public struct Taint: APIModel, Hashable {
    public var key: String = ""
    public var value: String = ""
    /// One of ``TaintEffect``'s values; kept as text so that effects we do not know survive.
    public var effect: String = ""
    /// When the taint was added; the node lifecycle controller sets it on `NoExecute` taints.
    public var timeAdded: Time?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(key: String, value: String = "", effect: String, timeAdded: Time? = nil) {
        self.key = key
        self.value = value
        self.effect = effect
        self.timeAdded = timeAdded
    }

    public static let schema = Schema<Taint>([
        .field("key", \.key),
        .omitEmpty("value", \.value),
        .field("effect", \.effect),
        .optional("timeAdded", \.timeAdded),
    ])

    /// Whether two taints are the same taint: upstream's `MatchTaint` compares key and effect only.
    public func matches(_ other: Taint) -> Bool {
        key == other.key && effect == other.effect
    }
}

/// The values of `Taint.effect` (upstream `v1.TaintEffect`).
public enum TaintEffect {
    /// New pods that do not tolerate the taint are not scheduled; running pods stay.
    public static let noSchedule = "NoSchedule"
    /// The scheduler avoids the node for pods that do not tolerate the taint, but may still use it.
    public static let preferNoSchedule = "PreferNoSchedule"
    /// Pods that do not tolerate the taint are evicted, and new ones are not scheduled.
    public static let noExecute = "NoExecute"
}

/// The taint keys Kubernetes itself sets (upstream `k8s.io/api/core/v1/well_known_taints.go`, plus the two
/// of `k8s.io/cloud-provider/api/well_known_taints.go`).
public enum TaintKeys {
    /// The node's Ready condition is False.
    public static let nodeNotReady = "node.kubernetes.io/not-ready"
    /// The node controller cannot reach the node: its Ready condition is Unknown.
    public static let nodeUnreachable = "node.kubernetes.io/unreachable"
    /// The node is cordoned (`spec.unschedulable`).
    public static let nodeUnschedulable = "node.kubernetes.io/unschedulable"
    /// The node reports MemoryPressure.
    public static let nodeMemoryPressure = "node.kubernetes.io/memory-pressure"
    /// The node reports DiskPressure.
    public static let nodeDiskPressure = "node.kubernetes.io/disk-pressure"
    /// The node reports NetworkUnavailable.
    public static let nodeNetworkUnavailable = "node.kubernetes.io/network-unavailable"
    /// The node reports PIDPressure.
    public static let nodePIDPressure = "node.kubernetes.io/pid-pressure"
    /// An administrator marked the node out of service (non-graceful node shutdown).
    public static let nodeOutOfService = "node.kubernetes.io/out-of-service"
    /// Set by the kubelet with an external cloud provider until the cloud controller initializes the node.
    public static let nodeUninitialized = "node.cloudprovider.kubernetes.io/uninitialized"
    /// The cloud provider reports the node shut down.
    public static let nodeShutdown = "node.cloudprovider.kubernetes.io/shutdown"
}
