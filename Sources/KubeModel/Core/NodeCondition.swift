import Foundation

/// `v1.NodeCondition`: one observation the kubelet (or node controller) reports, such as `Ready`.
public struct NodeCondition: APIModel, Hashable {
    /// One of ``NodeConditionType``'s values, or a provider's own.
    public var type: String = ""
    /// One of ``ConditionStatus``'s values.
    public var status: String = ""
    /// Go writes a zero `metav1.Time` as `null`; the kubelet always sets both times.
    public var lastHeartbeatTime: Time?
    public var lastTransitionTime: Time?
    public var reason: String = ""
    public var message: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(
        type: String, status: String, lastHeartbeatTime: Time? = nil, lastTransitionTime: Time? = nil,
        reason: String = "", message: String = ""
    ) {
        self.type = type
        self.status = status
        self.lastHeartbeatTime = lastHeartbeatTime
        self.lastTransitionTime = lastTransitionTime
        self.reason = reason
        self.message = message
    }

    public static let schema = Schema<NodeCondition>([
        .field("type", \.type),
        .field("status", \.status),
        .nullable("lastHeartbeatTime", \.lastHeartbeatTime),
        .nullable("lastTransitionTime", \.lastTransitionTime),
        .omitEmpty("reason", \.reason),
        .omitEmpty("message", \.message),
    ])
}

/// The built-in values of `NodeCondition.type` (upstream `v1.NodeConditionType`).
public enum NodeConditionType {
    /// The kubelet is healthy and ready to accept pods.
    public static let ready = "Ready"
    /// The node is short of memory.
    public static let memoryPressure = "MemoryPressure"
    /// The node is short of disk.
    public static let diskPressure = "DiskPressure"
    /// The node is short of process IDs.
    public static let pidPressure = "PIDPressure"
    /// The node's network is not configured.
    public static let networkUnavailable = "NetworkUnavailable"
}

/// The values of a condition's `status` (upstream `v1.ConditionStatus`).
public enum ConditionStatus {
    /// The condition holds.
    public static let `true` = "True"
    /// The condition does not hold.
    public static let `false` = "False"
    /// Nobody knows: for a node, the kubelet stopped reporting.
    public static let unknown = "Unknown"
}
