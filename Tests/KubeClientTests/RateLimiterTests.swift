import KubeClient
import Testing

/// The token bucket and the limiter, on injected time.
struct RateLimiterTests {
    typealias Bucket = TokenBucket<ContinuousClock.Instant>

    @Test func aFullBucketLetsBurstThroughThenPacesAtQPS() {
        let start = ContinuousClock.now
        var bucket = Bucket(qps: 10, burst: 3)
        let waits = (0..<6).map { _ in bucket.reserve(at: start) }
        // Three at once, then one every 100 ms, reserved in order.
        #expect(waits == [.zero, .zero, .zero, .milliseconds(100), .milliseconds(200), .milliseconds(300)])
    }

    @Test(arguments: [
        // idle time, then how long the next request waits
        (Duration.zero, Duration.milliseconds(500)),
        (.milliseconds(250), .milliseconds(250)),
        (.milliseconds(500), .zero),
        (.seconds(10), .zero),
    ])
    func idleTimeRefillsTokens(idle: Duration, wait: Duration) {
        let start = ContinuousClock.now
        var bucket = Bucket(qps: 2, burst: 1)
        #expect(bucket.reserve(at: start) == .zero)
        let next = bucket.reserve(at: start + idle)
        #expect(abs((next - wait) / .nanoseconds(1)) < 1_000, "waited \(next), expected \(wait)")
    }

    @Test func refillNeverExceedsBurst() {
        let start = ContinuousClock.now
        var bucket = Bucket(qps: 100, burst: 2)
        let later = start + .seconds(60)
        #expect([bucket.reserve(at: later), bucket.reserve(at: later)] == [.zero, .zero])
        #expect(bucket.reserve(at: later) == .milliseconds(10))
    }

    @Test func aReleasedReservationShortensTheNextWait() {
        let start = ContinuousClock.now
        var bucket = Bucket(qps: 1, burst: 1)
        _ = bucket.reserve(at: start)
        #expect(bucket.reserve(at: start) == .seconds(1))
        bucket.release(at: start)
        #expect(bucket.reserve(at: start) == .seconds(1))
    }

    @Test func limiterWaitsOnItsClockInOrder() async throws {
        let clock = JumpingClock()
        let limiter = RateLimiter(qps: 4, burst: 2, clock: clock)
        for _ in 0..<5 { try await limiter.wait() }
        // Each sleep advances the clock, so later callers find their tokens already earned.
        #expect(clock.sleeps == [.milliseconds(250), .milliseconds(250), .milliseconds(250)])

        clock.advance(by: .seconds(5))
        try await limiter.wait()
        try await limiter.wait()
        #expect(clock.sleeps.count == 3, "a refilled bucket lets a burst through without waiting")
    }

    @Test func aCancelledWaiterThrowsAndGivesItsTokenBack() async throws {
        let clock = JumpingClock()
        let limiter = RateLimiter(qps: 1, burst: 1, clock: clock)
        try await limiter.wait()
        let cancelled = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await limiter.wait()
        }
        await #expect(throws: CancellationError.self) { try await cancelled.value }
        try await limiter.wait()
        #expect(clock.sleeps == [.seconds(1)], "the cancelled reservation did not push this one back")
    }
}
