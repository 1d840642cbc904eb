/// A write queued by `ObjectStore.submit` for the group-commit writer, with the caller waiting on it.
struct PendingWrite: Sendable {
    var key: ObjectKey
    var mutation: @Sendable (_ current: StoredObject?, _ nextResourceVersion: Int64) throws -> WriteDecision
    var continuation: CheckedContinuation<WriteResult, any Error>
}
