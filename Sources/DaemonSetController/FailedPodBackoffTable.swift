import DaemonSetCore
import Foundation
import Synchronization

/// The failed-pod backoff of every DaemonSet, by key. Upstream keeps one backoff for all; here each
/// DaemonSet has its own, so concurrent syncs of different keys never overwrite each other's entries (the
/// entries' keys carry the DaemonSet's UID anyway).
final class FailedPodBackoffTable: Sendable {
    private let initial: TimeInterval
    private let maximum: TimeInterval
    private let table = Mutex<[String: FailedPodBackoff]>([:])

    init(initial: TimeInterval, maximum: TimeInterval) {
        self.initial = initial
        self.maximum = maximum
    }

    /// `key`'s backoff, with entries idle for twice the maximum forgotten (upstream's periodic GC).
    func backoff(for key: String, now: Date) -> FailedPodBackoff {
        var backoff = table.withLock { $0[key] } ?? FailedPodBackoff(initial: initial, maximum: maximum)
        backoff.garbageCollect(now: now)
        return backoff
    }

    /// Stores `key`'s backoff after a sync; an empty one is dropped so deleted DaemonSets leave nothing behind.
    func store(_ backoff: FailedPodBackoff, for key: String) {
        table.withLock { $0[key] = backoff.count == 0 ? nil : backoff }
    }

    /// Forgets `key` (its DaemonSet is gone).
    func remove(_ key: String) {
        _ = table.withLock { $0.removeValue(forKey: key) }
    }
}
