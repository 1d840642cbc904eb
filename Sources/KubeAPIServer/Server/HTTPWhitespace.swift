extension Substring {
    /// Without leading and trailing spaces and tabs (HTTP's optional whitespace). Header parsing runs on every
    /// request, where Foundation's `trimmingCharacters(in:)` and its character sets cost more than the rest.
    var trimmingHTTPWhitespace: Substring {
        func isWhitespace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = utf8.firstIndex(where: { !isWhitespace($0) }),
            let last = utf8.lastIndex(where: { !isWhitespace($0) })
        else { return self[endIndex...] }
        return self[first..<utf8.index(after: last)]
    }
}
