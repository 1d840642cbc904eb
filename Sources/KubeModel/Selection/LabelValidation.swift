/// The label key and value rules of `k8s.io/apimachinery/pkg/api/validate/content` (`IsLabelKey`, `IsLabelValue`,
/// `IsDNS1123Subdomain`), with upstream's messages word for word.
///
/// The `is...` checks scan UTF-8 bytes and never allocate, so selector matching can call them per object;
/// the `...Errors` functions build upstream's messages and are only for the failure path.
public enum LabelValidation {
    /// Longest name part of a key, and longest value: 63 bytes.
    public static let labelMaxLength = 63
    /// Longest DNS subdomain (a key prefix): 253 bytes.
    public static let dns1123SubdomainMaxLength = 253

    static let labelKeyFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
    static let labelKeyMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
    static let labelValueFormat = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?"
    static let labelValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', "
        + "and must start and end with an alphanumeric character"
    static let dns1123SubdomainFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"
    static let dns1123SubdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', "
        + "and must start and end with an alphanumeric character"

    // MARK: Fast checks

    /// Whether `key` is a valid label key (a "qualified name": optional DNS subdomain prefix, `/`, a name).
    public static func isQualifiedName(_ key: String) -> Bool {
        let bytes = key.utf8
        var slash: String.UTF8View.Index?
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "/") {
                if slash != nil { return false }
                slash = index
            }
            index = bytes.index(after: index)
        }
        guard let slash else { return isLabelName(bytes[...]) }
        let prefix = bytes[bytes.startIndex..<slash]
        let name = bytes[bytes.index(after: slash)...]
        return isDNS1123Subdomain(prefix) && isLabelName(name)
    }

    /// Whether `value` is a valid label value (empty, or a name of at most 63 bytes).
    public static func isLabelValue(_ value: String) -> Bool {
        let bytes = value.utf8
        return bytes.isEmpty || isLabelName(bytes[...])
    }

    /// Whether `value` is a lowercase RFC 1123 subdomain of at most 253 bytes (`example.com`).
    public static func isDNS1123Subdomain(_ value: String) -> Bool {
        isDNS1123Subdomain(value.utf8[...])
    }

    /// The name part of a key, or a non-empty value: 1...63 bytes of `[-A-Za-z0-9_.]`, alphanumeric at both ends.
    static func isLabelName(_ bytes: Substring.UTF8View) -> Bool {
        bytes.count <= labelMaxLength && matchesLabelNamePattern(bytes)
    }

    static func matchesLabelNamePattern(_ bytes: Substring.UTF8View) -> Bool {
        guard let first = bytes.first, let last = bytes.last, isAlphanumeric(first), isAlphanumeric(last) else {
            return false
        }
        for byte in bytes where !(isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "."))
        {
            return false
        }
        return true
    }

    static func isDNS1123Subdomain(_ bytes: Substring.UTF8View) -> Bool {
        bytes.count <= dns1123SubdomainMaxLength && matchesDNS1123SubdomainPattern(bytes)
    }

    /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?` labels joined by single dots.
    static func matchesDNS1123SubdomainPattern(_ bytes: Substring.UTF8View) -> Bool {
        var labelLength = 0
        var previous: UInt8 = UInt8(ascii: ".")
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                if labelLength == 0 || previous == UInt8(ascii: "-") { return false }
                labelLength = 0
            } else if isLowerAlphanumeric(byte) {
                labelLength += 1
            } else if byte == UInt8(ascii: "-") {
                if labelLength == 0 { return false }
                labelLength += 1
            } else {
                return false
            }
            previous = byte
        }
        return labelLength > 0 && previous != UInt8(ascii: "-")
    }

    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    @inline(__always) static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    // MARK: Messages

    /// `IsQualifiedName` / `IsLabelKey`: upstream's messages for an invalid key, empty when it is valid.
    public static func qualifiedNameErrors(_ key: String) -> [String] {
        let parts = key.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        var errors: [String] = []
        let name: Substring.UTF8View
        switch parts.count {
        case 1:
            name = Substring(key).utf8
        case 2:
            let prefix = Substring(parts[0])
            name = Substring(parts[1]).utf8
            if prefix.isEmpty {
                errors.append("prefix part must be non-empty")
            } else {
                errors += dns1123SubdomainErrors(String(prefix)).map { "prefix part " + $0 }
            }
        default:
            return [
                "a valid label key "
                    + regexError(labelKeyMessage, labelKeyFormat, examples: ["MyName", "my.name", "123-abc"])
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
            ]
        }
        if name.isEmpty {
            errors.append("name part must be non-empty")
        } else if name.count > labelMaxLength {
            errors.append("name part " + maxLengthError(labelMaxLength))
        }
        if !matchesLabelNamePattern(name) {
            errors.append(
                "name part " + regexError(labelKeyMessage, labelKeyFormat, examples: ["MyName", "my.name", "123-abc"]))
        }
        return errors
    }

    /// `IsValidLabelValue` / `IsLabelValue`: upstream's messages for an invalid value, empty when it is valid.
    public static func labelValueErrors(_ value: String) -> [String] {
        var errors: [String] = []
        let bytes = Substring(value).utf8
        if bytes.count > labelMaxLength {
            errors.append(maxLengthError(labelMaxLength))
        }
        if !bytes.isEmpty && !matchesLabelNamePattern(bytes) {
            errors.append(
                regexError(labelValueMessage, labelValueFormat, examples: ["MyValue", "my_value", "12345"]))
        }
        return errors
    }

    /// `IsDNS1123Subdomain`: upstream's messages for an invalid subdomain, empty when it is valid.
    public static func dns1123SubdomainErrors(_ value: String) -> [String] {
        var errors: [String] = []
        let bytes = Substring(value).utf8
        if bytes.count > dns1123SubdomainMaxLength {
            errors.append(maxLengthError(dns1123SubdomainMaxLength))
        }
        if !matchesDNS1123SubdomainPattern(bytes) {
            errors.append(regexError(dns1123SubdomainMessage, dns1123SubdomainFormat, examples: ["example.com"]))
        }
        return errors
    }

    /// `content.MaxLenError`; upstream counts bytes and says so.
    public static func maxLengthError(_ length: Int) -> String {
        "must be no more than \(length) bytes"
    }

    /// `RegexError`, including upstream's doubled space between examples ("'MyName',  or 'my.name'").
    public static func regexError(_ message: String, _ format: String, examples: [String]) -> String {
        if examples.isEmpty {
            return message + " (regex used for validation is '" + format + "')"
        }
        var text = message + " (e.g. "
        for (position, example) in examples.enumerated() {
            if position > 0 { text += " or " }
            text += "'" + example + "', "
        }
        return text + "regex used for validation is '" + format + "')"
    }
}
