import Foundation

/// A pull parser over JSON bytes: the fast path of `APIModel.decode(json:)`.
///
/// Foundation's `JSONDecoder` spends most of its time in the `Decoder` protocol (a keyed container per object,
/// a `CodingKey` per member, existential calls per field), several times what the parse costs. This reader
/// walks the bytes once and lets each value read itself (`JSONFieldValue.init(reading:)`), through the same
/// field tables the model is written with.
///
/// It is deliberately narrow: whatever it does not handle exactly as `JSONDecoder` would (a type mismatch,
/// duplicate members, a number that is not a plain integer where one is expected, a lone surrogate, bytes
/// that are not UTF-8, trailing garbage) makes it throw `Declined`. The caller then decodes the same bytes with
/// `JSONDecoder`, which gives the answer or the error. So a value read here always equals what `JSONDecoder`
/// would have produced, and every error message still comes from `JSONDecoder`.
public struct JSONReader {
    /// The reader gave up; decode with `JSONDecoder` instead.
    public struct Declined: Error, Sendable {
        public init() {}
    }

    private let bytes: UnsafeRawBufferPointer
    private var position = 0
    /// How deep `readValue` and `skipValue` are nested: the only recursion input controls (a model's own
    /// nesting is bounded by its types), limited so a hostile body cannot exhaust the stack.
    private var depth = 0
    private static let maximumDepth = 256
    /// Set when an object had a member its model does not know (kept in `unknownFields`), so that a caller that
    /// must name such members (`fieldValidation`) can decode again with a collector.
    public internal(set) var sawUnknownField = false

    /// A reader over `bytes`, which must stay valid while it reads.
    public init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Reads one whole document with `body`; declines when anything but whitespace follows it.
    public static func read<Value>(
        _ data: Data, _ body: (inout JSONReader) throws -> Value
    ) throws -> (value: Value, sawUnknownField: Bool) {
        try data.withUnsafeBytes { buffer in
            var reader = JSONReader(buffer)
            let value = try body(&reader)
            reader.skipWhitespace()
            guard reader.position == buffer.count else { throw Declined() }
            return (value, reader.sawUnknownField)
        }
    }

    // MARK: Structure

    /// The next byte after whitespace, not consumed; nil at the end.
    @inline(__always)
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return position < bytes.count ? bytes[position] : nil
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
            default: return
            }
        }
    }

    @inline(__always)
    private mutating func expect(_ byte: UInt8) throws {
        guard peek() == byte else { throw Declined() }
        position += 1
    }

    /// Consumes a `null` if one comes next.
    public mutating func readNull() throws -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ text: StaticString) throws {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw Declined() }
        let expected = UnsafeRawBufferPointer(start: text.utf8Start, count: count)
        for offset in 0..<count where bytes[position + offset] != expected[offset] {
            throw Declined()
        }
        position += count
    }

    /// Where a reader is inside one object: before its first member or after one.
    public struct ObjectCursor {
        fileprivate var first = true
    }

    /// Consumes an object's `{`; then `nextKey(_:)` gives each member's key until it returns nil.
    public mutating func beginObject() throws -> ObjectCursor {
        try expect(UInt8(ascii: "{"))
        return ObjectCursor()
    }

    /// The next member's key, with its `:` consumed (the caller reads the value next); nil after the closing `}`.
    public mutating func nextKey(_ cursor: inout ObjectCursor) throws -> String? {
        guard try nextMember(&cursor) else { return nil }
        let key = try readString()
        try expect(UInt8(ascii: ":"))
        return key
    }

    /// Past the separator before the next member's key: false (with the `}` consumed) when the object ended.
    private mutating func nextMember(_ cursor: inout ObjectCursor) throws -> Bool {
        switch peek() {
        case UInt8(ascii: "}"):
            position += 1
            return false
        case UInt8(ascii: ",") where !cursor.first:
            position += 1
        case UInt8(ascii: "\"") where cursor.first:
            break
        default:
            throw Declined()
        }
        cursor.first = false
        return true
    }

    /// Reads an array, each element with `element`.
    public mutating func readArray<Element>(_ element: (inout JSONReader) throws -> Element) throws -> [Element] {
        try expect(UInt8(ascii: "["))
        var elements: [Element] = []
        if peek() == UInt8(ascii: "]") {
            position += 1
            return elements
        }
        while true {
            elements.append(try element(&self))
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return elements
            default: throw Declined()
            }
        }
    }

    // MARK: Scalars

    /// Reads `true` or `false`.
    public mutating func readBool() throws -> Bool {
        switch peek() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default: throw Declined()
        }
    }

    /// Reads a string; declines on bytes that are not UTF-8, raw control characters and lone surrogates.
    public mutating func readString() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        var ascii = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = UnsafeRawBufferPointer(rebasing: bytes[start..<position])
                position += 1
                if ascii { return String(decoding: text, as: UTF8.self) }
                guard let string = String(validating: text, as: UTF8.self) else { throw Declined() }
                return string
            }
            if byte == UInt8(ascii: "\\") {
                position = start
                return try readEscapedString()
            }
            if byte < 0x20 { throw Declined() }
            if byte >= 0x80 { ascii = false }
            position += 1
        }
        throw Declined()
    }

    /// The slow half of `readString`, from the string's first byte, for strings with escapes.
    private mutating func readEscapedString() throws -> String {
        var utf8: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let string = String(validating: utf8, as: UTF8.self) else { throw Declined() }
                return string
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { throw Declined() }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try readUnicodeEscape())
                default: throw Declined()
                }
            case 0..<0x20:
                throw Declined()
            default:
                utf8.append(byte)
            }
        }
        throw Declined()
    }

    /// After `\u`: one scalar, from a surrogate pair when it is one, as UTF-8; declines on a lone surrogate
    /// and on U+0000.
    private mutating func readUnicodeEscape() throws -> [UInt8] {
        var value = try hex4()
        if (0xD800...0xDBFF).contains(value) {
            try literal("\\u")
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw Declined() }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard value != 0, let scalar = Unicode.Scalar(value) else { throw Declined() }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw Declined() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            position += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Declined()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Reads a plain integer literal (`-?(0|[1-9][0-9]*)`) that fits `T`; declines on fractions, exponents and
    /// overflow.
    public mutating func readInteger<T: FixedWidthInteger & SignedInteger>(_: T.Type) throws -> T {
        guard var byte = peek() else { throw Declined() }
        let negative = byte == UInt8(ascii: "-")
        if negative {
            position += 1
            guard position < bytes.count else { throw Declined() }
            byte = bytes[position]
        }
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw Declined() }
        var value: T = 0
        let start = position
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            let digit = T(bytes[position] - UInt8(ascii: "0"))
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            // Accumulating negatively reaches T.min, which has no positive counterpart.
            let (next, overflowAgain) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflow, !overflowAgain else { throw Declined() }
            value = next
            position += 1
        }
        // A leading zero, a fraction or an exponent: not a plain integer.
        if position - start > 1 && bytes[start] == UInt8(ascii: "0") { throw Declined() }
        if position < bytes.count,
            [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position])
        {
            throw Declined()
        }
        return value
    }

    /// Reads any JSON number as a `Double`.
    public mutating func readDouble() throws -> Double {
        let literal = try scanNumber()
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[literal]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw Declined() }
        return value
    }

    /// Consumes one number of JSON's grammar, `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private mutating func scanNumber() throws -> Range<Int> {
        guard peek() != nil else { throw Declined() }
        let start = position
        func digits() -> Int {
            let first = position
            while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
                position += 1
            }
            return position - first
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { throw Declined() }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw Declined() }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard digits() > 0 else { throw Declined() }
        }
        return start..<position
    }

    /// Reads any value as a `JSONValue`; declines on numbers that are not plain 64-bit integers (rare in the
    /// members a model keeps verbatim) and on repeated keys.
    public mutating func readValue() throws -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw Declined() }
        switch peek() {
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            return .bool(try readBool())
        case UInt8(ascii: "\""):
            return .string(try readString())
        case UInt8(ascii: "["):
            return .array(try readArray { try $0.readValue() })
        case UInt8(ascii: "{"):
            var members: [String: JSONValue] = [:]
            var cursor = try beginObject()
            while let key = try nextKey(&cursor) {
                guard members.updateValue(try readValue(), forKey: key) == nil else { throw Declined() }
            }
            return .object(members)
        default:
            return .int(try readInteger(Int64.self))
        }
    }

    /// Skips the next value and returns where its bytes lie, for a caller that compares values as bytes.
    public mutating func skipValueRange() throws -> Range<Int> {
        skipWhitespace()
        let start = position
        try skipValue()
        return start..<position
    }

    /// The next value's bytes as written, its structure checked (a `FieldsV1` kept unparsed).
    public mutating func readRawValue() throws -> [UInt8] {
        let range = try skipValueRange()
        return Array(bytes[range])
    }

    /// Skips any value, checking its structure, for members a reader does not need. Strings are not checked
    /// for UTF-8 (nothing is decoded from them).
    public mutating func skipValue() throws {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw Declined() }
        switch peek() {
        case UInt8(ascii: "n"):
            try literal("null")
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            _ = try readBool()
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "["):
            position += 1
            if peek() == UInt8(ascii: "]") {
                position += 1
                return
            }
            while true {
                try skipValue()
                switch peek() {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "]"):
                    position += 1
                    return
                default: throw Declined()
                }
            }
        case UInt8(ascii: "{"):
            var cursor = try beginObject()
            while try skipKey(&cursor) {
                try skipValue()
            }
        default:
            _ = try scanNumber()
        }
    }

    /// `nextKey` without making the key a string.
    private mutating func skipKey(_ cursor: inout ObjectCursor) throws -> Bool {
        guard try nextMember(&cursor) else { return false }
        try skipString()
        try expect(UInt8(ascii: ":"))
        return true
    }

    private mutating func skipString() throws {
        try expect(UInt8(ascii: "\""))
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return
            case UInt8(ascii: "\\"): position += 1
            case 0..<0x20: throw Declined()
            default: break
            }
        }
        throw Declined()
    }
}
