/// Per-key exponential backoff: `baseDelay * 2^failures`, capped at `maximumDelay`, client-go's
/// `ItemExponentialFailureRateLimiter`. The defaults are `DefaultControllerRateLimiter`'s: 5 ms doubling to
/// 1000 s, so a persistently failing key settles at one attempt every 16 minutes.
public struct ItemExponentialFailureRateLimiter<Key: Hashable & Sendable>: WorkQueueRateLimiter {
    /// The delay after the first failure: 5 ms.
    public let baseDelay: Duration
    /// The longest delay: 1000 s.
    public let maximumDelay: Duration
    private var failures: [Key: Int] = [:]

    /// A limiter with the given delays.
    public init(baseDelay: Duration = .milliseconds(5), maximumDelay: Duration = .seconds(1000)) {
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
    }

    /// `baseDelay * 2^failures` (at most `maximumDelay`), and one more failure.
    public mutating func when(_ key: Key, now: AnyClock.Instant) -> Duration {
        let exponent = failures[key, default: 0]
        failures[key] = exponent + 1
        // Compared in floating point, which cannot overflow; below the cap the exact product fits.
        guard exponent < 62, baseDelay.seconds * pow2(exponent) < maximumDelay.seconds else { return maximumDelay }
        return baseDelay * (1 << exponent)
    }

    /// Clears `key`'s failures.
    public mutating func forget(_ key: Key) {
        failures[key] = nil
    }

    /// `key`'s failures.
    public func numRequeues(_ key: Key) -> Int {
        failures[key, default: 0]
    }

    private func pow2(_ exponent: Int) -> Double {
        Double(sign: .plus, exponent: exponent, significand: 1)
    }
}
