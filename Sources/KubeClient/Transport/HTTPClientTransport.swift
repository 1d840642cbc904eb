import AsyncHTTPClient
import Logging
import NIOCore

/// The default transport: AsyncHTTPClient's keep-alive connection pool, with the TLS settings of a
/// `RESTConfig` (CA, client certificate) and the pool and timeout settings of `KubeClient.Configuration`.
struct HTTPClientTransport: KubeTransport {
    private let http: HTTPClient

    /// A transport for `config`: reads the TLS material now, so a missing or unparsable file fails here with
    /// a `.configuration` error rather than on the first request.
    init(config: RESTConfig, configuration: KubeClient.Configuration, logger: Logger) throws(KubeClientError) {
        var pool = HTTPClient.Configuration.ConnectionPool(
            idleTimeout: .nanoseconds(configuration.idleConnectionTimeout.nanoseconds),
            concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, configuration.maximumConnectionsPerHost))
        // A failed connection fails its request at once with the real cause (a TLS verification error, a
        // refused port), as client-go's; AsyncHTTPClient would otherwise retry until the deadline and
        // callers (reflectors, work queues) already retry with backoff.
        pool.retryConnectionEstablishment = false
        var httpConfiguration = HTTPClient.Configuration(
            tlsConfiguration: config.usesTLS ? try config.makeTLSConfiguration() : nil,
            redirectConfiguration: .disallow,
            timeout: .init(connect: .nanoseconds(configuration.connectTimeout.nanoseconds), read: nil),
            connectionPool: pool,
            decompression: .disabled)
        // No request spans: the default is the global tracer, a no-op unless one is bootstrapped, yet every
        // request still opened a span and formatted its attributes (4% of a busy client's CPU).
        httpConfiguration.tracing.tracer = nil
        self.http = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: httpConfiguration,
            backgroundActivityLogger: logger)
    }

    func execute(_ request: HTTPClientRequest, deadline: NIODeadline, logger: Logger) async throws -> HTTPClientResponse {
        try await http.execute(request, deadline: deadline, logger: logger)
    }

    func shutdown() async throws {
        try await http.shutdown()
    }
}
