import Synchronization

/// A clock that never really sleeps: `sleep` records the wait and moves time to the deadline at once, so a
/// test sees exactly how long the code under test would have waited.
public final class JumpingClock: Clock, Sendable {
    /// The manual clock's instants: offsets from the start.
    public typealias Instant = ManualClock.Instant

    private let state = Mutex<(now: Instant, sleeps: [Duration])>((Instant(offset: .zero), []))

    /// A clock at offset zero.
    public init() {}

    /// The current instant.
    public var now: Instant { state.withLock { $0.now } }
    /// Zero.
    public var minimumResolution: Duration { .zero }

    /// Every wait requested, in order.
    public var sleeps: [Duration] { state.withLock { $0.sleeps } }

    /// Moves time forward, as if the work in between took that long.
    public func advance(by duration: Duration) {
        state.withLock { $0.now = $0.now.advanced(by: duration) }
    }

    /// Records the wait and jumps to `deadline` (never back).
    public func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        state.withLock { state in
            state.sleeps.append(state.now.duration(to: deadline))
            if deadline > state.now { state.now = deadline }
        }
        // Let other tasks run, as a real sleep would.
        await Task.yield()
        try Task.checkCancellation()
    }
}
