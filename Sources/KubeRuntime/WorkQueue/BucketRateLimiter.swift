import KubeClient

/// One token bucket shared by every key: an overall retry rate however many keys fail, client-go's
/// `BucketRateLimiter` over `rate.NewLimiter(10, 100)` in `DefaultControllerRateLimiter`.
public struct BucketRateLimiter<Key: Hashable & Sendable>: WorkQueueRateLimiter {
    private var bucket: TokenBucket<AnyClock.Instant>

    /// A bucket refilling `qps` tokens per second and holding `burst`: 10 and 100 by default.
    public init(qps: Double = 10, burst: Int = 100) {
        bucket = TokenBucket(qps: qps, burst: burst)
    }

    /// The wait for the next token, reserved now.
    public mutating func when(_ key: Key, now: AnyClock.Instant) -> Duration {
        bucket.reserve(at: now)
    }

    /// Nothing to forget: the bucket does not track keys.
    public mutating func forget(_ key: Key) {}

    /// Always 0: the bucket does not track keys.
    public func numRequeues(_ key: Key) -> Int { 0 }
}
