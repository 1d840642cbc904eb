/// The runtime's own error: a component set up in a way that cannot work. Failures of API calls stay the
/// client's `KubeClientError`s.
public struct KubeRuntimeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is; extend with `Code(rawValue:)`.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The name.
        public var rawValue: String

        /// A code with this name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The name.
        public var description: String { rawValue }

        /// A configuration that cannot work (leader-election durations out of order).
        public static let invalidConfiguration = Code(rawValue: "InvalidConfiguration")
    }

    /// What kind of failure this is.
    public var code: Code
    /// One line saying what is wrong.
    public var message: String

    /// An error with the given parts.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
