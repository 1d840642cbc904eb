/// Why a sync did not complete; the key is retried with rate limiting. API failures inside are the
/// client's `KubeClientError`s, aggregated here when several writes of one sync failed.
public struct DaemonSetControllerError: Error, Sendable, CustomStringConvertible {
    /// One line saying what went wrong.
    public var message: String
    /// The failures behind it, when several writes failed.
    public var underlying: [any Error]

    /// An error with `message` caused by `underlying`.
    public init(_ message: String, underlying: [any Error] = []) {
        self.message = message
        self.underlying = underlying
    }

    /// The message and every underlying failure, as upstream's aggregate error prints them.
    public var description: String {
        guard !underlying.isEmpty else { return message }
        return message + ": [" + underlying.map { "\($0)" }.joined(separator: ", ") + "]"
    }
}
