import Foundation

/// The compact binary form of label and field sets in SQLite: a varint count, then per entry a
/// varint-length key and a varint-length value, keys sorted.
///
/// Hand-written because these sets are written with every change and read for every object at start-up;
/// JSON coding would cost more than the SQLite insert itself. Sorted keys make equal sets encode equally.
enum StringMapCoding {
    /// The bytes for `map`.
    static func encode(_ map: [String: String]) -> Data {
        // Built in an array: `Data.append` of single bytes costs several times an array's.
        var out: [UInt8] = []
        out.reserveCapacity(map.count * 32 + 1)
        appendVarint(UInt64(map.count), to: &out)
        for key in map.keys.sorted() {
            let value = map[key] ?? ""
            appendVarint(UInt64(key.utf8.count), to: &out)
            out.append(contentsOf: key.utf8)
            appendVarint(UInt64(value.utf8.count), to: &out)
            out.append(contentsOf: value.utf8)
        }
        return Data(out)
    }

    /// The set `encode` wrote; `corrupt` for anything else.
    static func decode(_ data: Data) throws(StoreError) -> [String: String] {
        var reader = Reader(bytes: [UInt8](data))
        let count = try reader.varint()
        guard count <= UInt64(reader.bytes.count) else { throw corrupt }
        var map: [String: String] = [:]
        map.reserveCapacity(Int(count))
        for _ in 0..<count {
            let key = try reader.string()
            map[key] = try reader.string()
        }
        return map
    }

    private static let corrupt = StoreError(.corrupt, "stored label or field set is not readable")

    private static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func varint() throws(StoreError) -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count, shift < 64 {
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift += 7
            }
            throw StringMapCoding.corrupt
        }

        mutating func string() throws(StoreError) -> String {
            let length = try varint()
            guard length <= UInt64(bytes.count - offset) else { throw StringMapCoding.corrupt }
            let end = offset + Int(length)
            defer { offset = end }
            return String(decoding: bytes[offset..<end], as: UTF8.self)
        }
    }
}
