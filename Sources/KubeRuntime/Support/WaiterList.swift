/// Parked tasks waiting for a value, in arrival order. It lives inside its owner's lock; the owner resumes
/// the continuations it takes out after releasing the lock.
struct WaiterList<Value: Sendable>: Sendable {
    private var waiters: [(id: UInt64, continuation: CheckedContinuation<Value, Never>)] = []
    private var lastID: UInt64 = 0

    /// Whether nobody waits.
    var isEmpty: Bool { waiters.isEmpty }

    /// A fresh identity for a waiter about to park.
    mutating func makeID() -> UInt64 {
        lastID &+= 1
        return lastID
    }

    /// Parks `continuation` under `id`, behind the waiters already there.
    mutating func park(_ id: UInt64, _ continuation: CheckedContinuation<Value, Never>) {
        waiters.append((id, continuation))
    }

    /// Takes out the waiter `id` (it was cancelled), or nil when it is not parked (not yet, or already resumed).
    mutating func remove(_ id: UInt64) -> CheckedContinuation<Value, Never>? {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return nil }
        return waiters.remove(at: index).continuation
    }

    /// Takes out the longest-waiting waiter.
    mutating func popFirst() -> CheckedContinuation<Value, Never>? {
        waiters.isEmpty ? nil : waiters.removeFirst().continuation
    }

    /// Takes out every waiter.
    mutating func removeAll() -> [CheckedContinuation<Value, Never>] {
        defer { waiters.removeAll() }
        return waiters.map(\.continuation)
    }
}
