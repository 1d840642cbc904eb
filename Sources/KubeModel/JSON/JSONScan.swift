/// A byte-by-byte walk of JSON text that tells which bytes are structure and which are inside strings, for
/// the scans that never parse (where a document ends, compacting whitespace).
struct JSONScan {
    private var inString = false
    private var escaped = false

    /// Takes the next byte: true when it is structure or whitespace, false inside a string or its quotes.
    mutating func isStructure(_ byte: UInt8) -> Bool {
        if inString {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
            }
            return false
        }
        if byte == UInt8(ascii: "\"") {
            inString = true
            return false
        }
        return true
    }

    /// Whether `byte` is JSON's insignificant whitespace.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
    }
}
