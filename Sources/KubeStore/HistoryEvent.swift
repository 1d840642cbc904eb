/// One committed change as the watch history keeps it, in memory and in the `events` table.
///
/// Besides the new (or, for a delete, final) state it keeps the previous labels and fields when they
/// changed, because a filtered watcher must see an object that stops matching as DELETED and one that
/// starts matching as ADDED, as upstream's cacheWatcher does.
struct HistoryEvent: Sendable {
    /// The change's kind, stored as an integer in SQLite.
    enum Kind: Int64, Sendable {
        case added = 0
        case modified = 1
        case deleted = 2
    }

    var kind: Kind
    /// The new state, or the final state of a deleted object.
    var object: StoredObject
    /// The labels before a modification, when they differ from `object.labels`.
    var previousLabels: [String: String]?
    /// The fields before a modification, when they differ from `object.fields`.
    var previousFields: [String: String]?

    var resourceVersion: Int64 { object.resourceVersion }

    /// What a watcher of `namespace` (nil for all) selecting `filter` sees of this change, if anything.
    func event(namespace: String?, filter: StoreFilter) -> StoreEvent? {
        if let namespace, namespace != object.key.namespace { return nil }
        switch kind {
        case .added:
            return filter.matches(object) ? .added(object) : nil
        case .deleted:
            return filter.matches(object) ? .deleted(object) : nil
        case .modified:
            let matchesNow = filter.matches(object)
            if !filter.isRestrictive { return .modified(object) }
            let matchedBefore =
                (previousLabels == nil && previousFields == nil)
                ? matchesNow
                : filter.matches(labels: previousLabels ?? object.labels, fields: previousFields ?? object.fields)
            switch (matchedBefore, matchesNow) {
            case (true, true): return .modified(object)
            case (false, true): return .added(object)
            case (true, false): return .deleted(object)
            case (false, false): return nil
            }
        }
    }
}
