import KubeModel

/// The string checks of `k8s.io/apimachinery/pkg/util/validation` that `LabelValidation` does not already
/// provide (DNS-1123 labels, port names and numbers, percentages, environment variable names), returning
/// upstream's messages; plus the `NameIsDNSSubdomain` / `NameIsDNSLabel` name functions object metadata uses.
public enum NameValidation {
    /// Longest DNS-1123 label (namespace names, container names, port names' cousins): 63 bytes.
    public static let dns1123LabelMaxLength = 63

    static let dns1123LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
    static let dns1123LabelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', "
        + "and must start and end with an alphanumeric character"
    static let percentFormat = "[0-9]+%"
    static let percentMessage = "a valid percent string must be a numeric string followed by an ending '%'"

    /// How an object's `metadata.name` must look for its kind.
    public enum NameRule: Sendable, Hashable {
        /// `NameIsDNSSubdomain`: pods, daemonsets, nodes, controllerrevisions and most kinds.
        case dnsSubdomain
        /// `NameIsDNSLabel`: namespaces.
        case dnsLabel
        /// `NameIsDNS1035Label`: services (a name that is also a DNS name must start with a letter).
        case dns1035Label
        /// `path.ValidatePathSegmentName`: the RBAC kinds (`system:node` is a valid ClusterRole name).
        case pathSegment
    }

    static let dns1035LabelFormat = "[a-z]([-a-z0-9]*[a-z0-9])?"
    static let dns1035LabelMessage =
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic "
        + "character, and end with an alphanumeric character"

    /// `IsDNS1035Label`: upstream's messages, empty when `value` is valid.
    public static func dns1035LabelErrors(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > dns1123LabelMaxLength {
            errors.append(LabelValidation.maxLengthError(dns1123LabelMaxLength))
        }
        let bytes = value.utf8
        let valid = bytes.first.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } == true
            && isDNS1123Label(value)
        if !valid {
            errors.append(LabelValidation.regexError(dns1035LabelMessage, dns1035LabelFormat, examples: ["my-name", "abc-123"]))
        }
        return errors
    }

    /// `IsValidPathSegmentName`: not `.` or `..`, no `/` or `%`; with `prefix`, only the characters are checked.
    public static func pathSegmentErrors(_ value: String, prefix: Bool) -> [String] {
        var errors: [String] = []
        if !prefix, value == "." || value == ".." { errors.append("may not be '\(value)'") }
        for character in ["/", "%"] where value.contains(character) {
            errors.append("may not contain '\(character)'")
        }
        return errors
    }

    /// `IsDNS1123Label`: upstream's messages for an invalid label, empty when it is valid.
    public static func dns1123LabelErrors(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > dns1123LabelMaxLength {
            errors.append(LabelValidation.maxLengthError(dns1123LabelMaxLength))
        }
        if !isDNS1123Label(value) {
            // A valid subdomain that is not a label can only be wrong because of its dots (length was checked).
            if LabelValidation.dns1123SubdomainErrors(value).isEmpty {
                errors.append("must not contain dots")
            } else {
                errors.append(LabelValidation.regexError(dns1123LabelMessage, dns1123LabelFormat, examples: ["my-name", "123-abc"]))
            }
        }
        return errors
    }

    /// Whether `value` matches `[a-z0-9]([-a-z0-9]*[a-z0-9])?` (length is checked separately, as upstream).
    static func isDNS1123Label(_ value: String) -> Bool {
        let bytes = value.utf8
        guard let first = bytes.first, let last = bytes.last, isLowerAlphanumeric(first), isLowerAlphanumeric(last)
        else { return false }
        return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// The messages for an object name under `rule`; with `prefix` (a `generateName`), a trailing dash is
    /// allowed because random characters follow it.
    public static func nameErrors(_ name: String, rule: NameRule, prefix: Bool) -> [String] {
        var value = name
        if prefix, value.utf8.count > 1, value.hasSuffix("-") {
            value = String(value.dropLast()) + "a"
        }
        switch rule {
        case .dnsSubdomain: return LabelValidation.dns1123SubdomainErrors(value)
        case .dnsLabel: return dns1123LabelErrors(value)
        case .dns1035Label: return dns1035LabelErrors(value)
        case .pathSegment: return pathSegmentErrors(name, prefix: prefix)
        }
    }

    /// `IsValidPortNum`: 1 through 65535.
    public static func portNumberErrors(_ port: Int64) -> [String] {
        (1...65535).contains(port) ? [] : ["must be between 1 and 65535, inclusive"]
    }

    /// `IsValidPortName` (an IANA service name): at most 15 bytes of `[-a-z0-9]`, a letter, no `--`, no dash at
    /// either end.
    public static func portNameErrors(_ name: String) -> [String] {
        var errors: [String] = []
        let bytes = name.utf8
        if bytes.count > 15 {
            errors.append(LabelValidation.maxLengthError(15))
        }
        if bytes.isEmpty || !bytes.allSatisfy({ isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }) {
            errors.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
        }
        if !bytes.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) {
            errors.append("must contain at least one letter (a-z)")
        }
        if name.contains("--") {
            errors.append("must not contain consecutive hyphens")
        }
        if let first = bytes.first, let last = bytes.last, first == UInt8(ascii: "-") || last == UInt8(ascii: "-") {
            errors.append("must not begin or end with a hyphen")
        }
        return errors
    }

    /// `IsValidPercent`: digits followed by `%`.
    public static func percentErrors(_ value: String) -> [String] {
        let bytes = value.utf8
        let digits = bytes.dropLast()
        let valid = bytes.last == UInt8(ascii: "%") && !digits.isEmpty
            && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return valid ? [] : [LabelValidation.regexError(percentMessage, percentFormat, examples: ["1%", "93%"])]
    }

    /// `IsRelaxedEnvVarName` (the rule since RelaxedEnvironmentVariableValidation): printable ASCII but `=`.
    public static func envVarNameErrors(_ name: String) -> [String] {
        let valid = name.utf8.allSatisfy { $0 >= 0x20 && $0 <= 0x7E && $0 != UInt8(ascii: "=") }
        return valid ? [] : ["a valid environment variable name must consist only of printable ASCII characters other than '='"]
    }

    @inline(__always) static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
