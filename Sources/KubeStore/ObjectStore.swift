import Dispatch
import Foundation
import GRDB
import Logging
import Synchronization

/// The API server's storage: objects of any resource in SQLite, with kube-apiserver's resourceVersion,
/// optimistic concurrency, list and watch semantics.
///
/// SQLite (WAL, `synchronous=NORMAL`) is the durable truth: a write returns only after its transaction
/// committed, which survives a crash of the process. Every read is served from memory (the current objects
/// and recent changes, as kube-apiserver's watch cache), loaded from SQLite at start. One global
/// resourceVersion counts every change of every resource and keeps increasing across restarts.
public final class ObjectStore: Sendable {
    let configuration: Configuration
    let logger: Logger
    let pool: DatabasePool
    let state: Mutex<StoreState>
    /// Runs the group-commit drains of `submit`.
    let writerQueue = DispatchQueue(label: "KubeStore.writer")
    /// Runs background compactions.
    let compactionQueue = DispatchQueue(label: "KubeStore.compaction", qos: .utility)

    /// Opens (or creates) the store at `configuration.path` and loads its objects and recent changes.
    public init(configuration: Configuration, logger: Logger) throws(StoreError) {
        self.configuration = configuration
        var logger = logger
        logger[metadataKey: "store"] = "\(configuration.path)"
        self.logger = logger
        var databaseConfiguration = GRDB.Configuration()
        databaseConfiguration.label = "KubeStore"
        databaseConfiguration.prepareDatabase { db in
            // Before WAL is switched on (GRDB does that right after), so a new file gets 8 KiB pages:
            // fewer overflow pages for kilobyte-sized objects. A no-op on an existing database.
            try db.execute(sql: "PRAGMA page_size = 8192")
        }
        do {
            let pool = try DatabasePool(path: configuration.path, configuration: databaseConfiguration)
            try pool.write { db in try StoreSchema.create(db) }
            let loaded = try pool.read { db in
                let objects = try StoreSchema.loadObjects(db)
                let compacted = try StoreSchema.compactedResourceVersion(db)
                let lastEvent = try StoreSchema.lastEventResourceVersion(db)
                let current = max(objects.map(\.resourceVersion).max() ?? 0, lastEvent, compacted)
                let historyFloor = max(compacted, current - Int64(configuration.historyCapacity))
                let events = try StoreSchema.loadEvents(db, after: historyFloor, through: current, resource: nil)
                return (objects, compacted, current, historyFloor, events)
            }
            self.pool = pool
            var history = EventHistory(capacity: configuration.historyCapacity, floor: loaded.3)
            for event in loaded.4 { history.append(event) }
            var state = StoreState(resourceVersion: loaded.2, history: history, compactedResourceVersion: loaded.1)
            for object in loaded.0 {
                state.objects[object.key.resource, default: ResourceObjects(resource: object.key.resource)].upsert(object)
            }
            self.state = Mutex(state)
            logger.info(
                "store opened",
                metadata: [
                    "objects": "\(loaded.0.count)", "resourceVersion": "\(loaded.2)", "historyEvents": "\(loaded.4.count)",
                ])
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.io, "opening the store at \(configuration.path): \(error)")
        }
    }

    /// The resourceVersion of the last committed change (0 for an empty store).
    public var resourceVersion: Int64 {
        state.withLock { $0.resourceVersion }
    }

    /// The current state of `key`, or nil; from memory.
    public func get(_ key: ObjectKey) -> StoredObject? {
        state.withLock { $0.object(key) }
    }

    /// How many objects of `resource` exist (in `namespace` when given); from memory.
    public func count(resource: String, namespace: String? = nil) -> Int {
        state.withLock { state in
            guard let objects = state.objects[resource] else { return 0 }
            guard let namespace else { return objects.count }
            return objects.count(namespace: namespace)
        }
    }

    /// Ends every watch (their streams finish normally), fails queued writes with `closed`, and closes SQLite.
    /// Safe to call twice. Dropping the store without closing it loses nothing acknowledged.
    public func close() throws(StoreError) {
        let (watchers, queued) = state.withLock { state -> ([Watcher], [PendingWrite]) in
            state.closed = true
            let watchers = state.watchers.values.flatMap(\.values)
            state.watchers = [:]
            let queued = state.queuedWrites
            state.queuedWrites = []
            return (watchers, queued)
        }
        for watcher in watchers { watcher.continuation.finish() }
        for write in queued { write.continuation.resume(throwing: StoreError(.closed, "the store is closed")) }
        // Wait for a running drain or compaction to finish before closing the connections under them.
        writerQueue.sync {}
        compactionQueue.sync {}
        do {
            try pool.close()
        } catch {
            throw StoreError(.io, "closing the store: \(error)")
        }
    }

    func removeWatcher(resource: String, id: Int) {
        state.withLock { state in _ = state.watchers[resource]?.removeValue(forKey: id) }
    }
}
