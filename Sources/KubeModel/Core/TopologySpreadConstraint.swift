import Foundation

/// `v1.TopologySpreadConstraint`: how evenly matching pods must spread over a topology key.
public struct TopologySpreadConstraint: APIModel, Hashable {
    public var maxSkew: Int32 = 0
    public var topologyKey: String = ""
    public var whenUnsatisfiable: String = ""
    public var labelSelector: LabelSelector?
    public var minDomains: Int32?
    public var nodeAffinityPolicy: String?
    public var nodeTaintsPolicy: String?
    public var matchLabelKeys: [String] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<TopologySpreadConstraint>([
        .field("maxSkew", \.maxSkew),
        .field("topologyKey", \.topologyKey),
        .field("whenUnsatisfiable", \.whenUnsatisfiable),
        .optional("labelSelector", \.labelSelector),
        .optional("minDomains", \.minDomains),
        .optional("nodeAffinityPolicy", \.nodeAffinityPolicy),
        .optional("nodeTaintsPolicy", \.nodeTaintsPolicy),
        .omitEmpty("matchLabelKeys", \.matchLabelKeys),
    ])
}
