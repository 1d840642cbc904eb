extension KubeconfigFile {
    /// A `clusters[].cluster` entry: where the API server is and how to trust it.
    public struct Cluster: Sendable, Hashable {
        /// The API server URL (`server`), e.g. `https://127.0.0.1:6443`.
        public var server: String = ""
        /// A PEM file of CAs that verify the server (`certificate-authority`), absolute once parsed.
        public var certificateAuthority: String?
        /// PEM bytes of CAs that verify the server (`certificate-authority-data`, base64 in the file).
        public var certificateAuthorityData: [UInt8]?
        /// Skip verifying the server's certificate (`insecure-skip-tls-verify`).
        public var insecureSkipTLSVerify: Bool = false
        /// The name to verify the server's certificate against instead of the URL's host (`tls-server-name`).
        public var tlsServerName: String = ""
        /// A proxy for requests to this cluster (`proxy-url`).
        public var proxyURL: String = ""

        /// A cluster at `server` with the given trust settings.
        public init(
            server: String = "", certificateAuthority: String? = nil, certificateAuthorityData: [UInt8]? = nil,
            insecureSkipTLSVerify: Bool = false
        ) {
            self.server = server
            self.certificateAuthority = certificateAuthority
            self.certificateAuthorityData = certificateAuthorityData
            self.insecureSkipTLSVerify = insecureSkipTLSVerify
        }

        /// Whether nothing is set (clientcmd reports such a cluster as "cluster has no server defined").
        var isEmpty: Bool { self == Cluster() }
    }
}
