/// A label or field selector that cannot be parsed, validated or converted.
///
/// `message` is upstream's text verbatim (for example `unable to parse requirement: found '', expected: identifier`),
/// so the API server can return it unchanged in a `Status`; `code` says which kind of failure it was.
public struct SelectorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong; extensible, so new kinds can be added without breaking a `switch`.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code's name, stable for logs and tests.
        public var rawValue: String
        /// A code by name; new codes are added as static members.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's name.
        public var description: String { rawValue }

        /// A `labelSelector` string that `labels.Parse` rejects.
        public static let invalidLabelSelector = Code(rawValue: "InvalidLabelSelector")
        /// A requirement (key, operator, values) that `labels.NewRequirement` or `LabelSelectorAsSelector` rejects.
        public static let invalidLabelRequirement = Code(rawValue: "InvalidLabelRequirement")
        /// A `fieldSelector` string that `fields.ParseSelector` rejects.
        public static let invalidFieldSelector = Code(rawValue: "InvalidFieldSelector")
    }

    /// The kind of failure.
    public var code: Code
    /// Upstream's message, word for word.
    public var message: String

    /// Creates an error with upstream's message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message alone, as upstream prints the error.
    public var description: String { message }
}
