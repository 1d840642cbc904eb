import Foundation
import GRDB

extension ObjectStore {
    /// WAL checkpoints away from the writer. SQLite's automatic checkpoint runs inside the commit that
    /// crosses its threshold, and every queued write waits for its copy and two fsyncs: 50-160 ms each time
    /// at 10,000 nodes, which stalled every client of the server at once. So the writer connection never
    /// checkpoints by itself; after a commit, a second connection copies the WAL back into the database on
    /// its own queue, in PASSIVE mode, which never blocks the writer or a reader.
    ///
    /// SQLite rewinds the WAL only when a write starts after a checkpoint that copied all of it, which
    /// writes arriving without a pause may prevent. A WAL grown past `Configuration.walCatchUpPages` therefore
    /// gets one checkpoint on the writer itself, before its next transaction: it copies only what the
    /// background copy had not reached yet, and lets the following transaction rewind the WAL.
    func scheduleCheckpointIfNeeded() {
        let start = state.withLock { state -> Bool in
            guard !state.checkpointing, !state.closed, state.commitsSinceCheckpoint > 0,
                ContinuousClock.now - state.lastCheckpointStart >= configuration.checkpointInterval
            else { return false }
            state.checkpointing = true
            state.commitsSinceCheckpoint = 0
            state.lastCheckpointStart = ContinuousClock.now
            return true
        }
        guard start else { return }
        checkpointQueue.async {
            do {
                let wal = try self.checkpointer.writeWithoutTransaction { db in try db.checkpoint(.passive) }
                self.state.withLock { state in
                    state.checkpointing = false
                    if wal.walFrameCount > self.configuration.walCatchUpPages { state.walNeedsCatchUp = true }
                }
            } catch {
                self.state.withLock { $0.checkpointing = false }
                self.logger.warning("background checkpoint failed", metadata: ["error": "\(error)"])
            }
        }
    }

    /// The writer's catch-up checkpoint before its next transaction, when the background ones left a WAL
    /// over `Configuration.walCatchUpPages`. `db` is the writer's connection.
    func catchUpCheckpointIfNeeded(_ db: Database) {
        guard state.withLock({ state in
            defer { state.walNeedsCatchUp = false }
            return state.walNeedsCatchUp
        }) else { return }
        do {
            try db.checkpoint(.passive)
        } catch {
            // Busy: a background checkpoint runs; the next one asks again if the WAL is still too long.
            logger.debug("catch-up checkpoint skipped", metadata: ["error": "\(error)"])
        }
    }
}
