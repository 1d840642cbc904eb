import AsyncHTTPClient
import Foundation
import KubeModel
import Logging
import NIOCore
import NIOHTTP1

/// A client of one Kubernetes API server, over HTTPS unless given another `KubeTransport`: typed get, list,
/// watch, create, update, patch and delete (`KubeClient+Operations.swift`), raw requests for subresources,
/// `Status` answers as `KubeClientError`s.
///
/// One client is meant to be shared by a whole process: it keeps a pool of keep-alive connections, applies
/// one client-side rate limit to every request (client-go's token bucket, with far higher defaults), retries
/// requests the server asks to retry later (429 or 5xx with `Retry-After`), and reports every attempt to
/// the configured metrics observer. Call `shutdown()` when done, or use `withClient`.
///
/// All state is immutable or behind locks (`RateLimiter`, `BearerTokenSource`), so the class is `Sendable`.
public final class KubeClient: Sendable {
    /// Where the server is and who the client is.
    public let config: RESTConfig
    /// How the client behaves on the wire.
    public let configuration: Configuration
    let transport: any KubeTransport
    private let limiter: RateLimiter<ContinuousClock>?
    private let token: BearerTokenSource?
    private let logger: Logger

    /// A client for `config` over HTTP(S): reads the TLS material now, so a missing or unparsable file fails
    /// here with a `.configuration` error rather than on the first request.
    public convenience init(
        config: RESTConfig, configuration: Configuration = Configuration(),
        logger: Logger = Logger(label: "daemonry.kube-client")
    ) throws(KubeClientError) {
        self.init(
            config: config, configuration: configuration,
            transport: try HTTPClientTransport(config: config, configuration: configuration, logger: logger),
            logger: logger)
    }

    /// A client for `config` whose requests go through `transport` (an in-process server, say). `config`
    /// still names the server in messages and, when its host is `https`, supplies the bearer token.
    public init(
        config: RESTConfig, configuration: Configuration = Configuration(), transport: any KubeTransport,
        logger: Logger = Logger(label: "daemonry.kube-client")
    ) {
        self.transport = transport
        self.config = config
        self.configuration = configuration
        self.limiter =
            configuration.qps > 0
            ? RateLimiter(qps: configuration.qps, burst: max(1, configuration.burst), clock: ContinuousClock()) : nil
        self.token = config.usesTLS ? BearerTokenSource(token: config.bearerToken, file: config.bearerTokenFile) : nil
        self.logger = logger
    }

    /// Closes every connection. Requests after this fail; call it once, when the process is done with
    /// the client.
    public func shutdown() async throws {
        try await transport.shutdown()
    }

    /// Runs `body` with a new client and shuts the client down afterwards, however `body` ends.
    public static func withClient<T>(
        config: RESTConfig, configuration: Configuration = Configuration(),
        logger: Logger = Logger(label: "daemonry.kube-client"), _ body: (KubeClient) async throws -> T
    ) async throws -> T {
        let client = try KubeClient(config: config, configuration: configuration, logger: logger)
        let result: Result<T, any Error>
        do {
            result = .success(try await body(client))
        } catch {
            result = .failure(error)
        }
        try await client.shutdown()
        return try result.get()
    }

    // MARK: Requests

    /// One API call before it is sent.
    struct Call: Sendable {
        /// The HTTP method.
        var method: HTTPMethod
        /// The path below the server URL, starting with `/`.
        var path: String
        /// The query parameters.
        var query = URLQuery()
        /// The body, nil for none.
        var body: [UInt8]?
        /// The body's content type.
        var contentType = "application/json"
        /// The object handed to a server in this process in place of the body (`RequestBodyObject`).
        var object: (any Sendable)?
        /// The Kubernetes verb, for metrics and messages.
        var verb: String
        /// The resource (`pods`, `pods/binding`), for metrics and messages.
        var resource: String
        /// The object's name, for messages; "" for collections.
        var name = ""

        /// Sends `object`: encoded as the body, or handed over with an empty body when the transport takes it
        /// and it has no members its type does not know (those only its JSON carries).
        mutating func setBody(_ object: some APIModel, handingOver: Bool) {
            if handingOver && object.unknownFields.isEmpty {
                self.object = object
                body = []
            } else {
                body = object.jsonBytes()
            }
        }

        /// `GET https://host/path?query`, as Go names a request in errors.
        func describe(base: String) -> String {
            "\(method.rawValue) \(base)\(path)\(query.encoded)"
        }

        /// `get pods web-0`, as client-go qualifies a generic server error.
        var summary: String {
            name.isEmpty ? "\(verb) \(resource)" : "\(verb) \(resource) \(name)"
        }
    }

    /// Sends `call` and returns the successful response with its whole body; a failure response throws
    /// `KubeClientError` built from its `Status`.
    func send(_ call: Call) async throws -> ByteBuffer {
        let response = try await execute(call)
        do {
            return try await response.body.collect(upTo: configuration.maximumResponseBytes)
        } catch {
            throw TransportFailure.error(error, request: call.describe(base: config.host))
        }
    }

    /// Sends `call`, retrying while the server answers with a retryable failure and a `Retry-After`
    /// (429, or 5xx, as client-go's `checkWait`), and returns the first 2xx response with its body still
    /// unread (a watch streams it). Every attempt waits for the rate limiter and is reported to the
    /// observer.
    func execute(_ call: Call) async throws -> HTTPClientResponse {
        let described = call.describe(base: config.host)
        var attempt = 0
        while true {
            try await limiter?.wait()
            let request = makeRequest(call)
            let started = ContinuousClock.now
            let response: HTTPClientResponse
            let deadline = NIODeadline.now() + .nanoseconds(configuration.requestTimeout.nanoseconds)
            do {
                if let object = call.object {
                    response = try await RequestBodyObject.$current.withValue(object) {
                        try await transport.execute(request, deadline: deadline, logger: logger)
                    }
                } else {
                    response = try await transport.execute(request, deadline: deadline, logger: logger)
                }
            } catch {
                observe(call, code: "<error>", since: started)
                throw TransportFailure.error(error, request: described)
            }
            let status = Int(response.status.code)
            observe(call, code: String(status), since: started)
            if (200..<300).contains(status) { return response }

            let body: ByteBuffer
            do {
                body = try await response.body.collect(upTo: configuration.maximumResponseBytes)
            } catch {
                throw TransportFailure.error(error, request: described)
            }
            if attempt < configuration.maximumRetries, let delay = retryDelay(status: status, headers: response.headers) {
                attempt += 1
                logger.debug(
                    "retrying after the server asked to wait",
                    metadata: ["request": .string(described), "code": .stringConvertible(status),
                               "delay": .stringConvertible(delay), "attempt": .stringConvertible(attempt)])
                try await Task.sleep(for: delay)
                continue
            }
            throw KubeClientError(httpStatus: status, body: Array(buffer: body), request: call.summary)
        }
    }

    private func makeRequest(_ call: Call) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: config.host + call.path + call.query.encoded)
        request.method = call.method
        request.headers.add(name: "User-Agent", value: configuration.userAgent)
        request.headers.add(name: "Accept", value: "application/json")
        if let token = token?.token() {
            request.headers.add(name: "Authorization", value: "Bearer " + token)
        }
        if let body = call.body {
            request.headers.add(name: "Content-Type", value: call.contentType)
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        return request
    }

    /// How long the server asked to wait before retrying, or nil when this response is not retried.
    private func retryDelay(status: Int, headers: HTTPHeaders) -> Duration? {
        guard status == 429 || status >= 500,
            let text = headers.first(name: "Retry-After"),
            let seconds = Int(text.trimmingCharacters(in: .whitespaces))
        else { return nil }
        return min(.seconds(max(0, seconds)), configuration.maximumRetryAfter)
    }

    private func observe(_ call: Call, code: String, since started: ContinuousClock.Instant) {
        guard let observer = configuration.observer else { return }
        observer(
            RequestMetric(
                verb: call.verb, method: call.method.rawValue, resource: call.resource, code: code,
                latency: started.duration(to: .now)))
    }
}

extension Duration {
    /// The duration in whole nanoseconds (saturating), for NIO's `TimeAmount`.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        return scaled.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
    }
}
