/// The store's one error type: what failed and upstream's wording for it.
///
/// The API layer maps `code` to a `Status` in one place (`notFound` → 404, `alreadyExists` and `conflict` → 409,
/// `expired` and `watcherTooSlow` → 410, `resourceVersionTooLarge` → 504, `invalidContinue` → 400, the rest → 500)
/// and can return `message` as it is.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong; extensible, so new kinds can be added without breaking a `switch`.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code's name, stable for logs and tests.
        public var rawValue: String
        /// A code by name; new codes are added as static members.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's name.
        public var description: String { rawValue }

        /// The object does not exist (or a delete found nothing to delete).
        public static let notFound = Code(rawValue: "NotFound")
        /// A create found the object already there.
        public static let alreadyExists = Code(rawValue: "AlreadyExists")
        /// A precondition (resourceVersion or uid) did not hold: the client saw an older state.
        public static let conflict = Code(rawValue: "Conflict")
        /// A resourceVersion or continue token older than the retained history (410 Gone).
        public static let expired = Code(rawValue: "Expired")
        /// A watcher fell behind and was ended so it cannot grow memory; the client resumes or relists (410).
        public static let watcherTooSlow = Code(rawValue: "WatcherTooSlow")
        /// A watch asked for a resourceVersion the store has not reached yet.
        public static let resourceVersionTooLarge = Code(rawValue: "ResourceVersionTooLarge")
        /// A continue token that this store did not issue or cannot read (400).
        public static let invalidContinue = Code(rawValue: "InvalidContinue")
        /// SQLite failed; nothing from the failed write was stored.
        public static let io = Code(rawValue: "IO")
        /// The database holds data this version cannot read.
        public static let corrupt = Code(rawValue: "Corrupt")
        /// The store was closed.
        public static let closed = Code(rawValue: "Closed")
    }

    /// The kind of failure.
    public var code: Code
    /// Upstream's message where there is one.
    public var message: String

    /// An error with `message`.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message alone, as upstream prints the error.
    public var description: String { message }

    /// `pods "x" not found`, as upstream's `NewNotFound`.
    public static func notFound(_ key: ObjectKey) -> StoreError {
        StoreError(.notFound, "\(key.resource) \"\(key.name)\" not found")
    }

    /// `pods "x" already exists`, as upstream's `NewAlreadyExists`.
    public static func alreadyExists(_ key: ObjectKey) -> StoreError {
        StoreError(.alreadyExists, "\(key.resource) \"\(key.name)\" already exists")
    }

    /// The optimistic-concurrency conflict, worded as upstream's `NewConflict` for a stale resourceVersion.
    public static func conflict(_ key: ObjectKey) -> StoreError {
        StoreError(
            .conflict,
            "Operation cannot be fulfilled on \(key.resource) \"\(key.name)\": the object has been modified; "
                + "please apply your changes to the latest version and try again")
    }

    /// `too old resource version: X (Y)`, as the watch cache says when X is below its window ending at Y.
    public static func tooOldResourceVersion(_ requested: Int64, oldest: Int64) -> StoreError {
        StoreError(.expired, "too old resource version: \(requested) (\(oldest))")
    }
}
