import Foundation

/// `v1.NodeSpec`: what a node is created with (pod CIDRs, provider ID, cordon flag, taints).
public struct NodeSpec: APIModel, Hashable {
    public var podCIDR: String = ""
    public var podCIDRs: [String] = []
    public var providerID: String = ""
    /// Set by `kubectl cordon`; the node lifecycle controller mirrors it as the
    /// `node.kubernetes.io/unschedulable` taint.
    public var unschedulable: Bool = false
    public var taints: [Taint] = []
    /// Deprecated (dynamic kubelet configuration was removed); kept verbatim.
    public var configSource: JSONValue?
    /// Deprecated; Go calls it `DoNotUseExternalID`.
    public var externalID: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<NodeSpec>([
        .omitEmpty("podCIDR", \.podCIDR),
        .omitEmpty("podCIDRs", \.podCIDRs),
        .omitEmpty("providerID", \.providerID),
        .omitEmpty("unschedulable", \.unschedulable),
        .omitEmpty("taints", \.taints),
        .optional("configSource", \.configSource),
        .omitEmpty("externalID", \.externalID),
    ])
}
