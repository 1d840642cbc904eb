/// What to list or watch: metav1's `ListOptions`, the one options type upstream uses for both.
public struct ListOptions: Sendable, Hashable {
    /// A label selector (`app=web,tier!=db`); nil for every object.
    public var labelSelector: String?
    /// A field selector (`spec.nodeName=node-1`); nil for every object.
    public var fieldSelector: String?
    /// The most items to return in one page (lists only); nil for all.
    public var limit: Int?
    /// The `continue` token of the previous page's `ListMeta`.
    public var `continue`: String?
    /// For a list, the version to serve at ("0": any cached state); for a watch, the version to start
    /// after (events newer than it). Nil: the most recent.
    public var resourceVersion: String?
    /// How `resourceVersion` applies to a list: `Exact` or `NotOlderThan`; nil for the server's default.
    public var resourceVersionMatch: String?
    /// Ask the server to end the request after this many seconds (a watch then ends cleanly).
    public var timeoutSeconds: Int?
    /// Ask for BOOKMARK events carrying the latest resourceVersion (watches only).
    public var allowWatchBookmarks: Bool = false
    /// Ask a watch to start with ADDED events for the current state and a bookmark at its end (watches only).
    public var sendInitialEvents: Bool?

    /// Options with every field unset.
    public init(
        labelSelector: String? = nil, fieldSelector: String? = nil, limit: Int? = nil, continue: String? = nil,
        resourceVersion: String? = nil, resourceVersionMatch: String? = nil, timeoutSeconds: Int? = nil,
        allowWatchBookmarks: Bool = false, sendInitialEvents: Bool? = nil
    ) {
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.limit = limit
        self.continue = `continue`
        self.resourceVersion = resourceVersion
        self.resourceVersionMatch = resourceVersionMatch
        self.timeoutSeconds = timeoutSeconds
        self.allowWatchBookmarks = allowWatchBookmarks
        self.sendInitialEvents = sendInitialEvents
    }

    /// The query parameters, as client-go encodes them; `watch` adds `watch=true`.
    func query(watch: Bool) -> URLQuery {
        var query = URLQuery()
        if watch { query.add("watch", "true") }
        query.add("labelSelector", labelSelector)
        query.add("fieldSelector", fieldSelector)
        query.add("limit", limit.map(String.init))
        query.add("continue", `continue`)
        query.add("resourceVersion", resourceVersion)
        query.add("resourceVersionMatch", resourceVersionMatch)
        query.add("timeoutSeconds", timeoutSeconds.map(String.init))
        if allowWatchBookmarks { query.add("allowWatchBookmarks", "true") }
        query.add("sendInitialEvents", sendInitialEvents.map { String($0) })
        return query
    }
}
