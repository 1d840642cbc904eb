/// One request as the metrics hook sees it: what client-go's `rest_client_requests_total` (by code,
/// method, host) and `rest_client_request_duration_seconds` (by verb) record.
public struct RequestMetric: Sendable, Hashable {
    /// The Kubernetes verb: `get`, `list`, `watch`, `create`, `update`, `patch`, `delete`, or the lower-case
    /// HTTP method for raw requests.
    public var verb: String
    /// The HTTP method (`GET`, `POST`, ...).
    public var method: String
    /// The resource (`pods`, `daemonsets.apps`, `pods/binding`), "" for raw requests to other paths.
    public var resource: String
    /// The HTTP status code as text (`200`, `409`), or `<error>` when no response came, as client-go.
    public var code: String
    /// Time from sending to the response head (a watch's stream is not included).
    public var latency: Duration

    /// A metric with the given fields.
    public init(verb: String, method: String, resource: String, code: String, latency: Duration) {
        self.verb = verb
        self.method = method
        self.resource = resource
        self.code = code
        self.latency = latency
    }
}
