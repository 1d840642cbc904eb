import KubeModel

/// A request's query string decoded as Go's `url.ParseQuery` does: `&`-separated `key=value` pairs,
/// percent-escapes decoded and `+` read as a space (kubectl form-encodes label selectors, so
/// `env+notin+%28prod%29` is `env notin (prod)`). The first value of a repeated key wins, as `Get` does.
public struct QueryParameters: Sendable, Hashable {
    private var values: [String: String] = [:]

    /// Parses `query` (without the leading `?`); malformed escapes are kept literally.
    public init(_ query: String?) {
        guard let query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if values[key] == nil { values[key] = value }
        }
    }

    /// The value of `key`, nil when absent.
    public subscript(_ key: String) -> String? { values[key] }

    /// `key` read as a boolean the way upstream's query conversion does (`true`/`1`… per `strconv.ParseBool`);
    /// absent or empty is false, anything else unparsable is a 400.
    public func bool(_ key: String) throws(APIError) -> Bool {
        guard let value = values[key], !value.isEmpty else { return false }
        switch value {
        case "1", "t", "T", "true", "TRUE", "True": return true
        case "0", "f", "F", "false", "FALSE", "False": return false
        default: throw APIError(.badRequest, "strconv.ParseBool: parsing \(GoText.quote(value)): invalid syntax")
        }
    }

    /// `key` as an integer; absent or empty is nil, anything else unparsable is a 400.
    public func int(_ key: String) throws(APIError) -> Int64? {
        guard let value = values[key], !value.isEmpty else { return nil }
        guard let number = Int64(value) else {
            throw APIError(.badRequest, "strconv.ParseInt: parsing \(GoText.quote(value)): invalid syntax")
        }
        return number
    }

    private static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            switch byte {
            case UInt8(ascii: "+"):
                bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                if iterator.count >= 2, let high = hexValue(iterator[iterator.startIndex]),
                    let low = hexValue(iterator[iterator.startIndex + 1])
                {
                    bytes.append(high << 4 | low)
                    iterator = iterator.dropFirst(2)
                } else {
                    bytes.append(byte)
                }
            default:
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
