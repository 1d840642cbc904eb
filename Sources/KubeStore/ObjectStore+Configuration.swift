extension ObjectStore {
    /// How a store is set up; every default is documented with where it comes from.
    public struct Configuration: Sendable {
        /// The SQLite database file; created with its directory's permissions if missing.
        public var path: String
        /// Changes kept in memory for watch resume (the watch cache's history). Default 10,000: upstream's
        /// watch cache keeps up to 100,000 events over 75 s for its largest resources; we keep fewer because
        /// each change pins its object's bytes, and the `events` table serves older resumes.
        public var historyCapacity: Int
        /// Changes kept in the `events` table before compaction drops them, which bounds how old a watch
        /// resume or continue token can be. Default 100,000 (about what etcd holds between its 5-minute
        /// compactions on a busy 10,000-node cluster).
        public var retainedEvents: Int64
        /// Events deleted per compaction transaction, so writers wait at most one small delete. Default 5,000.
        public var compactionChunk: Int64
        /// Compact automatically once `retainedEvents + compactionChunk` events have accumulated. Default true.
        public var autoCompact: Bool
        /// Live events a watcher may have queued before it is ended as too slow. Default 1,000, the top of
        /// upstream's cacheWatcher buffer sizes: our watchers are few (informers), so each may hold more.
        public var watchBufferSize: Int
        /// Sorted snapshots kept for continuing paged lists. Default 16: each holds references (not copies)
        /// to one resource's objects.
        public var listSnapshotCapacity: Int
        /// Writes from `submit` committed together in one transaction at most. Default 1,000.
        public var maxBatchSize: Int

        /// The defaults above for the database at `path`.
        public init(
            path: String, historyCapacity: Int = 10_000, retainedEvents: Int64 = 100_000,
            compactionChunk: Int64 = 5_000, autoCompact: Bool = true, watchBufferSize: Int = 1_000,
            listSnapshotCapacity: Int = 16, maxBatchSize: Int = 1_000
        ) {
            self.path = path
            self.historyCapacity = max(1, historyCapacity)
            self.retainedEvents = max(0, retainedEvents)
            self.compactionChunk = max(1, compactionChunk)
            self.autoCompact = autoCompact
            self.watchBufferSize = max(1, watchBufferSize)
            self.listSnapshotCapacity = max(1, listSnapshotCapacity)
            self.maxBatchSize = max(1, maxBatchSize)
        }
    }
}
