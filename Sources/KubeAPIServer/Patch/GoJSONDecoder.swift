import KubeModel

/// Parses a patch body the way kube-apiserver's Go decoder (`sigs.k8s.io/json`, "preserve ints") does, so a
/// malformed body is rejected with Go's own words (`invalid character '}' looking for beginning of object key
/// string`, `unexpected end of JSON input`), which kubectl prints verbatim after `Error from server (BadRequest):`.
///
/// Integers that fit an `Int64` stay `.int`, other numbers become `.double`; a repeated key keeps its last value;
/// invalid UTF-8 inside strings becomes U+FFFD, as Go does.
struct GoJSONDecoder {
    /// A syntax error worded as Go's `encoding/json` scanner words it.
    struct SyntaxError: Error, Hashable {
        /// The message, e.g. `invalid character 'x' looking for beginning of value`.
        var message: String
    }

    private let bytes: [UInt8]
    private var index = 0
    /// Objects and arrays open around the current value.
    private var depth = 0
    /// Go's `maxNestingDepth`: deeper documents are refused before recursion can exhaust the stack.
    static let maximumDepth = 10_000

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The single JSON value in `bytes` (surrounding whitespace allowed).
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var decoder = GoJSONDecoder(bytes)
        decoder.skipWhitespace()
        let value = try decoder.value()
        decoder.skipWhitespace()
        if decoder.index < bytes.count {
            throw decoder.invalid(bytes[decoder.index], "after top-level value")
        }
        return value
    }

    // MARK: Values

    private mutating func value() throws(SyntaxError) -> JSONValue {
        guard let byte = peek() else { throw SyntaxError(message: "unexpected end of JSON input") }
        switch byte {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw invalid(byte, "looking for beginning of value")
        }
    }

    /// Enters an object or array at `index`, refusing one level past Go's limit with Go's words.
    private mutating func open() throws(SyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw invalid(bytes[index], "exceeded max depth") }
        index += 1
    }

    private mutating func object() throws(SyntaxError) -> JSONValue {
        try open()
        defer { depth -= 1 }
        var members: JSONObject = [:]
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard let byte = peek() else { throw SyntaxError(message: "unexpected end of JSON input") }
            guard byte == UInt8(ascii: "\"") else { throw invalid(byte, "looking for beginning of object key string") }
            let key = try string()
            skipWhitespace()
            guard let colon = peek() else { throw SyntaxError(message: "unexpected end of JSON input") }
            guard colon == UInt8(ascii: ":") else { throw invalid(colon, "after object key") }
            index += 1
            skipWhitespace()
            members[key] = try value()
            skipWhitespace()
            guard let next = peek() else { throw SyntaxError(message: "unexpected end of JSON input") }
            index += 1
            if next == UInt8(ascii: "}") { return .object(members) }
            guard next == UInt8(ascii: ",") else { throw invalid(next, "after object key:value pair") }
        }
    }

    private mutating func array() throws(SyntaxError) -> JSONValue {
        try open()
        defer { depth -= 1 }
        var items: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            guard let next = peek() else { throw SyntaxError(message: "unexpected end of JSON input") }
            index += 1
            if next == UInt8(ascii: "]") { return .array(items) }
            guard next == UInt8(ascii: ",") else { throw invalid(next, "after array element") }
        }
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let expected = word.withUTF8Buffer { Array($0) }
        for (offset, want) in expected.enumerated() {
            guard index < bytes.count else { throw SyntaxError(message: "unexpected end of JSON input") }
            let byte = bytes[index]
            if byte != want {
                if offset == 0 { throw invalid(byte, "looking for beginning of value") }
                throw invalid(byte, "in literal \(word) (expecting \(GoJSONDecoder.quoteChar(want)))")
            }
            index += 1
        }
    }

    private mutating func number() throws(SyntaxError) -> JSONValue {
        let start = index
        var isInteger = true
        if peek() == UInt8(ascii: "-") {
            index += 1
            guard let byte = peek() else { throw SyntaxError(message: "unexpected end of JSON input") }
            guard isDigit(byte) else { throw invalid(byte, "in numeric literal") }
        }
        if peek() == UInt8(ascii: "0") {
            index += 1
        } else {
            while let byte = peek(), isDigit(byte) { index += 1 }
        }
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard let byte = peek() else { throw SyntaxError(message: "unexpected end of JSON input") }
            guard isDigit(byte) else { throw invalid(byte, "after decimal point in numeric literal") }
            while let digit = peek(), isDigit(digit) { index += 1 }
        }
        if let byte = peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { index += 1 }
            guard let digit = peek() else { throw SyntaxError(message: "unexpected end of JSON input") }
            guard isDigit(digit) else { throw invalid(digit, "in exponent of numeric literal") }
            while let more = peek(), isDigit(more) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let integer = Int64(text) { return .int(integer) }
        // Go falls back to float64 for integers outside int64; the literal is valid, so this parse succeeds.
        return .double(Double(text) ?? 0)
    }

    private mutating func string() throws(SyntaxError) -> String {
        index += 1
        var utf8: [UInt8] = []
        while true {
            guard index < bytes.count else { throw SyntaxError(message: "unexpected end of JSON input") }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { throw SyntaxError(message: "unexpected end of JSON input") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try unicodeEscape())
                default: throw invalid(escape, "in string escape code")
                }
            case 0x00..<0x20:
                throw invalid(byte, "in string literal")
            default:
                utf8.append(byte)
            }
        }
    }

    /// The UTF-8 of a `\uXXXX` escape (the `\u` already read), pairing surrogates as Go does.
    private mutating func unicodeEscape() throws(SyntaxError) -> [UInt8] {
        let first = try hex4()
        var scalar = Unicode.Scalar(first)
        if (0xD800..<0xDC00).contains(first), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
        {
            let save = index
            index += 2
            let second = try hex4()
            if (0xDC00..<0xE000).contains(second) {
                scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            } else {
                index = save
            }
        }
        let resolved = scalar ?? "\u{FFFD}"
        return Array(String(Character(resolved)).utf8)
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw SyntaxError(message: "unexpected end of JSON input") }
            let byte = bytes[index]
            guard let digit = hexValue(byte) else { throw invalid(byte, "in \\u hexadecimal character escape") }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    // MARK: Helpers

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let byte = peek(),
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        {
            index += 1
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func invalid(_ byte: UInt8, _ context: String) -> SyntaxError {
        SyntaxError(message: "invalid character \(GoJSONDecoder.quoteChar(byte)) \(context)")
    }

    /// Go's `quoteChar`: the byte in single quotes with `strconv.Quote` escaping.
    static func quoteChar(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "'"): return #"'\''"#
        case UInt8(ascii: "\""): return #"'"'"#
        case 0x07: return #"'\a'"#
        case 0x08: return #"'\b'"#
        case 0x0C: return #"'\f'"#
        case 0x0A: return #"'\n'"#
        case 0x0D: return #"'\r'"#
        case 0x09: return #"'\t'"#
        case 0x0B: return #"'\v'"#
        case 0x5C: return #"'\\'"#
        case 0x00..<0x20, 0x7F:
            let digits = String(byte, radix: 16)
            return #"'\x"# + (digits.count == 1 ? "0" + digits : digits) + "'"
        case 0x80...0xA0, 0xAD:
            // Go turns the byte into the rune of the same number (Latin-1); these are not printable.
            return #"'\u00"# + String(byte, radix: 16) + "'"
        default:
            return "'" + String(UnicodeScalar(byte)) + "'"
        }
    }
}
