/// How many creations and deletions a controller still waits to see for one key, and since when:
/// kube-controller-manager's `ControlleeExpectations`.
public struct ControlleeExpectations: Sendable, Hashable {
    /// Creations not yet observed (may go negative when more are observed than expected).
    public var add: Int
    /// Deletions not yet observed.
    public var delete: Int
    /// When the expectations were last set.
    public var timestamp: AnyClock.Instant

    /// Expectations with the given parts.
    public init(add: Int, delete: Int, timestamp: AnyClock.Instant) {
        self.add = add
        self.delete = delete
        self.timestamp = timestamp
    }

    /// Whether every expected creation and deletion has been observed.
    public var isFulfilled: Bool { add <= 0 && delete <= 0 }
}
