import Synchronization

/// A flag tasks can wait for. Two uses:
/// - a latch (`autoReset: false`): raised once and stays raised; every waiter, present and future, passes
///   (an informer's first sync, a work queue's drain);
/// - a wake-up signal (`autoReset: true`): each raise lets one wait pass, and a raise while nobody waits is
///   kept for the next wait, so a background loop never loses a wake-up between deciding to wait and waiting
///   (a work queue's delay loop).
final class AsyncFlag: Sendable {
    private let autoReset: Bool
    private let state = Mutex<(isRaised: Bool, waiters: WaiterList<Void>)>((false, WaiterList()))

    /// A lowered flag.
    init(autoReset: Bool) {
        self.autoReset = autoReset
    }

    /// Whether the flag is raised (a latch: has opened).
    var isRaised: Bool { state.withLock { $0.isRaised } }

    /// Raises the flag: an auto-reset flag wakes its oldest waiter (or stays raised for the next wait), a latch
    /// wakes everyone and stays raised.
    func raise() {
        let woken = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            if autoReset, let first = state.waiters.popFirst() { return [first] }
            state.isRaised = true
            return autoReset ? [] : state.waiters.removeAll()
        }
        for waiter in woken { waiter.resume() }
    }

    /// Waits until the flag is raised (an auto-reset flag lowers it again), or the task is cancelled.
    func wait() async {
        let id = state.withLock { $0.waiters.makeID() }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let parked = state.withLock { state -> Bool in
                    if state.isRaised {
                        if autoReset { state.isRaised = false }
                        return false
                    }
                    state.waiters.park(id, continuation)
                    return true
                }
                guard parked else { return continuation.resume() }
                // A cancellation handler that ran before the waiter parked found nothing to resume.
                if Task.isCancelled { state.withLock { $0.waiters.remove(id) }?.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.remove(id) }?.resume()
        }
    }
}
