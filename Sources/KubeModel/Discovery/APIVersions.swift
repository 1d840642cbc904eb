import Foundation

/// `metav1.APIVersions`: the legacy `/api` document listing the core group's versions.
public struct APIVersions: APIModel, Hashable {
    /// "APIVersions"; `/api` writes no apiVersion.
    public var kind: String = "APIVersions"
    public var apiVersion: String = ""
    /// The core versions ("v1").
    public var versions: [String] = []
    /// Where clients in each network reach the server.
    public var serverAddressByClientCIDRs: [ServerAddressByClientCIDR] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// The document for `versions` and the addresses clients should use.
    public init(versions: [String], serverAddressByClientCIDRs: [ServerAddressByClientCIDR]) {
        self.versions = versions
        self.serverAddressByClientCIDRs = serverAddressByClientCIDRs
    }

    public static let schema = Schema<APIVersions>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("versions", \.versions),
        .field("serverAddressByClientCIDRs", \.serverAddressByClientCIDRs),
    ])
}

/// `metav1.ServerAddressByClientCIDR`: the address clients in `clientCIDR` should use.
public struct ServerAddressByClientCIDR: APIModel, Hashable {
    /// A CIDR ("0.0.0.0/0" for everyone).
    public var clientCIDR: String = ""
    /// "host:port".
    public var serverAddress: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// One entry.
    public init(clientCIDR: String, serverAddress: String) {
        self.clientCIDR = clientCIDR
        self.serverAddress = serverAddress
    }

    public static let schema = Schema<ServerAddressByClientCIDR>([
        .field("clientCIDR", \.clientCIDR),
        .field("serverAddress", \.serverAddress),
    ])
}
