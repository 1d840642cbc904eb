/// One media range of an `Accept` header, e.g. `application/json;as=Table;v=v1;g=meta.k8s.io`: type,
/// subtype, parameters and quality, parsed as upstream's vendored `goautoneg.ParseAccept` does.
public struct MediaRange: Sendable, Hashable {
    /// "application", or "*".
    public var type: String
    /// "json", or "*".
    public var subtype: String
    /// Parameters other than `q`, by their exact (case-sensitive) name; values trimmed of spaces.
    public var parameters: [String: String]
    /// The `q` weight, 1 when absent and 0 when unparsable (Go ignores the parse error).
    public var quality: Double

    /// A media range.
    public init(type: String, subtype: String, parameters: [String: String] = [:], quality: Double = 1) {
        self.type = type
        self.subtype = subtype
        self.parameters = parameters
        self.quality = quality
    }

    /// Whether this range admits `application/json`, the only serialization the server writes.
    public var admitsJSON: Bool {
        (type == "application" && (subtype == "json" || subtype == "*")) || (type == "*" && subtype == "*")
    }

    /// The ranges of an Accept header in preference order. Ranges are separated by commas and parameters
    /// by semicolons; a range that is neither `type/subtype` nor `*` is dropped, as is a parameter without
    /// `=`. The order is goautoneg's: an insertion sort (what Go's `sort.Sort` runs for fewer than 12
    /// elements) by "higher q, or concrete type/subtype before a wildcard", so equal ranges keep their order.
    public static func parseAccept(_ header: String) -> [MediaRange] {
        var ranges: [MediaRange] = []
        for part in header.split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.trimmingSpaces.split(separator: ";", omittingEmptySubsequences: false)
            let typeAndSubtype = pieces[0].split(separator: "/", omittingEmptySubsequences: false)
            var range = MediaRange(type: typeAndSubtype[0].trimmingSpaces, subtype: "")
            if typeAndSubtype.count == 1 && range.type == "*" {
                range.subtype = "*"
            } else if typeAndSubtype.count == 2 {
                range.subtype = typeAndSubtype[1].trimmingSpaces
            } else {
                continue
            }
            for parameter in pieces.dropFirst() {
                let nameAndValue = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard nameAndValue.count == 2 else { continue }
                let name = nameAndValue[0].trimmingSpaces
                if name == "q" {
                    range.quality = Double(nameAndValue[1]) ?? 0
                } else {
                    range.parameters[name] = nameAndValue[1].trimmingSpaces
                }
            }
            ranges.append(range)
        }
        for index in ranges.indices.dropFirst() {
            var position = index
            while position > 0, ranges[position].isPreferred(over: ranges[position - 1]) {
                ranges.swapAt(position, position - 1)
                position -= 1
            }
        }
        return ranges
    }

    /// goautoneg's `Less`, quirks included: a concrete range beats a wildcard whatever their weights.
    private func isPreferred(over other: MediaRange) -> Bool {
        if quality > other.quality { return true }
        if type != "*" && other.type == "*" { return true }
        if subtype != "*" && other.subtype == "*" { return true }
        return false
    }
}

extension StringProtocol {
    /// Go's `strings.Trim(s, " ")`: spaces only, not tabs or newlines.
    fileprivate var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}

extension MediaRange {
    /// A `Content-Type`'s `type/subtype` without parameters, lowercased; empty when absent.
    static func essence(_ contentType: String?) -> String {
        guard let contentType else { return "" }
        let essence = Substring(contentType)
        let end = essence.utf8.firstIndex(of: UInt8(ascii: ";")) ?? essence.endIndex
        return essence[..<end].trimmingHTTPWhitespace.lowercased()
    }
}
