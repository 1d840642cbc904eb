import Foundation
import Hummingbird
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL
import ServiceLifecycle

/// The embedded Kubernetes API server: HTTPS only (HTTP/1.1, which is all kubectl needs), with the
/// cluster PKI from the data directory, client-certificate or bearer-token authentication, and the
/// routes of the `APIRouteProvider`s it is given on top of the health checks and `/version`.
///
/// It is a `Service`: run it in a `ServiceGroup`, which stops it gracefully on SIGTERM/SIGINT. Once
/// it listens it writes `DATA_DIR/kubeconfig` (with the port actually bound, so port 0 works) and
/// calls `onListening`. It prints nothing; it logs through the `Logger` it is given.
public struct APIServer: Service {
    /// Where the server listens and keeps its files; defaults are upstream's where it has one.
    public struct Configuration: Sendable {
        /// The data directory: `pki/` (certificates, keys, token) and `kubeconfig` live here.
        public var dataDirectory: String
        /// The listen host: 127.0.0.1, so a fresh cluster is reachable from this machine only.
        public var host: String = "127.0.0.1"
        /// The listen port: 6443, upstream's secure port; 0 picks a free one (tests).
        public var port: Int = 6443
        /// Names or IPs added to the serving certificate besides loopback and a specific listen host.
        public var extraServingHosts: [String] = []
        /// What `/version` reports (1.32, see `ServerVersion.current`).
        public var version: ServerVersion = .current
        /// What `/readyz` checks (the store's commits, from `ControlPlane.readinessChecks`).
        public var readinessChecks: [ReadinessCheck] = []

        /// A configuration with the documented defaults.
        public init(
            dataDirectory: String, host: String = "127.0.0.1", port: Int = 6443, readinessChecks: [ReadinessCheck] = []
        ) {
            self.dataDirectory = dataDirectory
            self.host = host
            self.port = port
            self.readinessChecks = readinessChecks
        }

        /// `DATA_DIR/pki`.
        public var pkiDirectory: String { dataDirectory + "/pki" }
        /// `DATA_DIR/kubeconfig`.
        public var kubeconfigPath: String { dataDirectory + "/kubeconfig" }
    }

    /// Where the server ended up listening, reported once through `onListening`.
    public struct Listening: Sendable, Hashable {
        /// The port bound (the configured one, or the one the system chose for port 0).
        public var port: Int
        /// The URL clients use, `https://HOST:PORT`.
        public var server: String
        /// The admin kubeconfig just written for this address.
        public var kubeconfigPath: String
    }

    /// What the server was configured with.
    public let configuration: Configuration
    /// The cluster credentials loaded or created at `init`.
    public let pki: ClusterPKI
    /// Every route served, `SystemRoutes` first.
    public let routes: APIRoutes
    private let logger: Logger
    private let onListening: @Sendable (Listening) async -> Void

    /// Loads or creates the PKI in the data directory (the only step that can fail before `run`) and
    /// assembles the routes: `SystemRoutes` and then each provider's, in order.
    public init(
        configuration: Configuration,
        routes providers: [any APIRouteProvider] = [],
        logger: Logger,
        now: Date = Date(),
        onListening: @escaping @Sendable (Listening) async -> Void = { _ in }
    ) throws(ClusterPKIError) {
        try SecureFile.makeDirectory(configuration.dataDirectory)
        var pkiConfiguration = ClusterPKI.Configuration(
            directory: configuration.pkiDirectory, extraServingHosts: configuration.extraServingHosts)
        if !["", "0.0.0.0", "::", "[::]"].contains(configuration.host),
            !pkiConfiguration.allServingHosts.contains(configuration.host)
        {
            pkiConfiguration.extraServingHosts.append(configuration.host)
        }
        self.pki = try ClusterPKI.loadOrCreate(pkiConfiguration, now: now, logger: logger)
        var routes = APIRoutes()
        routes.add(SystemRoutes(version: configuration.version, readinessChecks: configuration.readinessChecks))
        for provider in providers { routes.add(provider) }
        self.routes = routes
        self.configuration = configuration
        self.logger = logger
        self.onListening = onListening
    }

    /// Serves until graceful shutdown or cancellation; throws if the address cannot be bound or the
    /// kubeconfig cannot be written.
    public func run() async throws {
        // A one-shot channel from `onServerRunning` (the bound port) to the task that announces it.
        let listening = AsyncStream<Int>.makeStream()
        let application = Application(
            router: makeRouter(),
            server: try .tls(.http1(), configuration: try makeTLSConfiguration()),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                listening.continuation.yield(channel.localAddress?.port ?? self.configuration.port)
                listening.continuation.finish()
            },
            logger: logger)

        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await application.run()
                return true
            }
            group.addTask {
                for await port in listening.stream {
                    try await self.announce(port: port)
                    break
                }
                return false
            }
            // The application ends the server; the announcer ends first (or is cancelled if the
            // server stops before it ever listened).
            while let applicationEnded = try await group.next() {
                if applicationEnded {
                    group.cancelAll()
                    return
                }
            }
        }
    }

    private func announce(port: Int) async throws {
        let server = Kubeconfig.serverURL(host: configuration.host, port: port)
        try Kubeconfig(admin: pki, server: server).write(to: configuration.kubeconfigPath)
        logger.info(
            "API server listening",
            metadata: ["server": .string(server), "kubeconfig": .string(configuration.kubeconfigPath)])
        await onListening(Listening(port: port, server: server, kubeconfigPath: configuration.kubeconfigPath))
    }

    /// A responder that answers requests in process through the same router and middlewares as `run`,
    /// for components of the embedding process (they authenticate with `pki.token`).
    public func makeInProcessResponder() -> InProcessResponder {
        InProcessResponder(responder: makeRouter().buildResponder(), logger: logger)
    }

    private func makeRouter() -> Router<APIRequestContext> {
        let router = Router(context: APIRequestContext.self)
        // Middlewares apply to routes added after them, and to unmatched paths.
        router.add(middleware: StatusMiddleware())
        router.add(
            middleware: AuthenticationMiddleware(
                authenticator: RequestAuthenticator(
                    authority: pki.authority.certificate,
                    configuration: .init(
                        token: pki.token,
                        tokenUser: UserInfo(name: pki.configuration.adminUser, groups: pki.configuration.adminGroups))),
                anonymousPaths: routes.anonymousPaths))
        for route in routes.routes {
            router.on(RouterPath(route.path), method: route.method, use: route.handler)
        }
        return router
    }

    /// TLS that asks for a client certificate without requiring one, and accepts whichever is sent:
    /// the authentication middleware verifies it against the CA so a bad one gets a 401 `Status`
    /// (upstream's behaviour, via Go's `tls.RequestClientCert`), not a handshake failure. The TLS
    /// layer still proves the client holds the certificate's key.
    private func makeTLSConfiguration() throws -> TLSChannelConfiguration {
        let certificate = try NIOSSLCertificate(bytes: Array(pki.servingCertificatePEM.utf8), format: .pem)
        let key = try NIOSSLPrivateKey(bytes: Array(pki.servingKeyPEM.utf8), format: .pem)
        let authority = try NIOSSLCertificate(bytes: Array(pki.caCertificatePEM.utf8), format: .pem)
        var tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(certificate)], privateKey: .privateKey(key))
        tls.certificateVerification = .optionalVerification
        tls.trustRoots = .certificates([authority])
        tls.minimumTLSVersion = .tlsv12
        tls.applicationProtocols = ["http/1.1"]
        return TLSChannelConfiguration(
            tlsConfiguration: tls,
            customVerificationCallback: { _, promise in promise.succeed(.certificateVerified) })
    }
}
