/// A parsed, matchable label selector: upstream's `labels.Selector`.
///
/// Named after the API's own description of a label selector ("a label query over a set of resources") because
/// `LabelSelector` is the wire type (`metav1.LabelSelector`). Made from a `?labelSelector=` string
/// (`init(parsing:)`), from a `LabelSelector` (`LabelSelector.asLabelQuery()`), or from a label set.
/// Requirements are ANDed and kept sorted by key, so `description` is upstream's `String()`.
public struct LabelQuery: Sendable, Hashable, CustomStringConvertible {
    /// The requirements, sorted by key (stable for equal keys); empty for `everything` and `nothing`.
    public let requirements: [LabelRequirement]
    /// True only for `nothing`, which matches no object (a nil `metav1.LabelSelector`).
    public let selectsNothing: Bool

    /// Matches every label set (`labels.Everything()`; the empty string; an empty `LabelSelector`).
    public static let everything = LabelQuery(sorted: [], selectsNothing: false)
    /// Matches no label set (`labels.Nothing()`; a nil `LabelSelector`).
    public static let nothing = LabelQuery(sorted: [], selectsNothing: true)

    private init(sorted: [LabelRequirement], selectsNothing: Bool) {
        self.requirements = sorted
        self.selectsNothing = selectsNothing
    }

    /// A query that ANDs `requirements`, sorted by key as `Selector.Add` does.
    public init(requirements: [LabelRequirement]) {
        self.init(sorted: LabelQuery.sortedByKey(requirements), selectsNothing: false)
    }

    /// `SelectorFromValidatedSet`: `key=value` for each label, not validated; an empty set matches everything.
    public init(matchingLabels labels: [String: String]) {
        let requirements = labels.map { LabelRequirement(unchecked: $0.key, operator: .equals, values: [$0.value]) }
        self.init(requirements: requirements)
    }

    /// `labels.Parse`: the `?labelSelector=` syntax (`a=b,c!=d,e in (f,g),!h,i`), with upstream's error messages
    /// (`unable to parse requirement: ...`, `found ',', expected: !, identifier, or 'end of string'`).
    /// The empty string (or only whitespace) matches everything.
    public init(parsing selector: String) throws(SelectorError) {
        var parser = LabelSelectorParser(selector)
        self.init(requirements: try parser.parse())
    }

    /// `Selector.Empty()`: true when the query does not restrict anything (`nothing` is not empty).
    public var isEmpty: Bool { !selectsNothing && requirements.isEmpty }

    /// Whether every requirement matches `labels`. Does not allocate: the DaemonSet core calls it per pod.
    public func matches(labels: [String: String]) -> Bool {
        if selectsNothing { return false }
        for requirement in requirements where !requirement.matches(labels: labels) {
            return false
        }
        return true
    }

    /// A copy with more requirements ANDed in (`Selector.Add`); adding to `nothing` leaves `nothing`.
    public func adding(_ more: [LabelRequirement]) -> LabelQuery {
        if selectsNothing { return self }
        return LabelQuery(requirements: requirements + more)
    }

    /// `RequiresExactMatch`: the value `label` must have, when the first requirement on it is `=`, `==`
    /// or a one-value `in`; lets list handlers use an index instead of a scan.
    public func requiredValue(forLabel label: String) -> String? {
        guard let requirement = requirements.first(where: { $0.key == label }) else { return nil }
        switch requirement.operator {
        case .equals, .doubleEquals, .in:
            return requirement.values.count == 1 ? requirement.values[0] : nil
        default:
            return nil
        }
    }

    /// `Selector.String()`: the requirements joined by commas; "" for both `everything` and `nothing`.
    public var description: String {
        requirements.map(\.description).joined(separator: ",")
    }

    private static func sortedByKey(_ requirements: [LabelRequirement]) -> [LabelRequirement] {
        // Stable, so requirements on one key keep their order (Go's sort.Sort leaves it unspecified).
        requirements.enumerated()
            .sorted { lhs, rhs in
                if lhs.element.key != rhs.element.key { return GoText.precedes(lhs.element.key, rhs.element.key) }
                return lhs.offset < rhs.offset
            }
            .map(\.element)
    }
}
