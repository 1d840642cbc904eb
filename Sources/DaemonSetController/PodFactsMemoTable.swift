import DaemonSetCore
import Synchronization

/// The pod facts memo of every DaemonSet, by key: each sync of a DaemonSet reuses what its earlier syncs
/// read of the pods that did not change since.
final class PodFactsMemoTable: Sendable {
    private let table = Mutex<[String: PodFactsMemo]>([:])

    /// `key`'s memo, created on first use.
    func memo(for key: String) -> PodFactsMemo {
        table.withLock { table in
            if let memo = table[key] { return memo }
            let memo = PodFactsMemo()
            table[key] = memo
            return memo
        }
    }

    /// Forgets `key` (its DaemonSet is gone), and with it the pods the memo kept alive.
    func remove(_ key: String) {
        _ = table.withLock { $0.removeValue(forKey: key) }
    }
}
