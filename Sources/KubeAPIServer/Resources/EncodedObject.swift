import Foundation
import KubeModel

/// An object encoded once, outside the store's single writer, with a hole where `metadata.resourceVersion`
/// goes: the writer only splices the version it assigns between `prefix` and `suffix`.
///
/// The hole is the first `"resourceVersion":"` after `"metadata":{`. Go's field order puts `resourceVersion`
/// after `name`, `generateName`, `namespace`, `selfLink` and `uid` only, which are validated names (no quotes),
/// so the first match is always the metadata's own.
struct EncodedObject: Sendable {
    private let prefix: [UInt8]
    private let suffix: [UInt8]

    /// Encodes `object` with a placeholder version.
    init<Object: KubeObject>(_ object: Object) {
        var placeholder = object
        placeholder.metadata.resourceVersion = "0"
        let bytes = placeholder.jsonBytes()
        let marker = Array(#""resourceVersion":""#.utf8)
        let start = Self.firstIndex(of: Array(#""metadata":{"#.utf8), in: bytes, from: 0) ?? 0
        if let found = Self.firstIndex(of: marker, in: bytes, from: start) {
            let valueStart = found + marker.count
            prefix = Array(bytes[..<valueStart])
            suffix = Array(bytes[(valueStart + 1)...])
        } else {
            prefix = bytes
            suffix = []
        }
    }

    /// The encoded size, less the version's digits.
    var byteCount: Int { prefix.count + suffix.count }

    /// The bytes with `resourceVersion` filled in.
    func data(resourceVersion: Int64) -> Data {
        guard !suffix.isEmpty else { return Data(prefix) }
        var data = Data(capacity: prefix.count + suffix.count + 20)
        data.append(contentsOf: prefix)
        data.append(contentsOf: String(resourceVersion).utf8)
        data.append(contentsOf: suffix)
        return data
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = from
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0] {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
