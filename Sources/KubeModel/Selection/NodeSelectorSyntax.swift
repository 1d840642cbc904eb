import Foundation

/// The pieces of upstream's label syntax that node selector requirements are checked against when they are
/// compiled (`validation.IsQualifiedName`, `IsValidLabelValue`, `strconv.ParseInt(s, 10, 64)`).
/// Byte-level and allocation-free, because `parseInt64` also runs on node label values while matching.
enum NodeSelectorSyntax {
    /// `IsQualifiedName`: an optional DNS-1123 subdomain prefix and "/", then a name of 1-63 characters
    /// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`.
    static func isQualifiedName(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else {
            return isQualifiedNamePart(bytes[...])
        }
        let prefix = bytes[..<slash]
        let name = bytes[bytes.index(after: slash)...]
        guard !name.contains(UInt8(ascii: "/")) else { return false }
        return isDNS1123Subdomain(prefix) && isQualifiedNamePart(name)
    }

    /// `IsValidLabelValue`: empty, or at most 63 characters `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`.
    static func isValidLabelValue(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.isEmpty || isQualifiedNamePart(bytes[...])
    }

    /// `strconv.ParseInt(text, 10, 64)`: an optional sign and decimal digits, nil on syntax error or overflow.
    static func parseInt64(_ text: String) -> Int64? {
        var iterator = text.utf8.makeIterator()
        guard var byte = iterator.next() else { return nil }
        var negative = false
        if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
            negative = byte == UInt8(ascii: "-")
            guard let next = iterator.next() else { return nil }
            byte = next
        }
        // Accumulate negatively so that Int64.min parses without overflow.
        var value: Int64 = 0
        while true {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) = shifted.subtractingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            if overflowShift || overflowAdd { return nil }
            value = next
            guard let following = iterator.next() else { break }
            byte = following
        }
        if negative { return value }
        return value == Int64.min ? nil : -value
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func isQualifiedNamePart(_ bytes: Substring.UTF8View) -> Bool {
        guard let first = bytes.first, let last = bytes.last, bytes.count <= 63 else { return false }
        guard isAlphanumeric(first), isAlphanumeric(last) else { return false }
        return bytes.allSatisfy {
            isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
        }
    }

    /// `IsDNS1123Subdomain`: at most 253 characters, dot-separated labels `[a-z0-9]([-a-z0-9]*[a-z0-9])?`.
    private static func isDNS1123Subdomain(_ bytes: Substring.UTF8View) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 253 else { return false }
        var labelLength = 0
        var previous: UInt8 = UInt8(ascii: ".")
        for byte in bytes {
            let lowerAlphanumeric =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            if byte == UInt8(ascii: ".") {
                guard labelLength > 0, previous != UInt8(ascii: "-") else { return false }
                labelLength = 0
            } else if byte == UInt8(ascii: "-") {
                guard labelLength > 0 else { return false }
                labelLength += 1
            } else if lowerAlphanumeric {
                labelLength += 1
            } else {
                return false
            }
            previous = byte
        }
        return labelLength > 0 && previous != UInt8(ascii: "-")
    }
}
