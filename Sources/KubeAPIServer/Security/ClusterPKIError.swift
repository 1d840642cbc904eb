/// Why the cluster's certificates, keys or token could not be loaded or written.
///
/// It is separate from `APIError` because it happens at start-up, before any request, and reaches an
/// operator's terminal rather than a client: its `description` is exactly one line naming the file.
public struct ClusterPKIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a value tests and callers can match; extend with `Code(_:)`.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        /// A short stable identifier, e.g. `corrupt`.
        public var name: String

        /// Makes a code; the predefined ones below cover what `ClusterPKI` detects.
        public init(_ name: String) { self.name = name }

        /// The name, as it is printed.
        public var description: String { name }

        /// The file exists but cannot be read (permissions, a directory in its place).
        public static let unreadable = Code("unreadable")
        /// The file is readable but is not the PEM (or token) it should be.
        public static let corrupt = Code("corrupt")
        /// One file of a pair (certificate and key) is present without the other.
        public static let incomplete = Code("incomplete")
        /// A private key does not belong to its certificate.
        public static let keyMismatch = Code("keyMismatch")
        /// A certificate is well formed but unusable (not a CA, not signed by ours).
        public static let invalid = Code("invalid")
        /// The CA certificate is outside its validity period.
        public static let expired = Code("expired")
        /// A file or directory could not be created or written.
        public static let unwritable = Code("unwritable")
        /// Generating a key or certificate failed.
        public static let generation = Code("generation")
    }

    /// What went wrong.
    public var code: Code
    /// The file concerned, or empty when no single file is.
    public var path: String
    /// What went wrong, in words (one line).
    public var message: String

    /// Makes an error; newlines in `message` (from underlying parser errors) are flattened to keep one line.
    public init(_ code: Code, _ message: String, path: String = "") {
        self.code = code
        self.path = path
        self.message = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// `PATH: MESSAGE`, one line.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }

    /// The same error about `path` (errors raised below the file layer learn their file here).
    func at(_ path: String) -> ClusterPKIError {
        var copy = self
        copy.path = path
        return copy
    }
}
