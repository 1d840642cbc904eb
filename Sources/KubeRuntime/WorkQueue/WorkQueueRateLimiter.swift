/// Decides how long a key waits before it is retried, client-go's `workqueue.TypedRateLimiter`. A value
/// kept inside its `WorkQueue`'s lock, so implementations need no locking of their own.
public protocol WorkQueueRateLimiter<Key>: Sendable {
    /// The queue's key.
    associatedtype Key: Hashable & Sendable

    /// How long `key` must wait before its next attempt, counted as one more failure.
    mutating func when(_ key: Key, now: AnyClock.Instant) -> Duration
    /// Clears `key`'s failures: it succeeded (or was given up on).
    mutating func forget(_ key: Key)
    /// How many failures `key` has had since it was last forgotten.
    func numRequeues(_ key: Key) -> Int
}
