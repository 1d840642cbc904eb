/// How a loop waits after failures: exponential growth with jitter and a reset after a quiet period,
/// apimachinery's `wait.Backoff` used through `DelayWithReset`. The defaults are the reflector's in client-go
/// (`NewExponentialBackoffManager(800ms, 30s, 2min, 2.0, 1.0)`).
public struct BackoffPolicy: Sendable, Hashable {
    /// The first delay: 800 ms.
    public var initial: Duration = .milliseconds(800)
    /// The largest delay before jitter: 30 s (with full jitter a wait can reach twice that).
    public var maximum: Duration = .seconds(30)
    /// How much each failure multiplies the delay: 2.
    public var factor: Double = 2.0
    /// The random extra, as a fraction of the delay (`delay + random * jitter * delay`): 1.0; 0 for none.
    public var jitter: Double = 1.0
    /// After this long without backing off, the next delay starts again from `initial`: 2 minutes of health.
    public var resetAfter: Duration = .seconds(120)

    /// The documented defaults.
    public init() {}

    /// A policy with the given parts.
    public init(initial: Duration, maximum: Duration, factor: Double, jitter: Double, resetAfter: Duration) {
        self.initial = initial
        self.maximum = maximum
        self.factor = factor
        self.jitter = jitter
        self.resetAfter = resetAfter
    }
}

/// One sequence of delays under a `BackoffPolicy`: a value owned by the loop that backs off.
struct Backoff: Sendable {
    let policy: BackoffPolicy
    /// The delay the next failure waits, before jitter.
    private var current: Duration
    /// When the last delay was handed out; nil before the first.
    private var lastStart: AnyClock.Instant?

    init(policy: BackoffPolicy) {
        self.policy = policy
        self.current = policy.initial
    }

    /// The delay to wait now, and the sequence one step further.
    mutating func next(now: AnyClock.Instant, random: RandomSource) -> Duration {
        if let lastStart, lastStart.duration(to: now) > policy.resetAfter {
            current = policy.initial
        }
        lastStart = now
        let delay = current
        current = min(current * policy.factor, policy.maximum)
        return policy.jitter > 0 ? random.jitter(delay, factor: policy.jitter) : delay
    }
}
