import KubeModel

extension KubeClient {
    /// How the client behaves on the wire. Defaults cite client-go where they come from it and say why
    /// where they depart from it.
    public struct Configuration: Sendable {
        /// Average requests per second allowed by the client-side token bucket: 500. client-go defaults
        /// to 5 and kube-controller-manager runs with 20, which makes a 5,000-node DaemonSet take minutes
        /// of pure throttling; the server's own priority and fairness protects it. 500 lets one controller
        /// create a pod on each of 10,000 nodes in under 20 s and still bounds a runaway loop. 0 or less:
        /// no limit.
        public var qps: Double = 500
        /// Requests allowed at once after a quiet period: 1,000 (client-go 10, kube-controller-manager 30).
        public var burst: Int = 1_000
        /// Connections kept per host (AsyncHTTPClient's soft limit, default 8): 100. client-go does not
        /// cap connections and keeps 25 idle; each HTTP/1.1 watch holds one connection for its lifetime, so
        /// 8 would starve writes behind a handful of informers.
        public var maximumConnectionsPerHost: Int = 100
        /// How long an idle connection stays in the pool: 90 s, Go's `http.Transport` `IdleConnTimeout`.
        public var idleConnectionTimeout: Duration = .seconds(90)
        /// How long to wait for a TCP and TLS connection: 30 s, client-go's dial timeout.
        public var connectTimeout: Duration = .seconds(30)
        /// How long to wait for a response's head: 60 s. client-go sets no timeout; a hung server would then
        /// hold a controller worker forever. A watch's stream is not bounded by it (use `timeoutSeconds`).
        public var requestTimeout: Duration = .seconds(60)
        /// How often a request answered with `Retry-After` (429, or 5xx) is retried: 10, client-go's
        /// `maxRetries`.
        public var maximumRetries: Int = 10
        /// The longest wait a `Retry-After` header can impose per retry: 60 s, so one bad header cannot
        /// park a worker for hours (client-go waits whatever the server says).
        public var maximumRetryAfter: Duration = .seconds(60)
        /// The largest response body read into memory: 1 GiB, room for a list of 100,000 pods; a larger
        /// body fails the request instead of exhausting memory (page with `limit`).
        public var maximumResponseBytes: Int = 1 << 30
        /// The longest watch event accepted (`WatchEventParser.defaultMaximumEventBytes`, 16 MiB).
        public var maximumWatchEventBytes: Int = WatchEventParser<Status>.defaultMaximumEventBytes
        /// The typed objects of the server's last writes when the server runs in this process
        /// (`ControlPlane.recentObjects`, shared by `daemonry up`): watches and responses take them instead
        /// of decoding the objects. Nil (the default) for any other server.
        public var recentObjects: RecentObjects?
        /// The `User-Agent` header, client-go's shape `NAME/VERSION (OS/ARCH) kubernetes/COMMIT`.
        public var userAgent: String = KubeClient.defaultUserAgent
        /// Called once per HTTP attempt (retries included) with its verb, code and latency: the hook for
        /// request metrics. Keep it cheap; it runs on the request path.
        public var observer: (@Sendable (RequestMetric) -> Void)?

        /// The documented defaults.
        public init() {}
    }

    /// `daemonry/v0 (OS/ARCH) kubernetes/daemonry`.
    public static var defaultUserAgent: String {
        #if os(Linux)
            let os = "linux"
        #elseif os(macOS)
            let os = "darwin"
        #else
            let os = "unknown"
        #endif
        #if arch(x86_64)
            let arch = "amd64"
        #elseif arch(arm64)
            let arch = "arm64"
        #else
            let arch = "unknown"
        #endif
        return "daemonry/v0 (\(os)/\(arch)) kubernetes/daemonry"
    }
}
