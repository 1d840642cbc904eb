/// Where the runtime draws its randomness (backoff jitter, watch timeouts, leader-election retry jitter):
/// injected so tests choose the draws.
public struct RandomSource: Sendable {
    private let draw: @Sendable () -> Double

    /// A source returning `draw()`, which must lie in `0..<1`.
    public init(_ draw: @escaping @Sendable () -> Double) {
        self.draw = draw
    }

    /// The system's generator.
    public static let system = RandomSource { Double.random(in: 0..<1) }

    /// A source that always returns `value` (clamped to `0..<1`), for tests and for turning jitter off.
    public static func constant(_ value: Double) -> RandomSource {
        let clamped = min(max(value, 0), 1.nextDown)
        return RandomSource { clamped }
    }

    /// A number in `0..<1`.
    public func unit() -> Double {
        min(max(draw(), 0), 1.nextDown)
    }

    /// `duration` plus up to `factor` times itself, as apimachinery's `wait.Jitter` (a factor of zero or less
    /// means 1.0 there, and here too).
    public func jitter(_ duration: Duration, factor: Double) -> Duration {
        let factor = factor > 0 ? factor : 1.0
        return duration + duration * (unit() * factor)
    }
}
