import Foundation

/// The configuration of a process running in a pod: the service-account token, CA and namespace that
/// the kubelet mounts, and the API server address from `KUBERNETES_SERVICE_HOST` / `_PORT` (client-go's
/// `rest.InClusterConfig`). Paths and environment are injectable so tests can use temporary files.
public struct InClusterConfig: Sendable, Hashable {
    /// Where the kubelet mounts the service account: `/var/run/secrets/kubernetes.io/serviceaccount`.
    public static let serviceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount"

    /// The service-account token file (`token`), re-read as the kubelet rotates it.
    public var tokenPath: String
    /// The cluster CA file (`ca.crt`).
    public var certificateAuthorityPath: String
    /// The pod's namespace file (`namespace`).
    public var namespacePath: String
    /// `KUBERNETES_SERVICE_HOST`, nil when unset.
    public var serviceHost: String?
    /// `KUBERNETES_SERVICE_PORT`, nil when unset.
    public var servicePort: String?
    /// `POD_NAMESPACE`, which client-go prefers over the namespace file; nil when unset.
    public var podNamespace: String?

    /// The configuration read from `environment`, with the files under `directory`.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        directory: String = InClusterConfig.serviceAccountDirectory
    ) {
        tokenPath = directory + "/token"
        certificateAuthorityPath = directory + "/ca.crt"
        namespacePath = directory + "/namespace"
        serviceHost = environment["KUBERNETES_SERVICE_HOST"].flatMap { $0.isEmpty ? nil : $0 }
        servicePort = environment["KUBERNETES_SERVICE_PORT"].flatMap { $0.isEmpty ? nil : $0 }
        podNamespace = environment["POD_NAMESPACE"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether this process looks like it runs in a pod: both variables set and the token file present
    /// (client-go's `inClusterClientConfig.Possible`).
    public var isPossible: Bool {
        serviceHost != nil && servicePort != nil && LocalFile.isFile(tokenPath)
    }

    /// The connection: `https://HOST:PORT` (IPv6 in brackets), the token file as a rotating bearer token,
    /// the CA file when present (client-go only logs a missing CA and falls back to the system roots), and
    /// the pod's namespace (`POD_NAMESPACE`, the namespace file, else `default`).
    public func restConfig() throws(KubeClientError) -> RESTConfig {
        guard let serviceHost, let servicePort else {
            throw KubeClientError(
                .configuration,
                "unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined")
        }
        let token: String
        do {
            token = try LocalFile.readText(tokenPath)
        } catch {
            throw KubeClientError(.configuration, "unable to load in-cluster configuration: \(error)")
        }
        let hostLiteral = serviceHost.contains(":") ? "[\(serviceHost)]" : serviceHost
        var config = RESTConfig(host: "https://\(hostLiteral):\(servicePort)")
        config.bearerToken = token.trimmingCharacters(in: .whitespacesAndNewlines)
        config.bearerTokenFile = tokenPath
        if LocalFile.isFile(certificateAuthorityPath) { config.certificateAuthorityFile = certificateAuthorityPath }
        config.namespace = namespace
        return config
    }

    /// `POD_NAMESPACE`, else the namespace file's trimmed contents, else `default`.
    public var namespace: String {
        if let podNamespace { return podNamespace }
        let fromFile = (try? LocalFile.readText(namespacePath))?.trimmingCharacters(in: .whitespacesAndNewlines)
        return fromFile.flatMap { $0.isEmpty ? nil : $0 } ?? "default"
    }
}
