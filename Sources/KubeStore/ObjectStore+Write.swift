import Foundation
import GRDB

extension ObjectStore {
    /// Changes one object in a transaction: `mutation` sees the current state (nil if absent) and the
    /// resourceVersion a change will get, and decides. It runs inside the single writer, so no other write
    /// interleaves between its read and the commit. Returns after the change is durable.
    ///
    /// An error thrown by `mutation` aborts the write (nothing is stored) and is rethrown as it is; store
    /// failures throw `StoreError`.
    public func write(_ key: ObjectKey, _ mutation: WriteRequest.Mutation) throws -> WriteResult {
        try withoutActuallyEscaping(mutation) { mutation in
            let results = commit([WriteRequest(key, mutation)])
            guard let result = results.first else { throw StoreError(.io, "write of \(key) produced no result") }
            return try result.get()
        }
    }

    /// Group commit of many independent writes: runs each request's mutation in order (each sees the effect
    /// of the earlier ones) and commits all changes in one SQLite transaction. Results come back in request
    /// order; a mutation that throws fails only its own request. If the transaction fails, every request
    /// fails with `io` and nothing is stored.
    public func writeBatch(_ requests: [WriteRequest]) -> [Result<WriteResult, any Error>] {
        var results: [Result<WriteResult, any Error>] = []
        results.reserveCapacity(requests.count)
        var start = 0
        while start < requests.count {
            let end = min(requests.count, start + configuration.maxBatchSize)
            results += commit(Array(requests[start..<end]))
            start = end
        }
        return results
    }

    /// `write` for async callers, with group commit: the write is queued, and one writer thread commits
    /// everything queued meanwhile in one transaction, so concurrent requests share a commit instead of
    /// each blocking a thread of the cooperative pool. Cancelling the caller does not cancel a queued write.
    public func submit(
        _ key: ObjectKey,
        _ mutation: @escaping @Sendable (_ current: StoredObject?, _ nextResourceVersion: Int64) throws -> WriteDecision
    ) async throws -> WriteResult {
        try await withCheckedThrowingContinuation { continuation in
            let pending = PendingWrite(key: key, mutation: mutation, continuation: continuation)
            let startDrain = state.withLock { state -> Bool? in
                if state.closed { return nil }
                state.queuedWrites.append(pending)
                if state.draining { return false }
                state.draining = true
                return true
            }
            switch startDrain {
            case nil:
                continuation.resume(throwing: StoreError(.closed, "the store is closed"))
            case true?:
                writerQueue.async { self.drainQueuedWrites() }
            case false?:
                break
            }
        }
    }

    /// Creates `key`, failing with `alreadyExists` if it is there. `data` gets the new resourceVersion to
    /// write into `metadata.resourceVersion`.
    public func create(
        _ key: ObjectKey, uid: String, labels: [String: String] = [:], fields: [String: String] = [:],
        data: (_ resourceVersion: Int64) throws -> Data
    ) throws -> WriteResult {
        try write(key) { current, next in
            if current != nil { throw StoreError.alreadyExists(key) }
            return .put(uid: uid, data: try data(next), labels: labels, fields: fields)
        }
    }

    /// Deletes `key` if `precondition` holds (`notFound`, `conflict` otherwise). `finalData`, if given, makes
    /// the bytes the DELETED event carries from the last state and the deletion's resourceVersion.
    public func delete(
        _ key: ObjectKey, precondition: WritePrecondition = .none,
        finalData: ((_ last: StoredObject, _ resourceVersion: Int64) throws -> Data)? = nil
    ) throws -> WriteResult {
        try write(key) { current, next in
            try precondition.check(current, key: key)
            guard let current, let finalData else { return .delete }
            return .deleteWithFinalData(try finalData(current, next))
        }
    }

    /// Commits the queued `submit` writes, batch after batch, until the queue is empty.
    func drainQueuedWrites() {
        while true {
            let batch = state.withLock { state -> [PendingWrite] in
                if state.queuedWrites.isEmpty {
                    state.draining = false
                    return []
                }
                let count = min(state.queuedWrites.count, configuration.maxBatchSize)
                let batch = Array(state.queuedWrites.prefix(count))
                state.queuedWrites.removeFirst(count)
                return batch
            }
            if batch.isEmpty { return }
            let results = commit(batch.map { WriteRequest($0.key, $0.mutation) })
            for (pending, result) in zip(batch, results) { pending.continuation.resume(with: result) }
        }
    }

    /// The single writer: decides every request against the current state plus the batch's earlier changes,
    /// writes the changes in one transaction, and only after the commit publishes them to the cache, the
    /// history and the watchers. Runs serialised by GRDB's writer.
    func commit(_ requests: [WriteRequest]) -> [Result<WriteResult, any Error>] {
        var slowWatchers: [Watcher] = []
        let results: [Result<WriteResult, any Error>]
        do {
            results = try pool.writeWithoutTransaction { db -> [Result<WriteResult, any Error>] in
                guard let base = state.withLock({ $0.closed ? nil : $0.resourceVersion }) else {
                    throw StoreError(.closed, "the store is closed")
                }
                var resourceVersion = base
                var overlay: [ObjectKey: StoredObject?] = [:]
                var changes: [HistoryEvent] = []
                var results: [Result<WriteResult, any Error>] = []
                results.reserveCapacity(requests.count)
                for request in requests {
                    let key = request.key
                    let current: StoredObject?
                    if let pending = overlay[key] {
                        current = pending
                    } else {
                        current = state.withLock { $0.object(key) }
                    }
                    do {
                        let decision = try request.mutation(current, resourceVersion + 1)
                        guard let change = try Self.change(for: decision, key: key, current: current, resourceVersion: resourceVersion + 1)
                        else {
                            results.append(
                                .success(WriteResult(outcome: .unchanged, object: current, previous: current, resourceVersion: resourceVersion)))
                            continue
                        }
                        resourceVersion += 1
                        changes.append(change)
                        overlay[key] = .some(change.kind == .deleted ? nil : change.object)
                        let outcome: WriteResult.Outcome =
                            switch change.kind {
                            case .added: .created
                            case .modified: .updated
                            case .deleted: .deleted
                            }
                        results.append(
                            .success(WriteResult(outcome: outcome, object: change.object, previous: current, resourceVersion: resourceVersion)))
                    } catch {
                        results.append(.failure(error))
                    }
                }
                guard !changes.isEmpty else { return results }
                try db.inTransaction {
                    for change in changes { try StoreSchema.write(change, db) }
                    return .commit
                }
                // Committed: publish while still inside the writer, so the next batch decides on this state.
                slowWatchers = state.withLock { state in
                    state.commitFailure = nil
                    var slow: [Watcher] = []
                    for change in changes { slow += state.publish(change) }
                    return slow
                }
                return results
            }
        } catch {
            let failure = (error as? StoreError) ?? StoreError(.io, "writing to the store: \(error)")
            logger.error("write transaction failed", metadata: ["error": "\(failure)", "writes": "\(requests.count)"])
            state.withLock { $0.commitFailure = failure.message }
            return requests.map { _ in .failure(failure) }
        }
        for watcher in slowWatchers {
            logger.warning(
                "Forcing watcher close due to unresponsiveness",
                metadata: ["resource": "\(watcher.resource)", "namespace": "\(watcher.namespace ?? "")"])
            watcher.continuation.finish(
                throwing: StoreError(.watcherTooSlow, "watcher fell behind by more than its buffer; resume the watch"))
        }
        scheduleCompactionIfNeeded()
        return results
    }

    /// The change a decision makes, or nil for no change; `notFound` for deleting what does not exist.
    static func change(for decision: WriteDecision, key: ObjectKey, current: StoredObject?, resourceVersion: Int64)
        throws(StoreError) -> HistoryEvent?
    {
        switch decision {
        case .noChange:
            return nil
        case .put(let uid, let data, let labels, let fields):
            let object = StoredObject(
                key: key, uid: uid, resourceVersion: resourceVersion, data: data, labels: labels, fields: fields)
            guard let current else {
                return HistoryEvent(kind: .added, object: object, previousLabels: nil, previousFields: nil)
            }
            return HistoryEvent(
                kind: .modified, object: object,
                previousLabels: current.labels == labels ? nil : current.labels,
                previousFields: current.fields == fields ? nil : current.fields)
        case .delete, .deleteWithFinalData:
            guard let current else { throw StoreError.notFound(key) }
            var finalData = current.data
            if case .deleteWithFinalData(let data) = decision { finalData = data }
            let final = StoredObject(
                key: current.key, uid: current.uid, resourceVersion: resourceVersion, data: finalData,
                labels: current.labels, fields: current.fields)
            return HistoryEvent(kind: .deleted, object: final, previousLabels: nil, previousFields: nil)
        }
    }
}
