import Synchronization

/// A clock that never really sleeps: `sleep` records the wait and moves time to the deadline at once, so
/// a test sees exactly how long each caller would have waited.
final class JumpingClock: Clock, Sendable {
    typealias Instant = ContinuousClock.Instant

    private let state: Mutex<(now: Instant, sleeps: [Duration])>

    init() {
        state = Mutex((ContinuousClock.now, []))
    }

    var now: Instant { state.withLock { $0.now } }
    var minimumResolution: Duration { .zero }

    /// Every wait requested, in order.
    var sleeps: [Duration] { state.withLock { $0.sleeps } }

    /// Moves time forward, as if the test idled.
    func advance(by duration: Duration) {
        state.withLock { $0.now = $0.now.advanced(by: duration) }
    }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        state.withLock { state in
            state.sleeps.append(state.now.duration(to: deadline))
            if deadline > state.now { state.now = deadline }
        }
    }
}
