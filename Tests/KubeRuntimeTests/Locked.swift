import Synchronization

/// A value behind a lock that escaping closures (handlers, callbacks, fakes) can share.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) {
        mutex = Mutex(value)
    }

    /// The current value.
    var value: Value { mutex.withLock { $0 } }

    /// Changes the value and returns what `change` returns.
    @discardableResult
    func mutate<T: Sendable>(_ change: (inout Value) -> T) -> T {
        mutex.withLock { change(&$0) }
    }
}

/// Yields until `condition` holds (the tasks under test made progress); false when it never did.
func eventually(_ condition: () -> Bool) async -> Bool {
    for _ in 0..<200_000 {
        if condition() { return true }
        await Task.yield()
    }
    return condition()
}

/// Waits until the calling task is cancelled, without a clock.
func waitUntilCancelled() async {
    let (stream, continuation) = AsyncStream<Never>.makeStream()
    for await _ in stream {}
    continuation.finish()
}
