import Synchronization

/// Deletion expectations that remember which objects were deleted: kube-controller-manager's
/// `UIDTrackingControllerExpectations`.
///
/// A deleted object's DELETE event may arrive more than once (once from the watch, once as a tombstone of a
/// relist), and a plain counter would then count it twice. Tracking the keys of the objects a controller
/// deleted lets `deletionObserved` count each one once and ignore deletions the controller did not make.
public final class UIDTrackingControllerExpectations: Sendable {
    /// The counters (creations, deletions, timeout); use them for everything but deletions.
    public let expectations: ControllerExpectations
    private let deletedKeys = Mutex<[String: Set<String>]>([:])

    /// Tracking on top of `expectations`.
    public init(expectations: ControllerExpectations) {
        self.expectations = expectations
    }

    /// The keys of the objects whose deletion `key` still waits for.
    public func deletions(for key: String) -> Set<String>? {
        deletedKeys.withLock { $0[key] }
    }

    /// Expects the deletion of the objects `deleted` (their `namespace/name` keys) for controller `key`.
    public func expectDeletions(_ key: String, deleted: [String]) {
        let expected = Set(deleted)
        // Under the tracking lock, so the keys and the counter change together, as upstream's uidStoreLock.
        deletedKeys.withLock { table in
            table[key] = expected
            expectations.expectDeletions(key, expected.count)
        }
    }

    /// The object `deletedKey` was seen deleted: counts for `key` once, and only if `key` deleted it.
    public func deletionObserved(_ key: String, deletedKey: String) {
        deletedKeys.withLock { table in
            guard table[key]?.remove(deletedKey) != nil else { return }
            expectations.deletionObserved(key)
        }
    }

    /// Forgets `key`'s expectations and tracked deletions.
    public func deleteExpectations(_ key: String) {
        deletedKeys.withLock { table in
            table[key] = nil
            expectations.deleteExpectations(key)
        }
    }
}
