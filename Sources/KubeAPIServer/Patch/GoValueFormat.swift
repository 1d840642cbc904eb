import Foundation
import KubeModel

/// Go's `%v` of a decoded JSON value (`map[image:x name:c]`, `[a b]`, `<nil>`), because upstream's patch errors
/// print the offending patch fragment that way and kubectl shows the message verbatim.
enum GoValueFormat {
    /// `fmt.Sprintf("%v", value)` for the `interface{}` Go's decoder would have produced.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let integer): return String(integer)
        case .double(let number): return float(number)
        case .string(let text): return text
        case .array(let items): return "[" + items.map(describe).joined(separator: " ") + "]"
        case .object(let members):
            // Go's fmt sorts map keys.
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            return "map[" + keys.map { "\($0):\(describe(members[$0] ?? .null))" }.joined(separator: " ") + "]"
        }
    }

    /// `%v` of a float64 (`%g`, shortest digits, exponent form from 1e+06 or below 1e-04): `80`, `0.5`, `1e+06`.
    static func float(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Inf" : "+Inf" }
        let exponent = number == 0 ? 0 : Int(floor(log10(abs(number))))
        if exponent < -4 || exponent >= 6 {
            // Go: mantissa with shortest digits, exponent with a sign and at least two digits.
            let text = shortestExponential(number)
            let parts = text.lowercased().split(separator: "e")
            let mantissa = parts.first.map(String.init) ?? text
            let cleaned = mantissa.hasSuffix(".0") ? String(mantissa.dropLast(2)) : mantissa
            let power = parts.count > 1 ? Int(parts[1]) ?? exponent : exponent
            let digits = String(abs(power))
            return cleaned + "e" + (power < 0 ? "-" : "+") + (digits.count < 2 ? "0" + digits : digits)
        }
        if number == number.rounded() { return String(Int64(number)) }
        return String(describing: number)
    }

    /// Shortest round-trip digits in `d.ddde±x` form (Swift's description switches form at other thresholds).
    private static func shortestExponential(_ number: Double) -> String {
        let (digits, point) = GoFloat.shortestDigits(number)
        guard let first = digits.first else { return "0e0" }
        let rest = digits.dropFirst()
        let mantissa = String(UnicodeScalar(first)) + (rest.isEmpty ? "" : "." + String(decoding: rest, as: UTF8.self))
        return (number < 0 ? "-" : "") + mantissa + "e" + String(point - 1)
    }
}
