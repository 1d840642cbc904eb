/// How an `EventRecorder` writes; the defaults are client-go's `tools/record`.
public struct EventRecorderConfiguration: Sendable, Hashable {
    /// The reporting component (`source.component`, `reportingComponent`): `daemonset-controller` upstream.
    public var component: String
    /// The reporting host (`source.host`, `reportingInstance`): "" upstream for controllers.
    public var host: String = ""
    /// Events buffered between callers and the writer: 1000, client-go's `maxQueuedEvents`. When full, new
    /// events are dropped (and logged) rather than making the caller wait.
    public var bufferSize = 1000
    /// Events a source may write about one object at once: 25 (`defaultSpamBurst`).
    public var spamBurst = 25
    /// How fast that allowance refills: one event per 5 minutes (`defaultSpamQPS` = 1/300), so an object that
    /// stays broken does not fill the Event store.
    public var spamQPS: Double = 1.0 / 300.0
    /// Entries kept by each correlation cache: 4096 (`maxLruCacheEntries`).
    public var cacheSize = 4096
    /// Distinct messages of one reason about one object within `aggregateInterval` before they are combined
    /// into one "(combined from similar events): ..." event: 10 (`defaultAggregateMaxEvents`).
    public var aggregateMaxEvents = 10
    /// The window for combining: 10 minutes (`defaultAggregateIntervalInSeconds`).
    public var aggregateInterval: Duration = .seconds(600)
    /// Attempts per event before it is dropped: 12 (`maxTriesPerEvent`).
    public var maxTriesPerEvent = 12
    /// The wait between attempts: 10 s (`defaultSleepDuration`); the first wait is a random part of it.
    public var retryInterval: Duration = .seconds(10)

    /// The defaults, for `component`.
    public init(component: String) {
        self.component = component
    }
}
