import Synchronization

/// A value behind a lock that escaping closures (handlers, callbacks, fakes) can share.
public final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    /// A lock around `value`.
    public init(_ value: Value) {
        mutex = Mutex(value)
    }

    /// The current value.
    public var value: Value { mutex.withLock { $0 } }

    /// Changes the value and returns what `change` returns.
    @discardableResult
    public func mutate<T: Sendable>(_ change: (inout Value) -> T) -> T {
        mutex.withLock { change(&$0) }
    }
}
