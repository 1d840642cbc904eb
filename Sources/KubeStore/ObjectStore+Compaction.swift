import GRDB

extension ObjectStore {
    /// Drops logged changes older than the newest `retainedEvents` (or `retaining`) from the `events` table,
    /// in small transactions so writers are never held up by more than one of them. Watch resumes and
    /// continue tokens older than the new floor then fail with `expired`, as after an etcd compaction.
    /// Returns the new floor.
    @discardableResult
    public func compact(retaining: Int64? = nil) throws(StoreError) -> Int64 {
        let retained = max(0, retaining ?? configuration.retainedEvents)
        // Raise the floor first: a concurrent watch replaying from SQLite checks it after reading, so it
        // never mistakes a half-deleted range for a complete one.
        let range = state.withLock { state -> (Int64, Int64)? in
            let target = state.resourceVersion - retained
            guard target > state.compactedResourceVersion else { return nil }
            defer {
                state.compactedResourceVersion = target
                state.snapshots.removeAll { $0.resourceVersion <= target }
            }
            return (state.compactedResourceVersion, target)
        }
        guard let (from, target) = range else { return state.withLock { $0.compactedResourceVersion } }
        var lower = from
        do {
            while lower < target {
                let upper = min(target, lower + configuration.compactionChunk)
                try pool.write { db in try StoreSchema.compact(db, after: lower, through: upper, floor: target) }
                lower = upper
            }
        } catch {
            throw StoreError(.io, "compacting events through \(target): \(error)")
        }
        logger.debug("compacted events", metadata: ["through": "\(target)", "deleted": "\(target - from)"])
        return target
    }

    /// Starts a background compaction when enough changes accumulated past the retention, unless one runs.
    func scheduleCompactionIfNeeded() {
        guard configuration.autoCompact else { return }
        let start = state.withLock { state -> Bool in
            guard !state.compacting, !state.closed,
                state.resourceVersion - state.compactedResourceVersion
                    >= configuration.retainedEvents + configuration.compactionChunk
            else { return false }
            state.compacting = true
            return true
        }
        guard start else { return }
        compactionQueue.async {
            do {
                try self.compact()
            } catch {
                self.logger.error("compaction failed", metadata: ["error": "\(error)"])
            }
            self.state.withLock { $0.compacting = false }
        }
    }
}
