import Synchronization
import Testing

/// A clock that moves only when the test says: sleepers wake when `advance` passes their deadline.
final class ManualClock: Clock, Sendable {
    struct Instant: InstantProtocol {
        var offset: Duration

        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private struct Sleeper {
        var id: UInt64
        var deadline: Instant
        var continuation: CheckedContinuation<Void, any Error>
    }

    private let state = Mutex<(now: Instant, sleepers: [Sleeper], lastID: UInt64)>((Instant(offset: .zero), [], 0))

    var now: Instant { state.withLock { $0.now } }
    var minimumResolution: Duration { .zero }

    /// How long since the clock started.
    var elapsed: Duration { now.offset }

    /// How many tasks sleep on the clock.
    var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    /// The deadlines of the sleeping tasks, as offsets from the start, earliest first.
    var deadlines: [Duration] { state.withLock { $0.sleepers.map(\.deadline.offset).sorted() } }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
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
    func advance(by duration: Duration) {
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
    /// sleepers stay the same for a while: the code under test has reached its next wait.
    func settle(sleepers count: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) async {
        var stable = 0
        var last: [UInt64] = []
        for _ in 0..<200_000 {
            let sleepers = state.withLock { $0.sleepers.map(\.id) }
            if sleepers == last, count == nil || sleepers.count == count {
                stable += 1
                if stable >= 50 { return }
            } else {
                stable = 0
                last = sleepers
            }
            await Task.yield()
        }
        Issue.record("expected \(count.map(String.init) ?? "stable") sleepers, found \(sleeperCount)", sourceLocation: sourceLocation)
    }

    private func take(_ id: UInt64) -> CheckedContinuation<Void, any Error>? {
        state.withLock { state in
            guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
            return state.sleepers.remove(at: index).continuation
        }
    }
}
