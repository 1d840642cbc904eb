/// How a `Reflector` behaves; the defaults are client-go's.
public struct ReflectorConfiguration: Sendable, Hashable {
    /// The waits after failures: 800 ms doubling to 30 s, full jitter, reset after 2 minutes without failure
    /// (client-go's reflector backoff manager).
    public var backoff = BackoffPolicy()
    /// Each watch asks the server to end it after a random time between this and twice this: 5 minutes, so
    /// watches end between 5 and 10 minutes (client-go's `minWatchTimeout`), which spreads reconnects and
    /// stops a watch that silently hangs.
    public var minimumWatchTimeout: Duration = .seconds(300)
    /// Ask for BOOKMARK events: true, as client-go. They advance the resourceVersion without an object
    /// change, so a resumed watch starts from a recent version instead of one the server has compacted.
    public var allowWatchBookmarks = true
    /// A watch that ends sooner than this without any event counts as a failure (backoff, then relist):
    /// 1 s, client-go's "very short watch" check.
    public var minimumWatchDuration: Duration = .seconds(1)

    /// The documented defaults.
    public init() {}
}
