import Foundation

/// `v1.NodeSelector`: node selector terms, ORed (matching lives in `NodeSelector+Matching.swift`).
public struct NodeSelector: APIModel, Hashable {
    /// No `omitempty` in Go: written even when empty.
    public var nodeSelectorTerms: [NodeSelectorTerm] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(nodeSelectorTerms: [NodeSelectorTerm]) { self.nodeSelectorTerms = nodeSelectorTerms }

    public static let schema = Schema<NodeSelector>([
        .field("nodeSelectorTerms", \.nodeSelectorTerms)
    ])
}

/// `v1.NodeSelectorTerm`: label and field requirements, ANDed; an empty term matches no node.
public struct NodeSelectorTerm: APIModel, Hashable {
    public var matchExpressions: [NodeSelectorRequirement] = []
    /// Requirements on node fields; only `metadata.name` exists.
    public var matchFields: [NodeSelectorRequirement] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(matchExpressions: [NodeSelectorRequirement] = [], matchFields: [NodeSelectorRequirement] = []) {
        self.matchExpressions = matchExpressions
        self.matchFields = matchFields
    }

    public static let schema = Schema<NodeSelectorTerm>([
        .omitEmpty("matchExpressions", \.matchExpressions),
        .omitEmpty("matchFields", \.matchFields),
    ])
}

/// `v1.NodeSelectorRequirement`: a key, an operator (In, NotIn, Exists, DoesNotExist, Gt, Lt) and values.
public struct NodeSelectorRequirement: APIModel, Hashable {
    public var key: String = ""
    public var `operator`: String = ""
    public var values: [String] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(key: String, operator: String, values: [String] = []) {
        self.key = key
        self.operator = `operator`
        self.values = values
    }

    public static let schema = Schema<NodeSelectorRequirement>([
        .field("key", \.key),
        .field("operator", \.operator),
        .omitEmpty("values", \.values),
    ])
}
