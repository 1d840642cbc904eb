import Synchronization

/// A value behind a lock that escaping closures (observers, consumer tasks) can share.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) {
        mutex = Mutex(value)
    }

    /// The current value.
    var value: Value { mutex.withLock { $0 } }

    /// Changes the value.
    func mutate(_ change: (inout Value) -> Void) {
        mutex.withLock { change(&$0) }
    }
}
