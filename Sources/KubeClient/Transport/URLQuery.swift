/// A query string built from name/value pairs, each percent-encoded but for unreserved characters, so a
/// selector such as `app in (a,b)` or `spec.nodeName=n1` arrives intact.
struct URLQuery: Sendable, Hashable {
    /// The pairs, in order.
    private(set) var items: [(name: String, value: String)] = []

    static func == (lhs: URLQuery, rhs: URLQuery) -> Bool {
        lhs.items.elementsEqual(rhs.items) { $0 == $1 }
    }

    func hash(into hasher: inout Hasher) {
        for (name, value) in items {
            hasher.combine(name)
            hasher.combine(value)
        }
    }

    /// Adds `name=value` when `value` is non-nil and non-empty.
    mutating func add(_ name: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        items.append((name, value))
    }

    /// `?a=1&b=2`, or "" when empty.
    var encoded: String {
        guard !items.isEmpty else { return "" }
        return "?" + items.map { Self.escape($0.name) + "=" + Self.escape($0.value) }.joined(separator: "&")
    }

    /// `text` with every byte of its UTF-8 but RFC 3986's unreserved characters (letters, digits, `-._~`)
    /// percent-encoded in upper-case hex, as Foundation's `addingPercentEncoding` would. Every request
    /// escapes its object's name and namespace, almost always plain already, so those are returned as they are.
    static func escape(_ text: String) -> String {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { !isUnreserved($0) }) else { return text }
            var escaped = [UInt8](bytes[..<first])
            escaped.reserveCapacity(bytes.count + 16)
            for byte in bytes[first...] {
                if isUnreserved(byte) {
                    escaped.append(byte)
                } else {
                    escaped.append(UInt8(ascii: "%"))
                    escaped.append(hexDigits[Int(byte >> 4)])
                    escaped.append(hexDigits[Int(byte & 0x0F)])
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
