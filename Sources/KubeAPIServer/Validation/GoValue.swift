import KubeModel

/// A bad value as upstream's `field.Error` prints it, so our messages match byte for byte: strings quoted
/// (`%q`), numbers and booleans bare, maps as `%#v` (`map[string]string{"a":"b"}`), `fmt.Stringer`
/// values (IntOrString, LabelSelector) as their `String()`, nil pointers as `null`.
public enum GoValue: Sendable, Hashable {
    /// A Go string, printed with `%q`.
    case string(String)
    /// A Go integer, printed bare.
    case int(Int64)
    /// A Go bool, printed bare.
    case bool(Bool)
    /// A `map[string]string`, printed with `%#v` (sorted keys; `map[string]string(nil)` when empty,
    /// since an absent JSON map decodes to a nil Go map).
    case stringMap([String: String])
    /// A `[]string`, printed with `%#v` (`[]string{"a", "b"}`; `[]string(nil)` when empty).
    case stringList([String])
    /// A nil pointer or interface: `null`.
    case null
    /// Text already rendered the way Go would print the value (a struct's `%#v`, a Stringer's `String()`).
    case rendered(String)

    /// The value as it appears after `Invalid value: ` / `Unsupported value: ` / `Duplicate value: `.
    public var text: String {
        switch self {
        case .string(let value): return GoText.quote(value)
        case .int(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .stringMap(let map):
            if map.isEmpty { return "map[string]string(nil)" }
            let entries = map.keys.sorted(by: GoValue.precedes).map { key in
                GoText.quote(key) + ":" + GoText.quote(map[key] ?? "")
            }
            return "map[string]string{" + entries.joined(separator: ", ") + "}"
        case .stringList(let values):
            if values.isEmpty { return "[]string(nil)" }
            return "[]string{" + values.map(GoText.quote).joined(separator: ", ") + "}"
        case .null: return "null"
        case .rendered(let text): return text
        }
    }

    /// An `intstr.IntOrString`, which is a `fmt.Stringer`: `1` or `25%`, never quoted.
    public static func intOrString(_ value: IntOrString) -> GoValue {
        switch value {
        case .int(let number): return .rendered(String(number))
        case .string(let text): return .rendered(text)
        }
    }


    /// Byte-wise order, as Go sorts map keys when printing them.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
