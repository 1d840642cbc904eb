/// One write of a batch: a key and the closure deciding its new state, as `ObjectStore.write` takes them.
///
/// `writeBatch` runs the closures of a batch one after another inside the single writer, each seeing the
/// effect of the earlier ones, and commits all their changes in one SQLite transaction (group commit).
public struct WriteRequest {
    /// The signature of a mutation: the current state (nil if absent) and the resourceVersion a change
    /// would get, returning the decision. Throwing aborts this write only.
    public typealias Mutation = (_ current: StoredObject?, _ nextResourceVersion: Int64) throws -> WriteDecision

    /// The object to write.
    public var key: ObjectKey
    /// The closure deciding the change.
    public var mutation: Mutation

    /// A request for `key` decided by `mutation`.
    public init(_ key: ObjectKey, _ mutation: @escaping Mutation) {
        self.key = key
        self.mutation = mutation
    }
}
