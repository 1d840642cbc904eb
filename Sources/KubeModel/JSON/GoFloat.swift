/// Go's text for a float64, for output that must match Go byte for byte.
public enum GoFloat {
    /// The shortest decimal digits that read back as `value` (Swift and Go's strconv both give the shortest,
    /// closest form) and where the point goes: `value` is `0.<digits> × 10^point`. Zero has digits `[]`.
    public static func shortestDigits(_ value: Double) -> (digits: [UInt8], point: Int) {
        let text = abs(value).description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var point = 0
        var seenPoint = false
        for character in mantissa.utf8 {
            if character == UInt8(ascii: ".") {
                seenPoint = true
                continue
            }
            guard character >= UInt8(ascii: "0"), character <= UInt8(ascii: "9") else { continue }
            if digits.isEmpty && character == UInt8(ascii: "0") {
                // A leading zero: before the point it only moves nothing; after it, the point moves left.
                if seenPoint { point -= 1 }
                continue
            }
            digits.append(character)
            if !seenPoint { point += 1 }
        }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return digits.isEmpty ? ([], 0) : (digits, point + exponent)
    }

    /// `encoding/json`'s form of a finite float64: positional from 1e-6 up to 1e21, else Go's exponent
    /// form with `e-07` shortened to `e-7` (`9223372036854776000`, `1e+21`, `1.5e-7`).
    public static func json(_ value: Double) -> String {
        let (digits, point) = shortestDigits(value)
        let sign = value.sign == .minus ? "-" : ""
        guard !digits.isEmpty else { return sign + "0" }
        let magnitude = abs(value)
        var text = sign
        if magnitude < 1e-6 || magnitude >= 1e21 {
            text += String(decoding: digits[0..<1], as: UTF8.self)
            if digits.count > 1 { text += "." + String(decoding: digits[1...], as: UTF8.self) }
            let exponent = point - 1
            text += "e" + (exponent < 0 ? "-" : "+")
            let exponentDigits = String(abs(exponent))
            // strconv writes at least two exponent digits; encoding/json drops the padding of negative ones.
            text += exponent >= 0 && exponentDigits.count < 2 ? "0" + exponentDigits : exponentDigits
            return text
        }
        if point <= 0 {
            text += "0." + String(repeating: "0", count: -point) + String(decoding: digits, as: UTF8.self)
        } else if point >= digits.count {
            text += String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: point - digits.count)
        } else {
            text += String(decoding: digits[..<point], as: UTF8.self) + "." + String(decoding: digits[point...], as: UTF8.self)
        }
        return text
    }
}
