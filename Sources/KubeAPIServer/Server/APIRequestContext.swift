import Hummingbird
import Logging
import NIOCore
import NIOSSL

/// The per-request context every API handler receives: Hummingbird's core context (logger, path
/// parameters) plus the connection it arrived on and the authenticated user.
///
/// It keeps the `Channel` because TLS facts live there: the client certificate is read from the
/// connection's `NIOSSLHandler` when the authentication middleware asks for it.
public struct APIRequestContext: RequestContext {
    /// Hummingbird's storage: logger, parameters (`:name` path segments), endpoint path.
    public var coreContext: CoreRequestContextStorage
    /// The connection the request arrived on; nil for a request answered in process
    /// (`InProcessResponder`), which has no connection and so no client certificate.
    public let channel: (any Channel)?
    /// Who sent the request, set by the authentication middleware before any handler runs; nil only
    /// on routes registered with `.anonymous` access when the client presented no credentials.
    public var user: UserInfo?

    /// Made by Hummingbird for each request, from the connection it arrived on.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = CoreRequestContextStorage(source: source)
        self.channel = source.channel
        self.user = nil
    }

    /// The context of a request answered in process: no connection, so only a bearer token can
    /// authenticate it.
    init(inProcessLogger logger: Logger) {
        self.coreContext = CoreRequestContextStorage(source: InProcessSource(logger: logger))
        self.channel = nil
        self.user = nil
    }

    /// Whether the request came through `InProcessResponder` rather than a connection: nothing tells the
    /// handler when such a client goes away, its caller cancels the handler instead.
    public var isInProcess: Bool { channel == nil }

    /// Request bodies are limited to upstream's `MaxRequestBodyBytes`.
    public var maxUploadSize: Int { SizeLimits.requestBodyBytes }

    /// The DER bytes of the certificate the client presented in the TLS handshake, nil if none (always
    /// nil in process).
    ///
    /// The TLS layer only checks that the client holds the certificate's key; whether the certificate
    /// chains to the cluster CA is decided by `RequestAuthenticator`, so a foreign certificate gets a
    /// 401 `Status` as upstream, not a failed handshake.
    public func peerCertificateDER() async -> [UInt8]? {
        guard let channel, let certificate = try? await channel.nioSSL_peerCertificate().get() else { return nil }
        return try? certificate.toDERBytes()
    }
}

/// What Hummingbird's core context is made from for a request without a connection: just the logger.
private struct InProcessSource: RequestContextSource {
    let logger: Logger
}
