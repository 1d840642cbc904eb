/// `metav1.Preconditions` for a write: the resourceVersion and/or uid the client last saw.
///
/// Mutation closures call `check` first, so an update or delete based on a stale read fails with
/// `conflict` instead of overwriting a newer state (optimistic concurrency).
public struct WritePrecondition: Sendable, Hashable {
    /// The resourceVersion the object must have; nil to skip the check.
    public var resourceVersion: Int64?
    /// The uid the object must have; nil to skip the check.
    public var uid: String?

    /// A precondition on either or both values.
    public init(resourceVersion: Int64? = nil, uid: String? = nil) {
        self.resourceVersion = resourceVersion
        self.uid = uid
    }

    /// No precondition: any current state is accepted (still `notFound` if there is none).
    public static let none = WritePrecondition()

    /// Throws `notFound` when there is no object, `conflict` when the uid or resourceVersion differs,
    /// worded as upstream (`Precondition failed: UID in precondition: a, UID in object meta: b`).
    public func check(_ current: StoredObject?, key: ObjectKey) throws(StoreError) {
        guard let current else { throw StoreError.notFound(key) }
        if let uid, uid != current.uid {
            throw StoreError(
                .conflict,
                "Operation cannot be fulfilled on \(key.resource) \"\(key.name)\": Precondition failed: "
                    + "UID in precondition: \(uid), UID in object meta: \(current.uid)")
        }
        if let resourceVersion, resourceVersion != current.resourceVersion {
            throw StoreError.conflict(key)
        }
    }
}
