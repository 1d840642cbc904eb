/// A parsed field selector (`fields.Selector`): requirements on an object's selectable fields, ANDed.
///
/// Made from a `?fieldSelector=` string (`init(parsing:)`): comma-separated `field=value`, `field==value` or
/// `field!=value` terms, where a value may escape `\`, `,` and `=` with a backslash. Matched against the
/// field set of an object (`FieldSelectable.selectableFields`).
public struct FieldSelector: Sendable, Hashable, CustomStringConvertible {
    /// The terms, in upstream's order (the raw terms sorted byte-wise before parsing).
    public let requirements: [FieldRequirement]
    /// True only for `nothing`.
    public let selectsNothing: Bool

    /// Matches every object (`fields.Everything()`; the empty string).
    public static let everything = FieldSelector(requirements: [], selectsNothing: false)
    /// Matches no object (`fields.Nothing()`).
    public static let nothing = FieldSelector(requirements: [], selectsNothing: true)

    private init(requirements: [FieldRequirement], selectsNothing: Bool) {
        self.requirements = requirements
        self.selectsNothing = selectsNothing
    }

    /// A selector that ANDs `requirements` in the given order (`AndSelectors`).
    public init(requirements: [FieldRequirement]) {
        self.init(requirements: requirements, selectsNothing: false)
    }

    /// `SelectorFromSet`: `field=value` for each entry, in field order.
    public init(matchingFields fields: [String: String]) {
        let requirements = fields.keys.sorted(by: GoText.precedes).map {
            FieldRequirement(field: $0, operator: .equals, value: fields[$0] ?? "")
        }
        self.init(requirements: requirements, selectsNothing: false)
    }

    /// `fields.ParseSelector`, errors worded as upstream:
    /// `invalid selector: 'a'; can't understand 'a'`, `invalid field selector: invalid escape sequence: \x`,
    /// `invalid field selector: unescaped character in value: 61` (Go prints the rune's number).
    /// Empty terms are skipped, and so is a term with both field and value empty (`=`), as upstream.
    public init(parsing selector: String) throws(SelectorError) {
        var requirements: [FieldRequirement] = []
        for term in Self.splitTerms(selector).sorted(by: GoText.precedes) where !term.isEmpty {
            guard let (field, op, rawValue) = Self.splitTerm(term) else {
                throw SelectorError(.invalidFieldSelector, "invalid selector: '\(selector)'; can't understand '\(term)'")
            }
            let value = try Self.unescapeValue(rawValue)
            // Upstream's Transform drops a term whose field and value are both empty.
            if field.isEmpty && value.isEmpty { continue }
            requirements.append(FieldRequirement(field: field, operator: op, value: value))
        }
        self.init(requirements: requirements, selectsNothing: false)
    }

    /// `Selector.Empty()`: true when nothing is restricted (`nothing` is not empty).
    public var isEmpty: Bool { !selectsNothing && requirements.isEmpty }

    /// Whether every requirement holds for `fields`; missing fields read as "".
    public func matches(fields: [String: String]) -> Bool {
        if selectsNothing { return false }
        for requirement in requirements where !requirement.matches(fields: fields) {
            return false
        }
        return true
    }

    /// `RequiresExactMatch`: the value of the first `=` term on `field`, so a list can use an index
    /// (`spec.nodeName=n1` on pods).
    public func requiredValue(forField field: String) -> String? {
        requirements.first { $0.field == field && $0.operator == .equals }?.value
    }

    /// `Selector.String()`: terms joined by commas, values escaped; "" for `everything` and `nothing`.
    public var description: String {
        requirements.map(\.description).joined(separator: ",")
    }

    /// `EscapeValue`: a literal value made safe for a field selector (`\` → `\\`, `,` → `\,`, `=` → `\=`).
    public static func escapeValue(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "=") })
        else { return value }
        var out = ""
        out.reserveCapacity(value.utf8.count + 4)
        for character in value.unicodeScalars {
            if character == "\\" || character == "," || character == "=" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(character)
        }
        return out
    }

    /// `UnescapeValue`: the literal value of an escaped one, or upstream's error.
    public static func unescapeValue(_ value: String) throws(SelectorError) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "=") })
        else { return value }
        var out = ""
        var inSlash = false
        for scalar in value.unicodeScalars {
            if inSlash {
                guard scalar == "\\" || scalar == "," || scalar == "=" else {
                    var sequence = "\\"
                    sequence.unicodeScalars.append(scalar)
                    throw SelectorError(.invalidFieldSelector, "invalid field selector: invalid escape sequence: \(sequence)")
                }
                out.unicodeScalars.append(scalar)
                inSlash = false
                continue
            }
            switch scalar {
            case "\\":
                inSlash = true
            case ",", "=":
                throw SelectorError(
                    .invalidFieldSelector, "invalid field selector: unescaped character in value: \(scalar.value)")
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        if inSlash {
            throw SelectorError(.invalidFieldSelector, "invalid field selector: invalid escape sequence: \\")
        }
        return out
    }

    /// The comma-separated terms; an escaped comma stays inside its term, backslash included.
    static func splitTerms(_ selector: String) -> [String] {
        if selector.isEmpty { return [] }
        var terms: [String] = []
        let bytes = selector.utf8
        var start = bytes.startIndex
        var inSlash = false
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if inSlash {
                inSlash = false
            } else if byte == UInt8(ascii: "\\") {
                inSlash = true
            } else if byte == UInt8(ascii: ",") {
                terms.append(String(Substring(bytes[start..<index])))
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        terms.append(String(Substring(bytes[start...])))
        return terms
    }

    /// Splits at the first `!=`, `==` or `=` (tried in that order at each position); the field is never escaped.
    static func splitTerm(_ term: String) -> (String, FieldRequirement.Operator, String)? {
        let bytes = term.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let next = bytes.index(after: index)
            let following: UInt8? = next == bytes.endIndex ? nil : bytes[next]
            let byte = bytes[index]
            if byte == UInt8(ascii: "!") && following == UInt8(ascii: "=") {
                return (String(Substring(bytes[..<index])), .notEquals, String(Substring(bytes[bytes.index(after: next)...])))
            }
            if byte == UInt8(ascii: "=") {
                if following == UInt8(ascii: "=") {
                    return (String(Substring(bytes[..<index])), .equals, String(Substring(bytes[bytes.index(after: next)...])))
                }
                return (String(Substring(bytes[..<index])), .equals, String(Substring(bytes[next...])))
            }
            index = next
        }
        return nil
    }
}
