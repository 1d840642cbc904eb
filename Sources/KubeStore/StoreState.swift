/// Everything the store keeps in memory, guarded by one lock in `ObjectStore`: the current objects (the watch
/// cache every read is served from), the change history, the registered watchers and the list snapshots.
///
/// One lock, so a reader sees objects and resourceVersion of the same commit, and a watcher registers at
/// exactly one point of the change stream (no gap, no duplicate between its replay and its live events).
struct StoreState {
    /// The resourceVersion of the last committed change.
    var resourceVersion: Int64
    /// Current objects by resource, then key.
    var objects: [String: ResourceObjects] = [:]
    /// Recent changes, for resuming watches from memory.
    var history: EventHistory
    /// Changes above this are in the `events` table; below it, they were compacted away.
    var compactedResourceVersion: Int64
    /// Registered watchers by resource, then id.
    var watchers: [String: [Int: Watcher]] = [:]
    var nextWatcherID = 0
    /// Sorted snapshots for paged lists, newest last (least recently used first).
    var snapshots: [ListSnapshot] = []
    /// Writes queued by `submit`, and whether the writer queue is draining them.
    var queuedWrites: [PendingWrite] = []
    var draining = false
    /// Whether a background compaction is running.
    var compacting = false
    var closed = false
    /// Why the last commit failed, nil once one succeeds (what readiness reports).
    var commitFailure: String?

    func object(_ key: ObjectKey) -> StoredObject? {
        objects[key.resource]?[key]
    }

    /// The snapshot of `resource` at `resourceVersion`, marking it recently used.
    mutating func snapshot(resource: String, namespace: String?, resourceVersion: Int64) -> ListSnapshot? {
        guard
            let index = snapshots.firstIndex(where: {
                $0.resource == resource && $0.namespace == namespace && $0.resourceVersion == resourceVersion
            })
        else { return nil }
        let snapshot = snapshots.remove(at: index)
        snapshots.append(snapshot)
        return snapshot
    }

    mutating func remember(_ snapshot: ListSnapshot, capacity: Int) {
        if self.snapshot(
            resource: snapshot.resource, namespace: snapshot.namespace, resourceVersion: snapshot.resourceVersion) != nil
        {
            return
        }
        snapshots.append(snapshot)
        if snapshots.count > capacity { snapshots.removeFirst(snapshots.count - capacity) }
    }

    /// Applies one committed change to the cache and history, and hands it to the resource's watchers.
    /// Returns the watchers that could not take it (buffer full), already unregistered, for the caller to end
    /// outside the lock (ending a stream runs its termination handler, which takes the lock).
    mutating func publish(_ change: HistoryEvent) -> [Watcher] {
        let key = change.object.key
        switch change.kind {
        case .added, .modified:
            objects[key.resource, default: ResourceObjects(resource: key.resource)].upsert(change.object)
        case .deleted:
            objects[key.resource]?.remove(key)
        }
        history.append(change)
        resourceVersion = change.resourceVersion
        guard let resourceWatchers = watchers[key.resource], !resourceWatchers.isEmpty else { return [] }
        var slow: [Watcher] = []
        for (id, watcher) in resourceWatchers {
            guard let event = change.event(namespace: watcher.namespace, filter: watcher.filter) else { continue }
            switch watcher.continuation.yield(event) {
            case .enqueued:
                continue
            case .dropped:
                slow.append(watcher)
                watchers[key.resource]?[id] = nil
            case .terminated:
                watchers[key.resource]?[id] = nil
            @unknown default:
                watchers[key.resource]?[id] = nil
            }
        }
        return slow
    }
}
