/// Reads protocol buffer wire format: the field tags, varints and length-delimited values that Kubernetes'
/// `application/vnd.kubernetes.protobuf` bodies are made of. Malformed input ends in `ProtobufError`.
struct ProtobufReader {
    /// A field's value as the wire carries it.
    enum Value {
        case varint(UInt64)
        case fixed64(UInt64)
        case bytes(ArraySlice<UInt8>)
        case fixed32(UInt32)
    }

    private var bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
    }

    /// The next field's number and value, nil at the end of the message.
    mutating func next() throws(ProtobufError) -> (field: Int, value: Value)? {
        guard !bytes.isEmpty else { return nil }
        let tag = try varint()
        let field = Int(truncatingIfNeeded: tag >> 3)
        guard field > 0 else { throw ProtobufError("invalid field number 0") }
        switch tag & 7 {
        case 0: return (field, .varint(try varint()))
        case 1: return (field, .fixed64(try fixed(8)))
        case 2:
            let length = try varint()
            guard length <= UInt64(bytes.count) else { throw ProtobufError("length \(length) runs past the body") }
            let value = bytes.prefix(Int(length))
            bytes = bytes.dropFirst(Int(length))
            return (field, .bytes(value))
        case 5: return (field, .fixed32(UInt32(truncatingIfNeeded: try fixed(4))))
        default: throw ProtobufError("unsupported wire type \(tag & 7) for field \(field)")
        }
    }

    /// The next varint of a packed repeated field's bytes, nil at their end.
    mutating func packedVarint() throws(ProtobufError) -> UInt64? {
        bytes.isEmpty ? nil : try varint()
    }

    private mutating func varint() throws(ProtobufError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while let byte = bytes.popFirst() {
            guard shift < 64 else { break }
            result |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
        throw ProtobufError("truncated varint")
    }

    private mutating func fixed(_ count: Int) throws(ProtobufError) -> UInt64 {
        guard bytes.count >= count else { throw ProtobufError("truncated fixed-width value") }
        var result: UInt64 = 0
        for (index, byte) in bytes.prefix(count).enumerated() { result |= UInt64(byte) << (8 * UInt64(index)) }
        bytes = bytes.dropFirst(count)
        return result
    }
}

/// Why a protobuf body could not be read.
struct ProtobufError: Error, Sendable, Hashable {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
