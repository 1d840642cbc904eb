import Foundation

/// `v1.NodeSystemInfo`: IDs and versions the kubelet reports; every string is always written.
public struct NodeSystemInfo: APIModel, Hashable {
    public var machineID: String = ""
    public var systemUUID: String = ""
    public var bootID: String = ""
    public var kernelVersion: String = ""
    public var osImage: String = ""
    /// "containerd://1.7.13".
    public var containerRuntimeVersion: String = ""
    public var kubeletVersion: String = ""
    /// Deprecated; current kubelets leave it empty.
    public var kubeProxyVersion: String = ""
    /// "linux" or "windows".
    public var operatingSystem: String = ""
    /// "amd64", "arm64", ...
    public var architecture: String = ""
    public var swap: NodeSwapStatus?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<NodeSystemInfo>([
        .field("machineID", \.machineID),
        .field("systemUUID", \.systemUUID),
        .field("bootID", \.bootID),
        .field("kernelVersion", \.kernelVersion),
        .field("osImage", \.osImage),
        .field("containerRuntimeVersion", \.containerRuntimeVersion),
        .field("kubeletVersion", \.kubeletVersion),
        .field("kubeProxyVersion", \.kubeProxyVersion),
        .field("operatingSystem", \.operatingSystem),
        .field("architecture", \.architecture),
        .optional("swap", \.swap),
    ])
}

/// `v1.NodeSwapStatus`: the node's swap memory.
public struct NodeSwapStatus: APIModel, Hashable {
    /// Total swap in bytes.
    public var capacity: Int64?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<NodeSwapStatus>([
        .optional("capacity", \.capacity)
    ])
}
