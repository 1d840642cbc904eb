/// What one acknowledged write did; returned only after the change is durable.
public struct WriteResult: Sendable, Hashable {
    /// The kind of change, so callers can answer 201 versus 200 without comparing states.
    public enum Outcome: Sendable, Hashable {
        /// The object did not exist and now does.
        case created
        /// An existing object was replaced.
        case updated
        /// The object was removed.
        case deleted
        /// The closure chose `.noChange`; nothing was written.
        case unchanged
    }

    /// The kind of change.
    public var outcome: Outcome
    /// The state after the write: the new state for `created`/`updated`, the current one for `unchanged`
    /// (nil if absent), and for `deleted` the final state the DELETED event carried.
    public var object: StoredObject?
    /// The state before the write, if there was one.
    public var previous: StoredObject?
    /// The write's resourceVersion; for `unchanged`, the store's resourceVersion when the closure ran.
    public var resourceVersion: Int64

    /// A result; built by the store.
    public init(outcome: Outcome, object: StoredObject?, previous: StoredObject?, resourceVersion: Int64) {
        self.outcome = outcome
        self.object = object
        self.previous = previous
        self.resourceVersion = resourceVersion
    }
}
