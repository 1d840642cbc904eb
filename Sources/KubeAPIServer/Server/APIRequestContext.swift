import Hummingbird
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
    /// The connection the request arrived on.
    public let channel: any Channel
    /// Who sent the request, set by the authentication middleware before any handler runs; nil only
    /// on routes registered with `.anonymous` access when the client presented no credentials.
    public var user: UserInfo?

    /// Made by Hummingbird for each request, from the connection it arrived on.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = CoreRequestContextStorage(source: source)
        self.channel = source.channel
        self.user = nil
    }

    /// Request bodies are limited to 3 MiB, upstream's `MaxRequestBodyBytes`.
    public var maxUploadSize: Int { 3 * 1024 * 1024 }

    /// The DER bytes of the certificate the client presented in the TLS handshake, nil if none.
    ///
    /// The TLS layer only checks that the client holds the certificate's key; whether the certificate
    /// chains to the cluster CA is decided by `RequestAuthenticator`, so a foreign certificate gets a
    /// 401 `Status` as upstream, not a failed handshake.
    public func peerCertificateDER() async -> [UInt8]? {
        guard let certificate = try? await channel.nioSSL_peerCertificate().get() else { return nil }
        return try? certificate.toDERBytes()
    }
}
