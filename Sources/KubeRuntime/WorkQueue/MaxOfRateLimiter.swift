/// Several limiters at once: a key waits for the longest of their delays, client-go's `MaxOfRateLimiter`.
public struct MaxOfRateLimiter<Key: Hashable & Sendable>: WorkQueueRateLimiter {
    private var limiters: [any WorkQueueRateLimiter<Key>]

    /// A limiter combining `limiters`.
    public init(_ limiters: [any WorkQueueRateLimiter<Key>]) {
        self.limiters = limiters
    }

    /// client-go's `DefaultControllerRateLimiter`: per-key exponential backoff from 5 ms to 1000 s, and an
    /// overall bucket of 10 retries per second with a burst of 100.
    public static func defaultController() -> MaxOfRateLimiter<Key> {
        MaxOfRateLimiter([ItemExponentialFailureRateLimiter<Key>(), BucketRateLimiter<Key>()])
    }

    /// The longest delay any limiter asks for (each counts the failure).
    public mutating func when(_ key: Key, now: AnyClock.Instant) -> Duration {
        var longest = Duration.zero
        for index in limiters.indices {
            longest = max(longest, limiters[index].when(key, now: now))
        }
        return longest
    }

    /// Forgets `key` in every limiter.
    public mutating func forget(_ key: Key) {
        for index in limiters.indices { limiters[index].forget(key) }
    }

    /// The most failures any limiter counts for `key`.
    public func numRequeues(_ key: Key) -> Int {
        limiters.map { $0.numRequeues(key) }.max() ?? 0
    }
}
