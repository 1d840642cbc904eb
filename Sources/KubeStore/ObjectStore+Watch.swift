import GRDB

extension ObjectStore {
    /// Watches `resource` (in `namespace`, or all namespaces when nil) for changes that `filter` selects.
    ///
    /// From resourceVersion nil or 0, the stream first holds every current selected object as ADDED (upstream's
    /// watch-from-0), then the changes after that snapshot. From a resourceVersion R, it replays the changes
    /// after R from memory, or from the `events` table when R is older than the in-memory history, then goes
    /// live; with no gap and no duplicate. R older than the compacted history fails with `expired`
    /// (`too old resource version: R (floor)`); R beyond the store's resourceVersion with
    /// `resourceVersionTooLarge`.
    public func watch(
        resource: String, namespace: String? = nil, fromResourceVersion: Int64? = nil,
        matching filter: StoreFilter = .everything, options: WatchOptions = WatchOptions()
    ) throws(StoreError) -> WatchStream {
        let bufferSize = options.bufferSize.map { max(1, $0) } ?? configuration.watchBufferSize
        let (live, continuation) = AsyncThrowingStream.makeStream(
            of: StoreEvent.self, throwing: (any Error).self, bufferingPolicy: .bufferingOldest(bufferSize))
        let from = max(0, fromResourceVersion ?? 0)
        let watcher = Watcher(
            resource: resource, namespace: namespace, filter: filter, allowBookmarks: options.allowBookmarks, continuation: continuation)

        // Decide the replay and register in one critical section, so the live events start exactly where
        // the replay ends.
        let registration = state.withLock { state -> Result<Registration, StoreError> in
            if state.closed { return .failure(StoreError(.closed, "the store is closed")) }
            var registration = Registration(id: state.nextWatcherID, start: from, events: [], diskRange: nil)
            if from == 0 {
                registration.start = state.resourceVersion
                let objects = state.objects[resource]?.sorted(namespace: namespace, matching: filter) ?? []
                registration.events = objects.map(StoreEvent.added)
                if options.allowBookmarks && options.initialEventsEndBookmark {
                    registration.events.append(.bookmark(resourceVersion: state.resourceVersion, isInitialEventsEnd: true))
                }
            } else if from > state.resourceVersion {
                return .failure(
                    StoreError(
                        .resourceVersionTooLarge,
                        "Too large resource version: \(from), current resource version: \(state.resourceVersion)"))
            } else {
                let floor = state.history.floor
                if from < floor {
                    guard from >= state.compactedResourceVersion else {
                        return .failure(
                            StoreError.tooOldResourceVersion(from, oldest: min(floor, state.compactedResourceVersion)))
                    }
                    registration.diskRange = (from, floor)
                }
                registration.events = state.history.events(after: max(from, floor), resource: resource)
                    .compactMap { $0.event(namespace: namespace, filter: filter) }
            }
            state.nextWatcherID += 1
            state.watchers[resource, default: [:]][registration.id] = watcher
            return .success(registration)
        }
        var replay = try registration.get()
        let id = replay.id
        continuation.onTermination = { [weak self] _ in self?.removeWatcher(resource: resource, id: id) }

        if let (after, through) = replay.diskRange {
            do {
                let older = try pool.read { db in
                    try StoreSchema.loadEvents(db, after: after, through: through, resource: resource)
                }
                // Compaction raises the floor before deleting, so if it is still at or below `after` now,
                // the read saw every change in the range.
                let stillThere = state.withLock { $0.compactedResourceVersion <= after }
                guard stillThere else {
                    throw StoreError.tooOldResourceVersion(after, oldest: state.withLock { $0.compactedResourceVersion })
                }
                replay.events = older.compactMap { $0.event(namespace: namespace, filter: filter) } + replay.events
            } catch {
                removeWatcher(resource: resource, id: id)
                continuation.finish()
                throw (error as? StoreError) ?? StoreError(.io, "reading watch history: \(error)")
            }
        }
        return WatchStream(startResourceVersion: replay.start, initial: replay.events, live: live)
    }

    /// Sends a BOOKMARK with the current resourceVersion to every watcher that allows bookmarks, telling it
    /// how far it has seen even when its filter skipped recent changes (upstream sends one about every
    /// minute). A watcher whose buffer is full gets none; its next change ends it anyway.
    public func sendBookmarks() {
        state.withLock { state in
            let event = StoreEvent.bookmark(resourceVersion: state.resourceVersion, isInitialEventsEnd: false)
            for watchers in state.watchers.values {
                for watcher in watchers.values where watcher.allowBookmarks {
                    _ = watcher.continuation.yield(event)
                }
            }
        }
    }

    /// How many watchers are registered, for metrics and tests.
    public var watcherCount: Int {
        state.withLock { $0.watchers.values.reduce(0) { $0 + $1.count } }
    }

    /// What `watch` decided under the lock.
    private struct Registration {
        var id: Int
        var start: Int64
        var events: [StoreEvent]
        /// Changes in (lower, upper] to read from the `events` table before the in-memory ones.
        var diskRange: (Int64, Int64)?
    }
}
