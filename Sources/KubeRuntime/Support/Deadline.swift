/// Runs `operation` until `deadline` on `clock`: its result, or nil when the deadline came first (the
/// operation is then cancelled and awaited). A lease renewal must not outlive its deadline, and a loop that
/// waits for a wake-up must also wake at its next timer.
func withDeadline<T: Sendable>(
    _ deadline: AnyClock.Instant, clock: AnyClock, operation: @escaping @Sendable () async throws -> T
) async throws -> T? {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await clock.sleep(until: deadline)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { return nil }
        return first
    }
}
