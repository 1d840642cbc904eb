/// Yields until `condition` holds (the tasks under test made progress); false when it never did.
public func eventually(_ condition: () -> Bool) async -> Bool {
    // Work that finishes on other threads (a service group's shutdown) may need real time on a loaded
    // machine, so after each burst of yields the wait also gives up a millisecond, for at most 20 s.
    let deadline = ContinuousClock.now + .seconds(20)
    while ContinuousClock.now < deadline {
        for _ in 0..<1_000 {
            if condition() { return true }
            await Task.yield()
        }
        try? await Task.sleep(for: .milliseconds(1))
    }
    return condition()
}

/// Waits until the calling task is cancelled, without a clock.
public func waitUntilCancelled() async {
    let (stream, continuation) = AsyncStream<Never>.makeStream()
    for await _ in stream {}
    continuation.finish()
}

/// Polls an asynchronous `condition` (an API read, a kubectl run) every `interval` until it holds, for at
/// most `timeout`; false when it never did. Polling is only the wait: what a test asserts is the state
/// `condition` describes.
public func eventually(
    timeout: Duration = .seconds(30), interval: Duration = .milliseconds(20), _ condition: () async throws -> Bool
) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: interval)
    }
    return try await condition()
}
