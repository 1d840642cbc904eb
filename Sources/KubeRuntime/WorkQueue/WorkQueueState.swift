/// A work queue's bookkeeping as a value, without locks or waiting: client-go's `workqueue.Type` (the
/// queue, the dirty set, the processing set) and `delayingType` (keys waiting for a time).
///
/// The rules: a key is queued at most once however often it is added (`dirty`); a key being processed is
/// never handed out again, and one added meanwhile is queued when `done` is called; keys are handed out in
/// the order they were queued.
struct WorkQueueState<Key: Hashable & Sendable>: Sendable {
    /// What `add` did.
    enum AddOutcome: Sendable, Hashable {
        /// Queued for a getter.
        case queued
        /// Marked dirty while being processed: queued again after `done`.
        case deferred
        /// Already queued (or already deferred): nothing to do.
        case duplicate
        /// Shutting down: adds are ignored.
        case ignored
    }

    /// A key handed out, and how long it waited since it was added.
    struct Handout: Sendable {
        var key: Key
        var waited: Duration
    }

    /// Keys ready for a getter, in order.
    private var queue = FIFO<Key>()
    /// Keys that need processing: queued, or added again while being processed.
    private(set) var dirty = Set<Key>()
    /// Keys handed out and not yet `done`.
    private(set) var processing = Set<Key>()
    /// Whether the queue stopped taking keys.
    private(set) var isShuttingDown = false
    /// Keys waiting for a time (`addAfter`), earliest first; entries superseded by an earlier time for the
    /// same key stay in the heap until popped and are skipped then.
    private var waiting = MinHeap<WaitingEntry>()
    /// The earliest time each waiting key is due.
    private var waitingUntil: [Key: AnyClock.Instant] = [:]
    private var waitingSequence: UInt64 = 0
    /// When each dirty key was added, for the queue-latency metric.
    private var addedAt: [Key: AnyClock.Instant] = [:]
    /// When each processing key was handed out, for the work-duration metric.
    private var startedAt: [Key: AnyClock.Instant] = [:]

    /// How many keys are ready for a getter.
    var count: Int { queue.count }
    /// The keys ready for a getter, in order.
    var queuedKeys: [Key] { Array(queue.elements) }
    /// How many keys wait for a time.
    var waitingCount: Int { waitingUntil.count }
    /// When the earliest waiting key is due (dropping superseded entries from the top of the heap).
    mutating func nextDue() -> AnyClock.Instant? {
        while let entry = waiting.min, waitingUntil[entry.key] != entry.due {
            _ = waiting.popMin()
        }
        return waiting.min?.due
    }

    /// Marks `key` as needing processing.
    mutating func add(_ key: Key, now: AnyClock.Instant) -> AddOutcome {
        guard !isShuttingDown else { return .ignored }
        guard dirty.insert(key).inserted else { return .duplicate }
        addedAt[key] = now
        if processing.contains(key) { return .deferred }
        queue.push(key)
        return .queued
    }

    /// Hands out the next queued key, now being processed.
    mutating func get(now: AnyClock.Instant) -> Handout? {
        guard let key = queue.popFirst() else { return nil }
        dirty.remove(key)
        processing.insert(key)
        startedAt[key] = now
        let added = addedAt.removeValue(forKey: key) ?? now
        return Handout(key: key, waited: added.duration(to: now))
    }

    /// Ends processing of `key`; queues it again when it was added meanwhile. Returns how long it was
    /// processed (nil when it was not being processed).
    mutating func done(_ key: Key, now: AnyClock.Instant) -> Duration? {
        guard processing.remove(key) != nil else { return nil }
        if dirty.contains(key) { queue.push(key) }
        return startedAt.removeValue(forKey: key).map { $0.duration(to: now) }
    }

    /// Makes `key` due at `due`, unless it is already waiting for an earlier time. Returns whether this
    /// changed when the key is due.
    mutating func addAfter(_ key: Key, due: AnyClock.Instant) -> Bool {
        guard !isShuttingDown else { return false }
        if let current = waitingUntil[key], current <= due { return false }
        waitingUntil[key] = due
        waitingSequence &+= 1
        waiting.push(WaitingEntry(due: due, sequence: waitingSequence, key: key))
        return true
    }

    /// Takes out the waiting keys due by `now`, in due order.
    mutating func popDue(now: AnyClock.Instant) -> [Key] {
        var due: [Key] = []
        while let entry = waiting.min, entry.due <= now {
            _ = waiting.popMin()
            guard waitingUntil[entry.key] == entry.due else { continue }
            waitingUntil[entry.key] = nil
            due.append(entry.key)
        }
        return due
    }

    /// Stops taking keys; queued keys may still be handed out, waiting ones are dropped.
    mutating func shutDown() {
        isShuttingDown = true
        waiting.removeAll()
        waitingUntil.removeAll()
    }

    /// A key waiting for a time; ordered by due time, then by insertion so equal times keep their order.
    private struct WaitingEntry: Comparable, Sendable {
        var due: AnyClock.Instant
        var sequence: UInt64
        var key: Key

        static func < (lhs: WaitingEntry, rhs: WaitingEntry) -> Bool {
            (lhs.due, lhs.sequence) < (rhs.due, rhs.sequence)
        }

        static func == (lhs: WaitingEntry, rhs: WaitingEntry) -> Bool {
            lhs.due == rhs.due && lhs.sequence == rhs.sequence
        }
    }
}
