import Foundation

/// Writes JSON bytes the way Go's `encoding/json` does, so our output matches kube-apiserver's:
/// struct fields in declaration order, map keys sorted, HTML-sensitive characters escaped,
/// integers never written as floats.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always) mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Copies JSON that is already encoded (a `RawExtension`), verbatim.
    mutating func raw(json: [UInt8]) { bytes.append(contentsOf: json) }

    /// Writes `null`.
    public mutating func writeNull() { raw("null") }

    /// Writes `true` or `false`.
    public mutating func write(_ value: Bool) { value ? raw("true") : raw("false") }

    /// Writes a decimal integer.
    public mutating func write(_ value: Int64) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes a float as Go's `encoding/json` does (`GoFloat.json`): any finite value, however large.
    public mutating func write(_ value: Double) {
        if value.isNaN || value.isInfinite { writeNull(); return }
        bytes.append(contentsOf: GoFloat.json(value).utf8)
    }

    /// Writes a string literal with Go's escaping.
    public mutating func write(_ value: String) {
        byte(UInt8(ascii: "\""))
        var utf8 = value
        utf8.withUTF8 { buffer in
            var start = 0
            var index = 0
            while index < buffer.count {
                let c = buffer[index]
                var escape: (UInt8, UInt8)? = nil
                var unicode: UInt32? = nil
                var skip = 1
                switch c {
                case UInt8(ascii: "\""): escape = (UInt8(ascii: "\\"), UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): escape = (UInt8(ascii: "\\"), UInt8(ascii: "\\"))
                case 0x0A: escape = (UInt8(ascii: "\\"), UInt8(ascii: "n"))
                case 0x0D: escape = (UInt8(ascii: "\\"), UInt8(ascii: "r"))
                case 0x09: escape = (UInt8(ascii: "\\"), UInt8(ascii: "t"))
                case 0x00..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                    unicode = UInt32(c)
                case 0xE2 where index + 2 < buffer.count && buffer[index + 1] == 0x80
                    && (buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9):
                    unicode = buffer[index + 2] == 0xA8 ? 0x2028 : 0x2029
                    skip = 3
                default:
                    index += 1
                    continue
                }
                if start < index { bytes.append(contentsOf: buffer[start..<index]) }
                if let (a, b) = escape {
                    bytes.append(a)
                    bytes.append(b)
                } else if let code = unicode {
                    raw("\\u")
                    for shift in stride(from: 12, through: 0, by: -4) {
                        let digit = UInt8((code >> UInt32(shift)) & 0xF)
                        bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
                    }
                }
                index += skip
                start = index
            }
            if start < buffer.count { bytes.append(contentsOf: buffer[start..<buffer.count]) }
        }
        byte(UInt8(ascii: "\""))
    }

    /// Writes any JSON value; object keys sorted as Go sorts map keys.
    public mutating func write(_ value: JSONValue) {
        switch value {
        case .null: writeNull()
        case .bool(let v): write(v)
        case .int(let v): write(v)
        case .double(let v): write(v)
        case .string(let v): write(v)
        case .array(let items):
            byte(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { byte(UInt8(ascii: ",")) }
                write(item)
            }
            byte(UInt8(ascii: "]"))
        case .object(let members):
            byte(UInt8(ascii: "{"))
            for (i, key) in members.keys.sorted().enumerated() {
                if i > 0 { byte(UInt8(ascii: ",")) }
                write(key)
                byte(UInt8(ascii: ":"))
                write(members[key] ?? .null)
            }
            byte(UInt8(ascii: "}"))
        }
    }

    /// Writes any model value.
    public mutating func write<Value: JSONFieldValue>(value: Value) {
        value.writeJSON(to: &self)
    }

    /// Begins an object; `member` then writes each key with its separator.
    mutating func beginObject() { byte(UInt8(ascii: "{")) }
    mutating func endObject() { byte(UInt8(ascii: "}")) }
    mutating func member(_ quotedKey: [UInt8], first: inout Bool) {
        if !first { byte(UInt8(ascii: ",")) }
        first = false
        bytes.append(contentsOf: quotedKey)
    }
}
