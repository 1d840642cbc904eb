/// Writes protocol buffer wire format: tags, varints and length-delimited fields, for the few messages this
/// server sends in protobuf (the OpenAPI v2 document kubectl 1.27 and 1.28 read only that way). Fields at
/// their proto3 default (empty, false) are left out, as every encoder does.
struct ProtobufWriter {
    private(set) var bytes: [UInt8] = []

    private mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private mutating func tag(_ field: Int, wireType: UInt64) {
        varint(UInt64(field) << 3 | wireType)
    }

    /// A string field; an empty one is not written.
    mutating func string(_ field: Int, _ value: String) {
        guard !value.isEmpty else { return }
        tag(field, wireType: 2)
        varint(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    /// A bool field; false is not written.
    mutating func bool(_ field: Int, _ value: Bool) {
        guard value else { return }
        tag(field, wireType: 0)
        varint(1)
    }

    /// An embedded message, written by `body` (an empty message is still written: it is present).
    mutating func message(_ field: Int, _ body: (inout ProtobufWriter) -> Void) {
        var inner = ProtobufWriter()
        body(&inner)
        tag(field, wireType: 2)
        varint(UInt64(inner.bytes.count))
        bytes.append(contentsOf: inner.bytes)
    }
}
