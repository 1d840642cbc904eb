import KubeClient

/// The reflector's decisions without its I/O: what to do next (list, watch, wait) from what happened so far.
/// The `Reflector` performs the actions and reports their outcomes; tests drive it directly.
///
/// The rules are client-go's `ListAndWatch`: list, then watch from the list's resourceVersion; a watch that
/// ends resumes from the last resourceVersion seen (events and bookmarks advance it); an expired version
/// (410) relists; failures back off exponentially with jitter.
struct ReflectorStateMachine: Sendable {
    /// Where the reflector is.
    enum State: Sendable, Hashable {
        /// The store must be filled (again): list at `resourceVersion`. "0" the first time, so the server may
        /// answer from its cache; the last synced version after a watch failed, which the server answers with
        /// data at least that new; "" after the server said that version is gone, a consistent read of the latest.
        case listing(resourceVersion: String)
        /// The store holds everything up to `lastSyncResourceVersion`: watch from there.
        case watching
        /// A watch is open since `since`, `events` events ago; its end decides what follows.
        case streaming(since: AnyClock.Instant, events: Int)
        /// Waiting `delay` before going on with `then`, after a failure.
        indirect case backingOff(delay: Duration, then: State)
    }

    /// What the reflector must do next.
    enum Action: Sendable, Hashable {
        /// List at `resourceVersion`, then report `listSucceeded` or `listFailed`.
        case list(resourceVersion: String)
        /// Watch from `resourceVersion` for at most `timeoutSeconds`, reporting each event, then how it ended.
        case watch(resourceVersion: String, timeoutSeconds: Int)
        /// Sleep this long, then ask again.
        case sleep(Duration)
    }

    /// How the reflector behaves.
    let configuration: ReflectorConfiguration
    private let random: RandomSource
    private var backoff: Backoff
    /// Where the machine is.
    private(set) var state: State = .listing(resourceVersion: "0")
    /// The newest resourceVersion the store reflects: the last list's, advanced by every watch event.
    private(set) var lastSyncResourceVersion = ""

    init(configuration: ReflectorConfiguration, random: RandomSource) {
        self.configuration = configuration
        self.random = random
        self.backoff = Backoff(policy: configuration.backoff)
    }

    /// The next action; a watch or a sleep moves the machine on by itself.
    mutating func nextAction(now: AnyClock.Instant) -> Action {
        switch state {
        case .listing(let resourceVersion):
            return .list(resourceVersion: resourceVersion)
        case .watching, .streaming:
            state = .streaming(since: now, events: 0)
            // Between one and two minimum timeouts, so the watches of many clients started together do not
            // all end (and come back) together: client-go spreads them the same way.
            let timeout = configuration.minimumWatchTimeout.seconds * (random.unit() + 1)
            return .watch(resourceVersion: lastSyncResourceVersion, timeoutSeconds: Int(timeout))
        case .backingOff(let delay, let then):
            state = then
            return .sleep(delay)
        }
    }

    /// The list succeeded at `resourceVersion` and the store holds it.
    mutating func listSucceeded(resourceVersion: String) {
        lastSyncResourceVersion = resourceVersion
        state = .watching
    }

    /// The list failed.
    mutating func listFailed(_ error: any Error, now: AnyClock.Instant) {
        guard case .listing(let resourceVersion) = state else { return }
        if Failure(error) == .expired, !resourceVersion.isEmpty {
            // The version asked for is gone; client-go retries at once with a consistent read of the latest.
            state = .listing(resourceVersion: "")
            return
        }
        backOff(then: .listing(resourceVersion: resourceVersion), now: now)
    }

    /// The watch request failed before any event.
    mutating func watchFailedToStart(_ error: any Error, now: AnyClock.Instant) {
        switch Failure(error) {
        case .transport, .throttled:
            // The server is unreachable or busy: client-go keeps its cache and tries the watch again.
            backOff(then: .watching, now: now)
        case .expired, .other:
            backOff(then: relist, now: now)
        }
    }

    /// The watch delivered an event at `resourceVersion` (BOOKMARK events included).
    mutating func watchEvent(resourceVersion: String) {
        if !resourceVersion.isEmpty { lastSyncResourceVersion = resourceVersion }
        if case .streaming(let since, let events) = state { state = .streaming(since: since, events: events + 1) }
    }

    /// The watch ended: cleanly (nil) or with `error`.
    mutating func watchEnded(error: (any Error)?, now: AnyClock.Instant) {
        guard case .streaming(let since, let events) = state else { return }
        switch error.map(Failure.init) {
        case nil, .transport:
            // A dropped connection ends a watch like a timeout does: resume from the last version seen. A watch
            // that ended at once without a single event points at a server problem instead; client-go then
            // relists after a backoff rather than hammering the server with watches.
            if events == 0, since.duration(to: now) < configuration.minimumWatchDuration {
                backOff(then: relist, now: now)
            } else {
                state = .watching
            }
        case .throttled:
            backOff(then: .watching, now: now)
        case .expired, .other:
            backOff(then: relist, now: now)
        }
    }

    /// Listing again at the last synced version, or "0" when nothing was ever listed.
    private var relist: State {
        .listing(resourceVersion: lastSyncResourceVersion.isEmpty ? "0" : lastSyncResourceVersion)
    }

    private mutating func backOff(then next: State, now: AnyClock.Instant) {
        state = .backingOff(delay: backoff.next(now: now, random: random), then: next)
    }

    /// How the reflector reacts to an error.
    private enum Failure: Hashable {
        /// 410: the resourceVersion is older than the server keeps.
        case expired
        /// 429: the server asks to slow down.
        case throttled
        /// No HTTP answer (refused, reset, timed out).
        case transport
        /// Anything else (a decoding error, a 5xx, a 403).
        case other

        init(_ error: any Error) {
            guard let error = error as? KubeClientError else {
                self = .other
                return
            }
            if error.isExpired {
                self = .expired
            } else if error.code == .tooManyRequests {
                self = .throttled
            } else if error.code == .transport {
                self = .transport
            } else {
                self = .other
            }
        }
    }
}
