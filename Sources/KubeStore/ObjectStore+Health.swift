import GRDB

extension ObjectStore {
    /// Why the store cannot commit, nil while it can: the last commit's failure, tried again with a write of
    /// one header field so that readiness comes back as soon as the disk does, without waiting for a client.
    public func commitFailure() -> String? {
        guard let failure = state.withLock({ $0.commitFailure }) else { return nil }
        do {
            try pool.write { db in
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                try db.execute(sql: "PRAGMA user_version = \(version)")
            }
        } catch {
            return failure
        }
        state.withLock { $0.commitFailure = nil }
        return nil
    }
}
