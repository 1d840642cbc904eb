/// How a watch behaves beyond where it starts and what it selects.
public struct WatchOptions: Sendable, Hashable {
    /// Send BOOKMARK events (`allowWatchBookmarks`): from `ObjectStore.sendBookmarks()` and after initial events.
    public var allowBookmarks: Bool
    /// After the initial ADDED events of a watch from resourceVersion 0, send a bookmark marked as their end
    /// (`sendInitialEvents=true`); needs `allowBookmarks`.
    public var initialEventsEndBookmark: Bool
    /// Live events this watcher may have queued before it is ended as too slow; nil takes
    /// `Configuration.watchBufferSize`.
    public var bufferSize: Int?

    /// Options; the defaults are plain watch semantics (no bookmarks, the configured buffer).
    public init(allowBookmarks: Bool = false, initialEventsEndBookmark: Bool = false, bufferSize: Int? = nil) {
        self.allowBookmarks = allowBookmarks
        self.initialEventsEndBookmark = initialEventsEndBookmark
        self.bufferSize = bufferSize
    }
}
