import Foundation

/// `v1.PodStatus`: what the kubelet and scheduler last observed about a pod.
public struct PodStatus: APIModel, Hashable {
    /// "Pending", "Running", "Succeeded", "Failed" or "Unknown".
    public var phase: String = ""
    public var conditions: [PodCondition] = []
    public var message: String = ""
    public var reason: String = ""
    public var nominatedNodeName: String = ""
    public var hostIP: String = ""
    public var hostIPs: [HostIP] = []
    public var podIP: String = ""
    public var podIPs: [PodIP] = []
    public var startTime: Time?
    public var initContainerStatuses: [ContainerStatus] = []
    public var containerStatuses: [ContainerStatus] = []
    public var qosClass: String = ""
    public var ephemeralContainerStatuses: [ContainerStatus] = []
    public var resize: String = ""
    public var resourceClaimStatuses: [PodResourceClaimStatus] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<PodStatus>([
        .omitEmpty("phase", \.phase),
        .omitEmpty("conditions", \.conditions),
        .omitEmpty("message", \.message),
        .omitEmpty("reason", \.reason),
        .omitEmpty("nominatedNodeName", \.nominatedNodeName),
        .omitEmpty("hostIP", \.hostIP),
        .omitEmpty("hostIPs", \.hostIPs),
        .omitEmpty("podIP", \.podIP),
        .omitEmpty("podIPs", \.podIPs),
        .optional("startTime", \.startTime),
        .omitEmpty("initContainerStatuses", \.initContainerStatuses),
        .omitEmpty("containerStatuses", \.containerStatuses),
        .omitEmpty("qosClass", \.qosClass),
        .omitEmpty("ephemeralContainerStatuses", \.ephemeralContainerStatuses),
        .omitEmpty("resize", \.resize),
        .omitEmpty("resourceClaimStatuses", \.resourceClaimStatuses),
    ])
}

/// `v1.PodCondition`: one condition (PodScheduled, Initialized, ContainersReady, Ready, ...).
///
/// The two times are non-pointer `metav1.Time` values tagged `omitempty` in Go. `omitempty` never drops a
/// struct, and a zero `metav1.Time` marshals as `null`, so kube-apiserver writes `"lastProbeTime":null`
/// (as `kubectl get pod -o json` shows); they are therefore `.nullable` here.
public struct PodCondition: APIModel, Hashable {
    public var type: String = ""
    /// "True", "False" or "Unknown".
    public var status: String = ""
    public var lastProbeTime: Time?
    public var lastTransitionTime: Time?
    public var reason: String = ""
    public var message: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(type: String, status: String, lastTransitionTime: Time? = nil, reason: String = "", message: String = "") {
        self.type = type
        self.status = status
        self.lastTransitionTime = lastTransitionTime
        self.reason = reason
        self.message = message
    }

    public static let schema = Schema<PodCondition>([
        .field("type", \.type, decoded: StringInterner.intern),
        .field("status", \.status, decoded: StringInterner.intern),
        .nullable("lastProbeTime", \.lastProbeTime),
        .nullable("lastTransitionTime", \.lastTransitionTime),
        .omitEmpty("reason", \.reason),
        .omitEmpty("message", \.message),
    ])
}

/// `v1.PodIP`: one IP address allocated to the pod.
public struct PodIP: APIModel, Hashable {
    public var ip: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(ip: String) { self.ip = ip }

    public static let schema = Schema<PodIP>([
        .omitEmpty("ip", \.ip)
    ])
}

/// `v1.HostIP`: one IP address of the node the pod runs on.
public struct HostIP: APIModel, Hashable {
    public var ip: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(ip: String) { self.ip = ip }

    public static let schema = Schema<HostIP>([
        .omitEmpty("ip", \.ip)
    ])
}

/// `v1.PodResourceClaimStatus`: the name of the ResourceClaim generated for a pod's claim.
public struct PodResourceClaimStatus: APIModel, Hashable {
    public var name: String = ""
    public var resourceClaimName: String?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<PodResourceClaimStatus>([
        .field("name", \.name),
        .optional("resourceClaimName", \.resourceClaimName),
    ])
}
