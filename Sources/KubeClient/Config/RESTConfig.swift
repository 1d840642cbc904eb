/// Where an API server is and how to talk to it: client-go's `rest.Config`, resolved from a kubeconfig
/// context (`KubeconfigFile.restConfig(context:)`), from in-cluster files (`InClusterConfig`) or by
/// `RESTConfig.load`, which chooses between them as kubectl does.
///
/// Certificate and key material may be given as bytes or as files; files are read when a `KubeClient`
/// is made, and a token file is re-read while the client runs, so rotated credentials are picked up.
public struct RESTConfig: Sendable, Hashable {
    /// The server URL, `https://HOST:PORT` with an optional path prefix and no trailing slash.
    public var host: String
    /// Skip verifying the server's certificate (never with a CA: client-go refuses the combination).
    public var insecureSkipTLSVerify: Bool = false
    /// A PEM file of CAs that verify the server.
    public var certificateAuthorityFile: String?
    /// PEM bytes of CAs that verify the server; wins over `certificateAuthorityFile`.
    public var certificateAuthorityData: [UInt8]?
    /// A PEM client certificate file.
    public var clientCertificateFile: String?
    /// PEM client certificate bytes; win over `clientCertificateFile`.
    public var clientCertificateData: [UInt8]?
    /// A PEM private key file for the client certificate.
    public var clientKeyFile: String?
    /// PEM private key bytes; win over `clientKeyFile`.
    public var clientKeyData: [UInt8]?
    /// A bearer token sent as `Authorization: Bearer`.
    public var bearerToken: String?
    /// A file holding a bearer token, re-read every minute; once read, its token wins over `bearerToken`
    /// (client-go's rule, so a projected service-account token rotates).
    public var bearerTokenFile: String?
    /// The namespace requests default to: the context's, the pod's in a cluster, else `default`. Not part
    /// of client-go's `rest.Config` (clientcmd returns it beside), kept here so one value says it all.
    public var namespace: String = "default"

    /// A configuration for `host` without credentials.
    public init(host: String) {
        self.host = host
    }

    /// Whether requests go over TLS (`https`), the only case in which credentials are sent.
    public var usesTLS: Bool {
        host.lowercased().hasPrefix("https://")
    }

    /// A server URL as clientcmd accepts it: without a scheme it is `https` when TLS settings are given and
    /// `http` otherwise (client-go's `DefaultServerURL`); a trailing slash is dropped so paths append cleanly.
    static func normalizedHost(_ server: String, tls: Bool) -> String {
        var host = server
        if !host.contains("://") { host = (tls ? "https://" : "http://") + host }
        while host.hasSuffix("/") { host.removeLast() }
        return host
    }
}
