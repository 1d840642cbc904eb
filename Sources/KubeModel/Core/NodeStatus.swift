import Foundation

/// `v1.NodeStatus`: what the kubelet reports about a node (resources, conditions, addresses, system info).
public struct NodeStatus: APIModel, Hashable {
    public var capacity: ResourceList = [:]
    /// What the scheduler may place; defaults to `capacity`.
    public var allocatable: ResourceList = [:]
    /// Deprecated and never populated by current kubelets.
    public var phase: String = ""
    public var conditions: [NodeCondition] = []
    public var addresses: [NodeAddress] = []
    public var daemonEndpoints = NodeDaemonEndpoints()
    public var nodeInfo = NodeSystemInfo()
    public var images: [ContainerImage] = []
    public var volumesInUse: [String] = []
    public var volumesAttached: [AttachedVolume] = []
    /// Deprecated dynamic kubelet configuration status; kept verbatim.
    public var config: JSONValue?
    public var runtimeHandlers: [NodeRuntimeHandler] = []
    public var features: NodeFeatures?
    /// Feature-gate related features the node declares (alpha `NodeDeclaredFeatures`).
    public var declaredFeatures: [String] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<NodeStatus>([
        .omitEmpty("capacity", \.capacity),
        .omitEmpty("allocatable", \.allocatable),
        .omitEmpty("phase", \.phase),
        .omitEmpty("conditions", \.conditions),
        .omitEmpty("addresses", \.addresses),
        .field("daemonEndpoints", \.daemonEndpoints),
        .field("nodeInfo", \.nodeInfo),
        .omitEmpty("images", \.images),
        .omitEmpty("volumesInUse", \.volumesInUse),
        .omitEmpty("volumesAttached", \.volumesAttached),
        .optional("config", \.config),
        .omitEmpty("runtimeHandlers", \.runtimeHandlers),
        .optional("features", \.features),
        .omitEmpty("declaredFeatures", \.declaredFeatures),
    ])

    /// The condition of the given type, if reported.
    public func condition(_ type: String) -> NodeCondition? {
        conditions.first { $0.type == type }
    }
}

/// `v1.NodeAddress`: one address of a node (`InternalIP`, `Hostname`, ...).
public struct NodeAddress: APIModel, Hashable {
    /// One of ``NodeAddressType``'s values.
    public var type: String = ""
    public var address: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(type: String, address: String) {
        self.type = type
        self.address = address
    }

    public static let schema = Schema<NodeAddress>([
        .field("type", \.type),
        .field("address", \.address),
    ])
}

/// The built-in values of `NodeAddress.type` (upstream `v1.NodeAddressType`).
public enum NodeAddressType {
    /// A name of the node; its syntax is not defined.
    public static let hostname = "Hostname"
    /// An address on one of the node's interfaces, reachable inside the cluster.
    public static let internalIP = "InternalIP"
    /// An address meant to be reachable from outside the cluster.
    public static let externalIP = "ExternalIP"
    /// A DNS name resolving to an internal IP.
    public static let internalDNS = "InternalDNS"
    /// A DNS name resolving to an external IP.
    public static let externalDNS = "ExternalDNS"
}

/// `v1.NodeDaemonEndpoints`: the ports daemons on the node listen on.
public struct NodeDaemonEndpoints: APIModel, Hashable {
    public var kubeletEndpoint = DaemonEndpoint()
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<NodeDaemonEndpoints>([
        .field("kubeletEndpoint", \.kubeletEndpoint)
    ])
}

/// `v1.DaemonEndpoint`: one port; its JSON member is `Port`, capitalized, for historical reasons.
public struct DaemonEndpoint: APIModel, Hashable {
    public var port: Int32 = 0
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(port: Int32) { self.port = port }

    public static let schema = Schema<DaemonEndpoint>([
        .field("Port", \.port)
    ])
}

/// `v1.ContainerImage`: an image present on the node.
public struct ContainerImage: APIModel, Hashable {
    /// Always written (no `omitempty` in Go).
    public var names: [String] = []
    public var sizeBytes: Int64 = 0
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(names: [String], sizeBytes: Int64) {
        self.names = names
        self.sizeBytes = sizeBytes
    }

    public static let schema = Schema<ContainerImage>([
        .field("names", \.names),
        .omitEmpty("sizeBytes", \.sizeBytes),
    ])
}

/// `v1.AttachedVolume`: a volume attached to the node and the device it appears as.
public struct AttachedVolume: APIModel, Hashable {
    public var name: String = ""
    public var devicePath: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<AttachedVolume>([
        .field("name", \.name),
        .field("devicePath", \.devicePath),
    ])
}
