/// One term of a label selector (`labels.Requirement`): a key, an operator and values, e.g. `tier in (web,db)`.
///
/// Built through `init(key:operator:values:)`, which applies `labels.NewRequirement`'s checks, so a requirement
/// that exists is valid and `matches(labels:)` needs no error path.
public struct LabelRequirement: Sendable, Hashable, CustomStringConvertible {
    /// `selection.Operator`; the raw values are upstream's strings (`"notin"`, `"!"`, `"gt"`).
    public enum Operator: String, Sendable, Hashable, CaseIterable {
        /// `key=value`.
        case equals = "="
        /// `key==value`, the same as `=`.
        case doubleEquals = "=="
        /// `key!=value`: the label is absent or has another value.
        case notEquals = "!="
        /// `key in (a,b)`: the label is present with one of the values.
        case `in` = "in"
        /// `key notin (a,b)`: the label is absent or has none of the values.
        case notIn = "notin"
        /// `key`: the label is present.
        case exists = "exists"
        /// `!key`: the label is absent.
        case doesNotExist = "!"
        /// `key>N`: the label is an integer greater than N (node affinity's `Gt`).
        case greaterThan = "gt"
        /// `key<N`: the label is an integer less than N (node affinity's `Lt`).
        case lessThan = "lt"
    }

    /// The label key.
    public let key: String
    /// How the key and values relate.
    public let `operator`: Operator
    /// The values in the order given (the parser gives them sorted and de-duplicated).
    public let values: [String]
    /// The single value of `gt`/`lt`, parsed once so matching does not re-parse it.
    let bound: Int64

    /// `labels.NewRequirement`: validates the key, the value count for the operator, integer values for
    /// `gt`/`lt` and every value, and reports all problems in upstream's aggregated wording
    /// (`values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty`).
    public init(key: String, operator: Operator, values: [String] = []) throws(SelectorError) {
        var problems: [String] = []
        let keyErrors = LabelValidation.qualifiedNameErrors(key)
        if !keyErrors.isEmpty {
            problems.append(GoText.invalid("key", GoText.quote(key), keyErrors.joined(separator: "; ")))
        }
        var bound: Int64 = 0
        switch `operator` {
        case .in, .notIn:
            if values.isEmpty {
                problems.append(
                    GoText.invalid(
                        "values", GoText.jsonStrings(values), "for 'in', 'notin' operators, values set can't be empty"))
            }
        case .equals, .doubleEquals, .notEquals:
            if values.count != 1 {
                problems.append(
                    GoText.invalid(
                        "values", GoText.jsonStrings(values), "exact-match compatibility requires one single value"))
            }
        case .exists, .doesNotExist:
            if !values.isEmpty {
                problems.append(
                    GoText.invalid(
                        "values", GoText.jsonStrings(values), "values set must be empty for exists and does not exist"))
            }
        case .greaterThan, .lessThan:
            if values.count != 1 {
                problems.append(
                    GoText.invalid(
                        "values", GoText.jsonStrings(values), "for 'Gt', 'Lt' operators, exactly one value is required"))
            }
            for (position, value) in values.enumerated() {
                if let number = Int64(value) {
                    bound = number
                } else {
                    problems.append(
                        GoText.invalid(
                            "values[\(position)]", GoText.quote(value),
                            "for 'Gt', 'Lt' operators, the value must be an integer"))
                }
            }
        }
        for (position, value) in values.enumerated() {
            let valueErrors = LabelValidation.labelValueErrors(value)
            if !valueErrors.isEmpty {
                problems.append(
                    GoText.invalid(
                        "values[\(position)][\(key)]", GoText.quote(value), valueErrors.joined(separator: "; ")))
            }
        }
        if !problems.isEmpty {
            throw SelectorError(.invalidLabelRequirement, GoText.aggregate(problems))
        }
        self.init(unchecked: key, operator: `operator`, values: values, bound: bound)
    }

    /// A requirement already known to be valid (an `=` built from a label set, as `SelectorFromValidatedSet`).
    init(unchecked key: String, operator: Operator, values: [String], bound: Int64 = 0) {
        self.key = key
        self.operator = `operator`
        self.values = values
        self.bound = bound
    }

    /// `Requirement.Matches`; never allocates (one dictionary lookup, a scan of the values).
    public func matches(labels: [String: String]) -> Bool {
        switch `operator` {
        case .in, .equals, .doubleEquals:
            guard let value = labels[key] else { return false }
            return values.contains(value)
        case .notIn, .notEquals:
            guard let value = labels[key] else { return true }
            return !values.contains(value)
        case .exists:
            return labels[key] != nil
        case .doesNotExist:
            return labels[key] == nil
        case .greaterThan, .lessThan:
            // A label that is not a base-10 int64 never matches, as upstream (which only logs it).
            guard let text = labels[key], let number = Int64(text) else { return false }
            return `operator` == .greaterThan ? number > bound : number < bound
        }
    }

    /// `Requirement.String()`: `!key`, `key`, `key=v`, `key in (a,b)` with values sorted, `key>5`.
    public var description: String {
        var text = `operator` == .doesNotExist ? "!" + key : key
        switch `operator` {
        case .exists, .doesNotExist: return text
        case .equals: text += "="
        case .doubleEquals: text += "=="
        case .notEquals: text += "!="
        case .in: text += " in ("
        case .notIn: text += " notin ("
        case .greaterThan: text += ">"
        case .lessThan: text += "<"
        }
        text += values.count == 1 ? values[0] : values.sorted(by: GoText.precedes).joined(separator: ",")
        if `operator` == .in || `operator` == .notIn { text += ")" }
        return text
    }
}
