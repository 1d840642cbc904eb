import Foundation

/// A kubeconfig with one cluster, one user and one context, rendered as the YAML file that kubectl and
/// client-go read unchanged: what `daemonry apiserver` writes to `DATA_DIR/kubeconfig`.
///
/// Credentials are embedded (`*-data` fields) rather than referenced by path, so the file keeps working
/// when copied elsewhere, as kubeadm's `admin.conf` and k3s's `k3s.yaml` do.
public struct Kubeconfig: Sendable, Hashable {
    /// The cluster entry's name.
    public static let clusterName = "daemonry"
    /// The user entry's name.
    public static let userName = "daemonry-admin"
    /// The context's name, also `current-context`.
    public static let contextName = "daemonry"

    /// The API server URL, `https://HOST:PORT`.
    public var server: String
    /// The CA certificate (PEM) that verifies the server, embedded as `certificate-authority-data`.
    public var certificateAuthorityPEM: String
    /// The client certificate (PEM), embedded as `client-certificate-data`; nil for none.
    public var clientCertificatePEM: String?
    /// The client key (PEM), embedded as `client-key-data`; nil for none.
    public var clientKeyPEM: String?
    /// A bearer token sent as `Authorization: Bearer`; nil for none.
    public var token: String?

    /// A kubeconfig with exactly the given credentials (any of them may be left out).
    public init(
        server: String, certificateAuthorityPEM: String, clientCertificatePEM: String? = nil,
        clientKeyPEM: String? = nil, token: String? = nil
    ) {
        self.server = server
        self.certificateAuthorityPEM = certificateAuthorityPEM
        self.clientCertificatePEM = clientCertificatePEM
        self.clientKeyPEM = clientKeyPEM
        self.token = token
    }

    /// The admin kubeconfig for `pki`: client certificate, key and token, so either alone suffices.
    public init(admin pki: ClusterPKI, server: String) {
        self.init(
            server: server, certificateAuthorityPEM: pki.caCertificatePEM, clientCertificatePEM: pki.adminCertificatePEM,
            clientKeyPEM: pki.adminKeyPEM, token: pki.token)
    }

    /// `https://HOST:PORT` for a listen address: a wildcard host becomes 127.0.0.1 (a client cannot
    /// dial 0.0.0.0 portably) or ::1, and an IPv6 literal gets brackets.
    public static func serverURL(host: String, port: Int) -> String {
        let dialable =
            switch host {
            case "", "0.0.0.0": "127.0.0.1"
            case "::", "[::]": "::1"
            default: host
            }
        let literal = dialable.contains(":") && !dialable.hasPrefix("[") ? "[\(dialable)]" : dialable
        return "https://\(literal):\(port)"
    }

    /// The YAML text, in the field order `kubectl config view --raw` prints.
    public var yaml: String {
        var user: [String] = []
        if let clientCertificatePEM { user.append("    client-certificate-data: \(Self.base64(clientCertificatePEM))") }
        if let clientKeyPEM { user.append("    client-key-data: \(Self.base64(clientKeyPEM))") }
        if let token { user.append("    token: \(Self.quoted(token))") }
        let userBlock = user.isEmpty ? "  user: {}" : "  user:\n" + user.joined(separator: "\n")
        return """
            apiVersion: v1
            kind: Config
            clusters:
            - cluster:
                certificate-authority-data: \(Self.base64(certificateAuthorityPEM))
                server: \(Self.quoted(server))
              name: \(Self.clusterName)
            contexts:
            - context:
                cluster: \(Self.clusterName)
                user: \(Self.userName)
              name: \(Self.contextName)
            current-context: \(Self.contextName)
            preferences: {}
            users:
            - name: \(Self.userName)
            \(userBlock)

            """
    }

    /// Writes the file atomically with mode 0600: it holds a private key and a token.
    public func write(to path: String) throws(ClusterPKIError) {
        try SecureFile.write(Array(yaml.utf8), to: path, mode: 0o600)
    }

    private static func base64(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
    }

    /// A YAML double-quoted scalar (JSON string syntax, which YAML accepts).
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
