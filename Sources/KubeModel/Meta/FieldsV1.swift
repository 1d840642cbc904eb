import Foundation

/// `metav1.FieldsV1`: the fields one manager owns, kept as the JSON bytes it was written with (upstream's `Raw`).
/// Objects are read and written without parsing it; only the server's field manager parses the sets it works on.
public struct FieldsV1: JSONFieldValue, Hashable {
    /// The encoded JSON object, written verbatim.
    public var raw: [UInt8]

    /// Wraps already-encoded JSON.
    public init(raw: [UInt8]) { self.raw = raw }

    /// The JSON of `value`, keys sorted as structured-merge-diff writes them.
    public init(_ value: JSONValue) { raw = value.canonicalBytes }

    /// The parsed set; an empty object when the bytes are not JSON.
    public var value: JSONValue { (try? JSONValue.parse(Data(raw))) ?? .object([:]) }

    /// Whether the bytes hold `"name":` (a `f:`/`k:`/`v:` member name), so a set that cannot hold a path is
    /// known without parsing it.
    public func mentions(_ name: String) -> Bool {
        var key = JSONWriter(capacity: name.utf8.count + 3)
        key.write(name)
        key.byte(UInt8(ascii: ":"))
        return raw.firstRange(of: key.bytes) != nil
    }

    public init(from decoder: any Decoder) throws {
        raw = try JSONValue(from: decoder).canonicalBytes
    }

    /// Reads the bytes as they are, without whitespace (Go compacts a marshaler's output).
    public init(reading reader: inout JSONReader) throws {
        raw = try reader.readRawValue()
        if raw.contains(where: JSONScan.isWhitespace) {
            var scan = JSONScan()
            raw.removeAll { scan.isStructure($0) && JSONScan.isWhitespace($0) }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }

    public func writeJSON(to writer: inout JSONWriter) { writer.raw(json: raw) }

    /// A struct in Go: `omitempty` never drops it (the field is a pointer, left out when nil).
    public var isJSONEmpty: Bool { false }

    /// The same set, however its bytes are spaced or ordered (equal bytes decide at once).
    public static func == (lhs: FieldsV1, rhs: FieldsV1) -> Bool {
        lhs.raw == rhs.raw || lhs.value == rhs.value
    }

    /// Hashes the parsed set, so that sets equal as JSON hash alike.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
