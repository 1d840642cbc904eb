import Foundation

/// `metav1.LabelSelector`: `matchLabels` ANDed with `matchExpressions`.
public struct LabelSelector: APIModel, Hashable {
    public var matchLabels: [String: String] = [:]
    public var matchExpressions: [LabelSelectorRequirement] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(matchLabels: [String: String], matchExpressions: [LabelSelectorRequirement] = []) {
        self.matchLabels = matchLabels
        self.matchExpressions = matchExpressions
    }

    public static let schema = Schema<LabelSelector>([
        .omitEmpty("matchLabels", \.matchLabels, decoded: StringInterner.internKeys),
        .omitEmpty("matchExpressions", \.matchExpressions),
    ])

    /// True for `{}`, which upstream treats as "selects everything" (and DaemonSets refuse).
    public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }
}

/// `metav1.LabelSelectorRequirement`: `key`, an operator (In, NotIn, Exists, DoesNotExist) and values.
public struct LabelSelectorRequirement: APIModel, Hashable {
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

    public static let schema = Schema<LabelSelectorRequirement>([
        .field("key", \.key),
        .field("operator", \.operator),
        .omitEmpty("values", \.values),
    ])
}
