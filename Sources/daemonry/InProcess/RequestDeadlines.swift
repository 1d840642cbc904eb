import NIOCore
import Synchronization

/// The deadlines of the in-process requests in flight, kept by one timer loop for all of them. A request
/// racing its own sleeping task cost a timer and a second task on every call, thousands of times a second
/// at 10,000 nodes, to enforce deadlines of seconds that almost never pass. The loop looks every `tick` and
/// cancels what is late, so a request fails at most one tick after its deadline.
final class RequestDeadlines: Sendable {
    /// The task answering a request, which the loop may cancel only while it is registered: the entry is
    /// removed, under the lock the loop cancels under, before the task ends.
    private struct Entry: @unchecked Sendable {
        let deadline: NIODeadline
        let task: UnsafeCurrentTask
    }

    private struct State {
        var entries: [UInt64: Entry] = [:]
        var nextID: UInt64 = 0
        /// Requests whose deadline passed while they ran: they answer `deadlineExceeded`.
        var expired: Set<UInt64> = []
    }

    private let state = Mutex(State())
    private let tick: Duration

    init(tick: Duration = .milliseconds(100)) {
        self.tick = tick
    }

    /// `operation`'s result, run in a child task that is cancelled once `deadline` passes; it then fails with
    /// `onExpiry()` (a handler ignoring cancellation delays the error until it returns).
    func run<Result: Sendable>(
        until deadline: NIODeadline, onExpiry: @escaping @Sendable () -> any Error,
        _ operation: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        try await withThrowingTaskGroup(of: Result.self) { group in
            group.addTask {
                let id = withUnsafeCurrentTask { task -> UInt64? in
                    guard let task else { return nil }
                    return self.register(Entry(deadline: deadline, task: task))
                }
                guard let id else { return try await operation() }
                let result: Swift.Result<Result, any Error>
                do {
                    result = .success(try await operation())
                } catch {
                    result = .failure(error)
                }
                if self.unregister(id) { throw onExpiry() }
                return try result.get()
            }
            guard let result = try await group.next() else { throw onExpiry() }
            return result
        }
    }

    /// Registers `entry` for the loop to find.
    private func register(_ entry: Entry) -> UInt64 {
        state.withLock { state in
            let id = state.nextID
            state.nextID &+= 1
            state.entries[id] = entry
            return id
        }
    }

    /// Removes entry `id`; true when its deadline had passed.
    private func unregister(_ id: UInt64) -> Bool {
        state.withLock { state in
            state.entries[id] = nil
            return state.expired.remove(id) != nil
        }
    }

    /// Cancels late requests every `tick` until the calling task is cancelled.
    func run() async {
        while (try? await Task.sleep(for: tick)) != nil {
            let now = NIODeadline.now()
            state.withLock { state in
                for (id, entry) in state.entries where entry.deadline <= now && !state.expired.contains(id) {
                    state.expired.insert(id)
                    entry.task.cancel()
                }
            }
        }
    }
}
