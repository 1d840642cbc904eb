import Metrics
import ServiceLifecycle
import Synchronization

/// A rate-limited, delaying work queue of keys: client-go's `TypedRateLimitingInterface`.
///
/// - A key is queued at most once however often it is added, and is never handed to two workers at once;
///   a key added while a worker holds it is handed out again after that worker calls `done`.
/// - `addAfter` queues a key later; `addRateLimited` queues it after its rate limiter's delay (per-key
///   exponential backoff combined with an overall token bucket by default); `forget` clears its failures.
/// - `shutdown` stops taking keys; workers still get the keys already queued, then nil.
///
/// A `Service`: `run()` moves delayed keys into the queue when they are due, and shuts the queue down on
/// graceful shutdown. Without it running, `addAfter` keys never come due.
public final class WorkQueue<Key: Hashable & Sendable>: Service, Sendable {
    /// The queue's name, its metrics' `name` label.
    public let name: String
    private let clock: AnyClock
    private let metrics: WorkQueueMetrics
    private let state: Mutex<Inner>
    /// Wakes the delay loop when a key becomes due earlier than the loop planned to wake.
    private let wake = AsyncFlag(autoReset: true)
    /// Raised once the queue is shutting down and no key is being processed.
    private let drained = AsyncFlag(autoReset: false)
    /// How much later than its time a delayed key may be handed out (see `init`).
    private let coalescing: Duration

    /// A queue named `name` (its metrics' label), using `rateLimiter` for `addRateLimited` (client-go's
    /// `DefaultControllerRateLimiter` by default) and `clock` for delays and metrics.
    ///
    /// `coalescing` lets a delayed key come due up to that much late, so that keys due close together are
    /// moved by one wake-up of the delay loop instead of one each: a periodic job on thousands of keys (a
    /// simulated kubelet's Lease renewals) otherwise wakes the loop, and pays for its timer, a thousand
    /// times a second. Zero by default: every key is handed out as soon as it is due.
    public init(
        name: String, rateLimiter: any WorkQueueRateLimiter<Key> = MaxOfRateLimiter<Key>.defaultController(),
        clock: some Clock<Duration> = ContinuousClock(), coalescing: Duration = .zero,
        metricsFactory: any MetricsFactory = MetricsSystem.factory
    ) {
        self.name = name
        self.coalescing = max(.zero, coalescing)
        self.clock = AnyClock(clock)
        self.metrics = WorkQueueMetrics(name: name, factory: metricsFactory)
        self.state = Mutex(Inner(limiter: rateLimiter))
    }

    // MARK: Adding

    /// Queues `key` unless it is already queued; a key being processed is queued again after `done`.
    public func add(_ key: Key) {
        let now = clock.now
        let handouts = state.withLock { inner -> [Delivery] in
            let outcome = inner.queue.add(key, now: now)
            guard outcome == .queued || outcome == .deferred else { return [] }
            metrics.adds.increment()
            return inner.deliver(now: now, metrics: metrics)
        }
        resume(handouts)
    }

    /// Queues `key` after `delay` (at once when not positive). A key already waiting keeps the earlier time.
    public func addAfter(_ key: Key, delay: Duration) {
        guard !isShuttingDown else { return }
        metrics.retries.increment()
        guard delay > .zero else {
            add(key)
            return
        }
        let due = clock.now.advanced(by: delay)
        let wakeLoop = state.withLock { inner -> Bool in
            guard inner.queue.addAfter(key, due: due) else { return false }
            // Only a key due before the loop's planned wake-up (give or take the coalescing) needs to wake it.
            guard let planned = inner.loopWakesAt else { return true }
            return due.advanced(by: coalescing) < planned
        }
        if wakeLoop { wake.raise() }
    }

    /// Queues `key` after the delay its rate limiter gives it now (one more failure).
    public func addRateLimited(_ key: Key) {
        let now = clock.now
        let delay = state.withLock { $0.limiter.when(key, now: now) }
        addAfter(key, delay: delay)
    }

    /// Clears `key`'s failures in the rate limiter (call it when the key was processed successfully).
    public func forget(_ key: Key) {
        state.withLock { $0.limiter.forget(key) }
    }

    /// How many times `key` failed since it was last forgotten.
    public func numRequeues(_ key: Key) -> Int {
        state.withLock { $0.limiter.numRequeues(key) }
    }

    // MARK: Processing

    /// The next key, now held by the caller until it calls `done`; waits while the queue is empty. Nil when
    /// the queue has shut down and is empty, or when the calling task is cancelled.
    public func get() async -> Key? {
        let id = state.withLock { $0.getters.makeID() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Key?, Never>) in
                let now = clock.now
                let immediate = state.withLock { inner -> Key?? in
                    if let handout = inner.queue.get(now: now) {
                        inner.recordHandout(handout, metrics: metrics)
                        return .some(handout.key)
                    }
                    if inner.queue.isShuttingDown { return .some(nil) }
                    inner.getters.park(id, continuation)
                    return nil
                }
                if let immediate { return continuation.resume(returning: immediate) }
                // A cancellation that ran before this getter parked found nothing to resume.
                if Task.isCancelled { state.withLock { $0.getters.remove(id) }?.resume(returning: nil) }
            }
        } onCancel: {
            state.withLock { $0.getters.remove(id) }?.resume(returning: nil)
        }
    }

    /// One worker in client-go's pattern, until the queue shuts down or the task is cancelled: each key goes
    /// to `handle`; success forgets its retry history, failure is reported to `onFailure` and the key comes
    /// back rate-limited. A failure caused by cancellation is not retried.
    public func process(_ handle: (Key) async throws -> Void, onFailure: (Key, any Error) -> Void) async {
        while let key = await get() {
            do {
                try await handle(key)
                forget(key)
            } catch {
                if Task.isCancelled {
                    done(key)
                    return
                }
                onFailure(key, error)
                addRateLimited(key)
            }
            done(key)
        }
    }

    /// Ends the caller's processing of `key`; a key added meanwhile is queued again.
    public func done(_ key: Key) {
        let now = clock.now
        let (handouts, isDrained) = state.withLock { inner -> ([Delivery], Bool) in
            if let worked = inner.queue.done(key, now: now) { metrics.workDuration.record(duration: worked) }
            let handouts = inner.deliver(now: now, metrics: metrics)
            return (handouts, inner.queue.isShuttingDown && inner.queue.processing.isEmpty)
        }
        resume(handouts)
        if isDrained { drained.raise() }
    }

    // MARK: State

    /// How many keys are queued for a getter (delayed keys not included).
    public var count: Int { state.withLock { $0.queue.count } }

    /// The keys queued for a getter, in the order they will be handed out.
    public var queuedKeys: [Key] { state.withLock { $0.queue.queuedKeys } }

    /// How many keys wait for their `addAfter` time.
    public var waitingCount: Int { state.withLock { $0.queue.waitingCount } }

    /// Whether `shutdown` was called.
    public var isShuttingDown: Bool { state.withLock { $0.queue.isShuttingDown } }

    // MARK: Shutdown

    /// Stops taking keys and drops the delayed ones; getters receive what is still queued, then nil.
    public func shutdown() {
        let (getters, isDrained) = state.withLock { inner in
            inner.queue.shutDown()
            // Parked getters only exist while the queue is empty: they all get nil.
            return (inner.getters.removeAll(), inner.queue.processing.isEmpty)
        }
        for getter in getters { getter.resume(returning: nil) }
        wake.raise()
        if isDrained { drained.raise() }
    }

    /// Shuts down, then waits until every key handed out is `done` (client-go's `ShutDownWithDrain`).
    public func shutdownWithDrain() async {
        shutdown()
        await drained.wait()
    }

    /// Moves delayed keys into the queue when due, until shutdown; graceful shutdown shuts the queue down.
    public func run() async throws {
        await withTaskCancellationOrGracefulShutdownHandler {
            await self.moveDueKeys()
        } onCancelOrGracefulShutdown: {
            self.shutdown()
        }
    }

    private func moveDueKeys() async {
        while !Task.isCancelled {
            let now = clock.now
            let (handouts, wakeAt, stop) = state.withLock { inner -> ([Delivery], AnyClock.Instant?, Bool) in
                guard !inner.queue.isShuttingDown else { return ([], nil, true) }
                for key in inner.queue.popDue(now: now) {
                    let outcome = inner.queue.add(key, now: now)
                    if outcome == .queued || outcome == .deferred { metrics.adds.increment() }
                }
                let next = inner.queue.nextDue().map { $0.advanced(by: coalescing) }
                inner.loopWakesAt = next
                return (inner.deliver(now: now, metrics: metrics), next, false)
            }
            resume(handouts)
            if stop { return }
            if let wakeAt {
                _ = try? await withDeadline(wakeAt, clock: clock) { await self.wake.wait() }
            } else {
                await wake.wait()
            }
        }
    }

    private func resume(_ deliveries: [Delivery]) {
        for delivery in deliveries { delivery.getter.resume(returning: delivery.key) }
    }

    /// A key handed to a parked getter.
    private struct Delivery {
        var getter: CheckedContinuation<Key?, Never>
        var key: Key
    }

    /// Everything behind the lock.
    private struct Inner: Sendable {
        var queue = WorkQueueState<Key>()
        var limiter: any WorkQueueRateLimiter<Key>
        var getters = WaiterList<Key?>()
        /// When the delay loop plans to wake; nil when it waits for a signal only.
        var loopWakesAt: AnyClock.Instant?

        init(limiter: any WorkQueueRateLimiter<Key>) {
            self.limiter = limiter
        }

        /// Hands queued keys to parked getters, longest-waiting first.
        mutating func deliver(now: AnyClock.Instant, metrics: WorkQueueMetrics) -> [Delivery] {
            var deliveries: [Delivery] = []
            while !getters.isEmpty, let handout = queue.get(now: now), let getter = getters.popFirst() {
                recordHandout(handout, metrics: metrics)
                deliveries.append(Delivery(getter: getter, key: handout.key))
            }
            updateDepth(metrics)
            return deliveries
        }

        func recordHandout(_ handout: WorkQueueState<Key>.Handout, metrics: WorkQueueMetrics) {
            metrics.queueDuration.record(duration: handout.waited)
            updateDepth(metrics)
        }

        /// client-go's depth counts keys added and not yet handed out: the dirty set.
        func updateDepth(_ metrics: WorkQueueMetrics) {
            metrics.depth.set(queue.dirty.count)
        }
    }
}
