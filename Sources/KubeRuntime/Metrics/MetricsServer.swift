import Hummingbird
import Logging
import NIOCore
import Prometheus
import ServiceLifecycle

/// A small plain-HTTP server for Prometheus and probes: `GET /metrics` (the registry in the text exposition
/// format) and `GET /healthz` (`ok`, or 500 naming the failing checks, as Kubernetes components answer).
///
/// A `Service`: it listens until graceful shutdown.
public final class MetricsServer: Service, Sendable {
    /// Where the server listens.
    public struct Configuration: Sendable, Hashable {
        /// The address to bind: 127.0.0.1, so metrics are not exposed beyond the machine unless asked.
        public var host = "127.0.0.1"
        /// The port: 10257, kube-controller-manager's secure port number (served here without TLS).
        public var port = 10257

        /// The documented defaults.
        public init() {}

        /// Listening on `host:port`.
        public init(host: String, port: Int) {
            self.host = host
            self.port = port
        }

        /// Parses `HOST:PORT` (`127.0.0.1:10257`, `[::1]:10257`, `:10257` for every interface), as a
        /// `--metrics-address` flag gives it.
        public init(address: String) throws(KubeRuntimeError) {
            guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]),
                (0...65535).contains(port)
            else {
                throw KubeRuntimeError(.invalidConfiguration, "invalid address \"\(address)\": expected HOST:PORT")
            }
            var host = String(address[..<colon])
            if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            self.host = host.isEmpty ? "0.0.0.0" : host
            self.port = port
        }
    }

    /// The content type of the Prometheus text format.
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    private let configuration: Configuration
    private let registry: PrometheusCollectorRegistry
    private let healthChecks: [HealthCheck]
    private let logger: Logger

    /// A server exposing `registry` and `healthChecks`.
    public init(
        configuration: Configuration = Configuration(), registry: PrometheusCollectorRegistry,
        healthChecks: [HealthCheck] = [], logger: Logger = Logger(label: "daemonry.metrics-server")
    ) {
        self.configuration = configuration
        self.registry = registry
        self.healthChecks = healthChecks
        self.logger = logger
    }

    /// Serves until graceful shutdown.
    public func run() async throws {
        try await makeApplication().run()
    }

    /// The Hummingbird application (tests drive it without a socket).
    func makeApplication() -> some ApplicationProtocol {
        let router = Router()
        router.get("/metrics") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = Self.contentType
            return Response(
                status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: self.registry.emitToBuffer())))
        }
        router.get("/healthz") { _, _ -> Response in
            self.health()
        }
        return Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            logger: logger)
    }

    private func health() -> Response {
        let results = healthChecks.map { ($0.name, $0.check()) }
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        guard results.contains(where: { !$0.1 }) else {
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: "ok")))
        }
        var text = ""
        for (name, passed) in results { text += passed ? "[+]\(name) ok\n" : "[-]\(name) failed\n" }
        text += "healthz check failed\n"
        return Response(
            status: .internalServerError, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
