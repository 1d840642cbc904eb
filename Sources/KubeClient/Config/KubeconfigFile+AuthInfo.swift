extension KubeconfigFile {
    /// A `users[].user` entry (`AuthInfo` in client-go): the credentials a context presents.
    public struct AuthInfo: Sendable, Hashable {
        /// A PEM client certificate file (`client-certificate`), absolute once parsed.
        public var clientCertificate: String?
        /// PEM client certificate bytes (`client-certificate-data`, base64 in the file).
        public var clientCertificateData: [UInt8]?
        /// A PEM private key file (`client-key`), absolute once parsed.
        public var clientKey: String?
        /// PEM private key bytes (`client-key-data`, base64 in the file).
        public var clientKeyData: [UInt8]?
        /// A bearer token (`token`).
        public var token: String?
        /// A file holding a bearer token, re-read as it rotates (`tokenFile`), absolute once parsed.
        public var tokenFile: String?
        /// The names of credential fields present that this client does not implement (`exec`,
        /// `auth-provider`, `username`, `as`, ...): choosing this user is then an error rather than a
        /// silent anonymous request.
        public var unsupportedFields: [String] = []

        /// A user with the given credentials.
        public init(
            clientCertificate: String? = nil, clientCertificateData: [UInt8]? = nil, clientKey: String? = nil,
            clientKeyData: [UInt8]? = nil, token: String? = nil, tokenFile: String? = nil
        ) {
            self.clientCertificate = clientCertificate
            self.clientCertificateData = clientCertificateData
            self.clientKey = clientKey
            self.clientKeyData = clientKeyData
            self.token = token
            self.tokenFile = tokenFile
        }
    }
}
