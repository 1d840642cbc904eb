/// One term of a field selector (`fields.Requirement`): `field=value` or `field!=value`.
public struct FieldRequirement: Sendable, Hashable, CustomStringConvertible {
    /// The two operators field selectors have (`==` parses as `equals`).
    public enum Operator: String, Sendable, Hashable {
        /// The field has this value; an absent field counts as "".
        case equals = "="
        /// The field has any other value.
        case notEquals = "!="
    }

    /// The field path, e.g. `spec.nodeName`; never escaped or validated (the resource decides what it supports).
    public var field: String
    /// How field and value relate.
    public var `operator`: Operator
    /// The value, unescaped.
    public var value: String

    /// A requirement on one field.
    public init(field: String, operator: Operator, value: String) {
        self.field = field
        self.operator = `operator`
        self.value = value
    }

    /// `hasTerm`/`notHasTerm.Matches`: a missing field reads as "", as `fields.Set.Get` does.
    public func matches(fields: [String: String]) -> Bool {
        let actual = fields[field] ?? ""
        return `operator` == .equals ? actual == value : actual != value
    }

    /// `field=value` or `field!=value`, with `\`, `,` and `=` in the value escaped (`EscapeValue`).
    public var description: String {
        field + `operator`.rawValue + FieldSelector.escapeValue(value)
    }
}
