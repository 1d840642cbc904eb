import Foundation

/// `runtime.RawExtension`: an embedded object kept as the JSON bytes it was written with, so that an
/// object nested in another document (a Table row's `object`) keeps its own Go field order.
public struct RawExtension: JSONFieldValue, Hashable {
    /// The encoded JSON, written verbatim; the producer vouches that it is one valid JSON value.
    public var json: [UInt8]

    /// Wraps already-encoded JSON.
    public init(json: [UInt8]) { self.json = json }

    /// Wraps a model value's JSON.
    public init(_ value: some APIModel) { self.json = value.jsonBytes() }

    public init(from decoder: any Decoder) throws {
        json = try JSONValue(from: decoder).canonicalBytes
    }

    public init(reading reader: inout JSONReader) throws {
        json = try reader.readValue().canonicalBytes
    }

    public func encode(to encoder: any Encoder) throws {
        try JSONValue.parse(Data(json)).encode(to: encoder)
    }

    public func writeJSON(to writer: inout JSONWriter) { writer.raw(json: json) }

    /// Go's `RawExtension` is a struct, so `omitempty` never drops it.
    public var isJSONEmpty: Bool { false }
}
