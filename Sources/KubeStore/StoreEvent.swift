import KubeModel

/// One event of a watch: a change to an object, or a bookmark saying how far the watcher has seen.
public enum StoreEvent: Sendable, Hashable {
    /// The object now exists (or now matches the watch's filter).
    case added(StoredObject)
    /// The object changed and still matches.
    case modified(StoredObject)
    /// The object is gone (or no longer matches); it carries the final state.
    case deleted(StoredObject)
    /// Everything up to `resourceVersion` has been sent. `isInitialEventsEnd` marks the bookmark that closes
    /// the initial ADDED events (upstream's `k8s.io/initial-events-end` annotation).
    case bookmark(resourceVersion: Int64, isInitialEventsEnd: Bool)

    /// The wire type (`ADDED`, `MODIFIED`, `DELETED`, `BOOKMARK`).
    public var type: WatchEventType {
        switch self {
        case .added: .added
        case .modified: .modified
        case .deleted: .deleted
        case .bookmark: .bookmark
        }
    }

    /// The object, for every event but a bookmark.
    public var object: StoredObject? {
        switch self {
        case .added(let object), .modified(let object), .deleted(let object): object
        case .bookmark: nil
        }
    }

    /// The event's resourceVersion: the change's, or the bookmark's.
    public var resourceVersion: Int64 {
        switch self {
        case .added(let object), .modified(let object), .deleted(let object): object.resourceVersion
        case .bookmark(let resourceVersion, _): resourceVersion
        }
    }
}
