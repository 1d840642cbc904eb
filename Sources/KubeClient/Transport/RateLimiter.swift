import Synchronization

/// Client-side throttling shared by every request of a client: a `TokenBucket` behind a lock, waiting on
/// an injected clock (tests use one that jumps instead of sleeping).
public final class RateLimiter<C: Clock>: Sendable where C.Duration == Duration {
    private let clock: C
    private let bucket: Mutex<TokenBucket<C.Instant>>

    /// A limiter allowing `qps` requests per second on average and `burst` at once.
    public init(qps: Double, burst: Int, clock: C) {
        self.clock = clock
        self.bucket = Mutex(TokenBucket(qps: qps, burst: burst))
    }

    /// Waits until the caller may send one request. A cancelled waiter returns its token and throws
    /// `CancellationError`.
    public func wait() async throws {
        let delay = bucket.withLock { $0.reserve(at: clock.now) }
        guard delay > .zero else { return }
        do {
            try await clock.sleep(for: delay, tolerance: nil)
        } catch {
            bucket.withLock { $0.release(at: clock.now) }
            throw error
        }
    }
}
