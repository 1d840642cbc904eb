import Synchronization

/// A clock that moves only when the test says: sleepers wake when `advance` passes their deadline.
public final class ManualClock: Clock, Sendable {
    /// A point in time: the time since the clock started.
    public struct Instant: InstantProtocol {
        /// The time since the clock started.
        public var offset: Duration

        /// The instant `offset` after the clock started.
        public init(offset: Duration) { self.offset = offset }

        /// The instant `duration` later.
        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        /// The time from this instant to `other`.
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        /// Whether `lhs` comes first.
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private struct Sleeper {
        var id: UInt64
        var deadline: Instant
        var continuation: CheckedContinuation<Void, any Error>
    }

    private let state = Mutex<(now: Instant, sleepers: [Sleeper], lastID: UInt64)>((Instant(offset: .zero), [], 0))

    /// A clock at offset zero with nobody sleeping.
    public init() {}

    /// The current instant.
    public var now: Instant { state.withLock { $0.now } }
    /// Zero: the clock moves only when told.
    public var minimumResolution: Duration { .zero }

    /// How long since the clock started.
    public var elapsed: Duration { now.offset }

    /// How many tasks sleep on the clock.
    public var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    /// The deadlines of the sleeping tasks, as offsets from the start, earliest first.
    public var deadlines: [Duration] { state.withLock { $0.sleepers.map(\.deadline.offset).sorted() } }

    /// Suspends until `advance` reaches `deadline`; throws `CancellationError` when cancelled first.
    public func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        let id = state.withLock { state in
            state.lastID += 1
            return state.lastID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let parked = state.withLock { state -> Bool in
                    guard deadline > state.now else { return false }
                    state.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return true
                }
                guard parked else { return continuation.resume() }
                if Task.isCancelled { take(id)?.resume(throwing: CancellationError()) }
            }
        } onCancel: {
            take(id)?.resume(throwing: CancellationError())
        }
    }

    /// Moves time forward by `duration`, waking every sleeper whose deadline has come.
    public func advance(by duration: Duration) {
        let due = state.withLock { state -> [Sleeper] in
            state.now = state.now.advanced(by: duration)
            let now = state.now
            let due = state.sleepers.filter { $0.deadline <= now }
            state.sleepers.removeAll { $0.deadline <= now }
            return due
        }
        for sleeper in due { sleeper.continuation.resume() }
    }

    /// Waits (yielding, never sleeping) until `count` tasks (any number when nil) sleep on the clock and the
    /// sleepers stay the same for a while: the code under test has reached its next wait. Returns false when
    /// that never happened. Reliable when the tasks under test run on one thread (`onOneThread`).
    @discardableResult
    public func settle(sleepers count: Int? = nil) async -> Bool {
        var stable = 0
        var last: [UInt64] = []
        for _ in 0..<200_000 {
            let sleepers = state.withLock { $0.sleepers.map(\.id) }
            if sleepers == last, count == nil || sleepers.count == count {
                stable += 1
                if stable >= 50 { return true }
            } else {
                stable = 0
                last = sleepers
            }
            await Task.yield()
        }
        return false
    }

    private func take(_ id: UInt64) -> CheckedContinuation<Void, any Error>? {
        state.withLock { state in
            guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
            return state.sleepers.remove(at: index).continuation
        }
    }
}
