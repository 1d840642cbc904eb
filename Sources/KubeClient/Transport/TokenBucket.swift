/// A token bucket as client-go's `flowcontrol.NewTokenBucketRateLimiter` uses it (golang.org/x/time/rate):
/// it starts full with `burst` tokens, refills at `qps` per second up to `burst`, and every request
/// reserves one token, possibly in the future, so waiters are served in order at the steady rate.
///
/// A pure value: the caller passes the time, so it is tested without a clock.
public struct TokenBucket<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration {
    /// Tokens added per second.
    public let qps: Double
    /// The most tokens the bucket holds: how many requests may go at once after a quiet period.
    public let burst: Int
    /// Tokens available at `updated`; negative when requests are already reserved ahead.
    private var tokens: Double
    /// When `tokens` was last brought up to date; nil before the first request.
    private var updated: Instant?

    /// A full bucket; `qps` must be positive and `burst` at least 1.
    public init(qps: Double, burst: Int) {
        precondition(qps > 0 && burst >= 1, "a token bucket needs qps > 0 and burst >= 1")
        self.qps = qps
        self.burst = burst
        self.tokens = Double(burst)
    }

    /// Takes one token at `now` and returns how long the caller must wait before using it (zero when a
    /// token was available).
    public mutating func reserve(at now: Instant) -> Duration {
        refill(to: now)
        tokens -= 1
        guard tokens < 0 else { return .zero }
        // Whole nanoseconds: exact enough for pacing, and stable for callers comparing waits.
        return .nanoseconds(Int64((-tokens / qps * 1e9).rounded()))
    }

    /// Gives back a token reserved at `now` that will not be used (its waiter was cancelled), so later
    /// requests do not wait for it.
    public mutating func release(at now: Instant) {
        refill(to: now)
        tokens = min(Double(burst), tokens + 1)
    }

    /// Adds the tokens earned since `updated`; a `now` earlier than that (callers racing to the lock
    /// with instants read before it) earns nothing rather than taking tokens back.
    private mutating func refill(to now: Instant) {
        guard let updated else {
            updated = now
            return
        }
        guard now > updated else { return }
        let elapsed = updated.duration(to: now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        tokens = min(Double(burst), tokens + seconds * qps)
        self.updated = now
    }
}
