/// A manifest that cannot be read: which document (0-based, counting every `---` section of the input) and
/// what is wrong, on one line, e.g. `document 1: line 4, column 3: mapping values are not allowed in this context`.
public struct ManifestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem; extensible.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code's name, stable for logs and tests.
        public var rawValue: String
        /// A code by name; new codes are added as static members.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's name.
        public var description: String { rawValue }

        /// The text is not well-formed YAML or JSON.
        public static let syntax = Code(rawValue: "Syntax")
        /// Well-formed, but not something JSON can hold (a non-scalar mapping key, `.inf`, a bad `!!int`).
        public static let unsupportedValue = Code(rawValue: "UnsupportedValue")
        /// A document that is not an object (a list of items or a bare scalar).
        public static let notAnObject = Code(rawValue: "NotAnObject")
        /// The document does not decode into the requested type.
        public static let decoding = Code(rawValue: "Decoding")
    }

    /// The kind of problem.
    public var code: Code
    /// The document's 0-based position in the input (for `decode`, the position the caller passed).
    public var documentIndex: Int
    /// The problem, one line, without the document prefix.
    public var message: String

    /// Creates an error for document `documentIndex`.
    public init(_ code: Code, documentIndex: Int, _ message: String) {
        self.code = code
        self.documentIndex = documentIndex
        self.message = message
    }

    /// `document N: problem`.
    public var description: String { "document \(documentIndex): \(message)" }
}
