import AsyncHTTPClient
import Logging
import NIOCore

/// What carries a `KubeClient`'s requests to the API server: AsyncHTTPClient over HTTP(S) by default
/// (`HTTPClientTransport`); an API server in the same process may answer its own components without a
/// socket behind this same seam (DESIGN.md: in `daemonry up`, "the same client protocol").
///
/// Everything above it (rate limit, retries, metrics, `Status` errors, the bearer token) stays in
/// `KubeClient`, so both transports behave the same to callers.
public protocol KubeTransport: Sendable {
    /// Sends `request` and returns the response once its head is in, its body still unread (a watch
    /// streams it). Fails with a transport error when no response head arrives by `deadline`.
    func execute(_ request: HTTPClientRequest, deadline: NIODeadline, logger: Logger) async throws -> HTTPClientResponse

    /// Releases what the transport holds (connections); requests afterwards fail.
    func shutdown() async throws

    /// Whether the server it reaches runs in this process and takes a create's or update's typed object
    /// (`RequestBodyObject`) in place of its body, which the client then does not encode.
    var handsOverRequestObjects: Bool { get }
}

extension KubeTransport {
    /// A server behind a socket reads bodies.
    public var handsOverRequestObjects: Bool { false }
}
