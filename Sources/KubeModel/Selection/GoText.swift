/// The few bits of Go's formatting that upstream error messages depend on (`%q`, `json.Marshal` of a
/// `[]string`, `field.Error` and `utilerrors.Aggregate`), so our messages match byte for byte.
public enum GoText {
    /// Go's `strconv.Quote`: double quotes, backslash escapes, non-printable characters as `\x`/`\u`.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0B}": out += "\\v"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value >= 0x80 && !isPrintable(scalar) {
                    out += scalar.value > 0xFFFF ? "\\U" + hex(scalar.value, width: 8) : "\\u" + hex(scalar.value, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `json.Marshal` of a `[]string` as `field.Invalid` prints it: `null` for a nil slice, Go's string escaping.
    static func jsonStrings(_ values: [String]) -> String {
        if values.isEmpty { return "null" }
        let value = JSONValue.array(values.map { .string($0) })
        return String(decoding: value.canonicalBytes, as: UTF8.self)
    }

    /// `field.Invalid(path, value, detail).Error()`: `path: Invalid value: value: detail`.
    static func invalid(_ path: String, _ renderedValue: String, _ detail: String) -> String {
        "\(path): Invalid value: \(renderedValue): \(detail)"
    }

    /// `utilerrors.NewAggregate(...).Error()` after `ToAggregate`'s de-duplication: one message as is, more in brackets.
    static func aggregate(_ messages: [String]) -> String {
        var seen = Set<String>()
        var unique: [String] = []
        for message in messages where seen.insert(message).inserted {
            unique.append(message)
        }
        return unique.count == 1 ? unique[0] : "[" + unique.joined(separator: ", ") + "]"
    }

    /// Byte-wise string order, as Go's `sort.Strings` (Swift's `<` compares by Unicode scalars after normalization).
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Close to Go's `unicode.IsPrint` for non-ASCII: letters, marks, numbers, punctuation, symbols and U+0020 only.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
            .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
