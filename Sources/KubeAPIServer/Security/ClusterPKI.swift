import Crypto
import Foundation
import Logging
import SwiftASN1
import X509

/// The cluster's credentials: a CA, the API server's serving certificate, the admin's client
/// certificate and the admin bearer token, kept as PEM files in a directory so that restarting with the
/// same data directory keeps every kubeconfig already handed out working.
///
/// `loadOrCreate` generates what is missing and reuses what is there. It never replaces a CA that
/// exists (that would invalidate every client); it re-issues a serving or admin certificate only when
/// that certificate is not valid for the present configuration (expiring, not signed by the CA, a
/// listen host missing from its SANs). Anything unreadable or corrupt is a one-line `ClusterPKIError`.
public struct ClusterPKI: Sendable {
    /// Where the files live and what the certificates say; every default is documented with its origin.
    public struct Configuration: Sendable {
        /// The directory holding the PEM files (created 0700 if missing), usually `DATA_DIR/pki`.
        public var directory: String
        /// Hosts the serving certificate always covers: 127.0.0.1, localhost and ::1, because the
        /// embedded server listens on loopback by default and kubectl verifies the name it dials.
        public var servingHosts: [String] = ["127.0.0.1", "localhost", "::1"]
        /// Further hosts or IPs the serving certificate covers (a non-loopback listen address).
        public var extraServingHosts: [String] = []
        /// The CA's lifetime: 10 years, as kubeadm's CA.
        public var caValidity: TimeInterval = 10 * 365 * 24 * 3600
        /// A serving or client certificate's lifetime: 1 year, as kubeadm's and k3s's leaf certificates.
        public var certificateValidity: TimeInterval = 365 * 24 * 3600
        /// A leaf certificate with less than this left is re-issued at start-up: 90 days, as k3s does.
        public var renewBefore: TimeInterval = 90 * 24 * 3600
        /// The admin's user name, the CN of the admin client certificate.
        public var adminUser: String = "daemonry-admin"
        /// The admin's groups, the O attributes of the admin client certificate: `system:masters`
        /// is upstream's superuser group, the one kubeadm's admin.conf uses.
        public var adminGroups: [String] = ["system:masters"]

        /// A configuration with the documented defaults for the files in `directory`.
        public init(directory: String, extraServingHosts: [String] = []) {
            self.directory = directory
            self.extraServingHosts = extraServingHosts
        }

        /// Every host the serving certificate must cover, defaults first, without duplicates.
        public var allServingHosts: [String] {
            var hosts: [String] = []
            for host in servingHosts + extraServingHosts where !hosts.contains(host) { hosts.append(host) }
            return hosts
        }
    }

    /// The files of the PKI directory, named as kubeadm names them where it has an equivalent.
    public struct Paths: Sendable, Hashable {
        /// `ca.crt`: the CA certificate.
        public var caCertificate: String
        /// `ca.key`: the CA key (0600).
        public var caKey: String
        /// `apiserver.crt`: the serving certificate.
        public var servingCertificate: String
        /// `apiserver.key`: the serving key (0600).
        public var servingKey: String
        /// `admin.crt`: the admin client certificate.
        public var adminCertificate: String
        /// `admin.key`: the admin client key (0600).
        public var adminKey: String
        /// `token`: the admin bearer token (0600).
        public var token: String

        /// The paths inside `directory`.
        public init(directory: String) {
            let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
            caCertificate = base + "/ca.crt"
            caKey = base + "/ca.key"
            servingCertificate = base + "/apiserver.crt"
            servingKey = base + "/apiserver.key"
            adminCertificate = base + "/admin.crt"
            adminKey = base + "/admin.key"
            token = base + "/token"
        }
    }

    /// The configuration the files were loaded or created with.
    public let configuration: Configuration
    /// Where each file is.
    public let paths: Paths
    /// The cluster CA, which signs the two leaf certificates and verifies client certificates.
    public let authority: CertificateAuthority
    /// The API server's TLS certificate.
    public let servingCertificate: Certificate
    /// The API server's TLS key.
    public let servingKey: Certificate.PrivateKey
    /// The admin client certificate (CN `adminUser`, O `adminGroups`).
    public let adminCertificate: Certificate
    /// The admin client key.
    public let adminKey: Certificate.PrivateKey
    /// The admin bearer token, 64 hex digits (256 random bits).
    public let token: String
    /// `ca.crt` as PEM, for `certificate-authority-data` and the server's trust roots.
    public let caCertificatePEM: String
    /// `apiserver.crt` as PEM.
    public let servingCertificatePEM: String
    /// `apiserver.key` as PEM (PKCS#8).
    public let servingKeyPEM: String
    /// `admin.crt` as PEM, for `client-certificate-data`.
    public let adminCertificatePEM: String
    /// `admin.key` as PEM (PKCS#8), for `client-key-data`.
    public let adminKeyPEM: String

    /// Loads the PKI from `configuration.directory`, generating whatever is missing or due for
    /// re-issue and writing it back (keys and token 0600, certificates 0644).
    public static func loadOrCreate(
        _ configuration: Configuration, now: Date = Date(), logger: Logger
    ) throws(ClusterPKIError) -> ClusterPKI {
        let paths = Paths(directory: configuration.directory)
        try SecureFile.makeDirectory(configuration.directory)
        var logger = logger
        logger[metadataKey: "pki.directory"] = .string(configuration.directory)

        let authority: CertificateAuthority
        if let (certificate, key) = try loadPair(paths.caCertificate, paths.caKey) {
            do {
                authority = try CertificateAuthority(certificate: certificate, privateKey: key)
            } catch {
                throw error.at(paths.caCertificate)
            }
            guard now >= certificate.notValidBefore, now < certificate.notValidAfter else {
                throw ClusterPKIError(
                    .expired,
                    "the CA certificate is valid only from \(certificate.notValidBefore) to "
                        + "\(certificate.notValidAfter); remove \(configuration.directory) to create a new cluster CA",
                    path: paths.caCertificate)
            }
        } else {
            authority = try generating(paths.caCertificate) {
                try CertificateAuthority.generate(
                    commonName: "daemonry-ca", now: now, validity: configuration.caValidity)
            }
            try writePair(authority.certificate, authority.privateKey, paths.caCertificate, paths.caKey)
            logger.info("generated the cluster CA", metadata: ["path": .string(paths.caCertificate)])
        }

        let serving = try loadOrIssue(
            "serving", paths.servingCertificate, paths.servingKey, authority: authority,
            configuration: configuration, now: now, logger: logger,
            problem: { certificate in
                servingProblem(certificate, hosts: configuration.allServingHosts)
            },
            issue: { publicKey in
                try authority.issueServingCertificate(
                    commonName: "daemonry-apiserver", hosts: configuration.allServingHosts,
                    publicKey: publicKey, now: now, validity: configuration.certificateValidity)
            })
        let admin = try loadOrIssue(
            "admin", paths.adminCertificate, paths.adminKey, authority: authority,
            configuration: configuration, now: now, logger: logger,
            problem: { certificate in
                let identity = UserInfo(clientCertificate: certificate)
                return identity == UserInfo(name: configuration.adminUser, groups: configuration.adminGroups)
                    ? nil : "its subject is not CN=\(configuration.adminUser) O=\(configuration.adminGroups)"
            },
            issue: { publicKey in
                try authority.issueClientCertificate(
                    commonName: configuration.adminUser, organizations: configuration.adminGroups,
                    publicKey: publicKey, now: now, validity: configuration.certificateValidity)
            })
        let token = try loadOrCreateToken(paths.token, logger: logger)

        return try generating(configuration.directory) {
            try ClusterPKI(
                configuration: configuration, paths: paths, authority: authority,
                servingCertificate: serving.0, servingKey: serving.1,
                adminCertificate: admin.0, adminKey: admin.1, token: token)
        }
    }

    private init(
        configuration: Configuration, paths: Paths, authority: CertificateAuthority,
        servingCertificate: Certificate, servingKey: Certificate.PrivateKey,
        adminCertificate: Certificate, adminKey: Certificate.PrivateKey, token: String
    ) throws {
        self.configuration = configuration
        self.paths = paths
        self.authority = authority
        self.servingCertificate = servingCertificate
        self.servingKey = servingKey
        self.adminCertificate = adminCertificate
        self.adminKey = adminKey
        self.token = token
        caCertificatePEM = try authority.certificate.serializeAsPEM().pemString
        servingCertificatePEM = try servingCertificate.serializeAsPEM().pemString
        servingKeyPEM = try servingKey.serializeAsPEM().pemString
        adminCertificatePEM = try adminCertificate.serializeAsPEM().pemString
        adminKeyPEM = try adminKey.serializeAsPEM().pemString
    }

    // MARK: - Loading

    /// A certificate and its key from two files: nil if both are absent, an error if only one is.
    private static func loadPair(
        _ certificatePath: String, _ keyPath: String
    ) throws(ClusterPKIError) -> (Certificate, Certificate.PrivateKey)? {
        let certificateBytes = try SecureFile.read(certificatePath)
        let keyBytes = try SecureFile.read(keyPath)
        switch (certificateBytes, keyBytes) {
        case (nil, nil):
            return nil
        case (.some, nil):
            throw ClusterPKIError(
                .incomplete, "the certificate exists but its key \(keyPath) is missing", path: certificatePath)
        case (nil, .some):
            throw ClusterPKIError(
                .incomplete, "the key exists but its certificate \(certificatePath) is missing", path: keyPath)
        case (.some(let certificateBytes), .some(let keyBytes)):
            let certificate: Certificate
            do {
                certificate = try Certificate(pemEncoded: String(decoding: certificateBytes, as: UTF8.self))
            } catch {
                throw ClusterPKIError(.corrupt, "not a PEM certificate (\(error))", path: certificatePath)
            }
            let key: Certificate.PrivateKey
            do {
                key = try Certificate.PrivateKey(pemEncoded: String(decoding: keyBytes, as: UTF8.self))
            } catch {
                throw ClusterPKIError(.corrupt, "not a PEM private key (\(error))", path: keyPath)
            }
            guard certificate.publicKey == key.publicKey else {
                throw ClusterPKIError(
                    .keyMismatch, "the private key does not belong to the certificate \(certificatePath)", path: keyPath)
            }
            return (certificate, key)
        }
    }

    /// Loads a leaf certificate and key, or issues new ones when absent or when `problem` (or the
    /// common checks: signed by the CA, within validity) names a reason.
    private static func loadOrIssue(
        _ role: String, _ certificatePath: String, _ keyPath: String, authority: CertificateAuthority,
        configuration: Configuration, now: Date, logger: Logger,
        problem: (Certificate) -> String?,
        issue: (Certificate.PublicKey) throws -> Certificate
    ) throws(ClusterPKIError) -> (Certificate, Certificate.PrivateKey) {
        if let (certificate, key) = try loadPair(certificatePath, keyPath) {
            let reason: String? =
                if !authority.signed(certificate) {
                    "it is not signed by the cluster CA"
                } else if now < certificate.notValidBefore {
                    "it is not valid before \(certificate.notValidBefore)"
                } else if now + configuration.renewBefore >= certificate.notValidAfter,
                    certificate.notValidAfter < authority.certificate.notValidAfter
                {
                    "it expires at \(certificate.notValidAfter)"
                } else {
                    problem(certificate)
                }
            guard let reason else { return (certificate, key) }
            logger.notice(
                "re-issuing the \(role) certificate", metadata: ["path": .string(certificatePath), "reason": .string(reason)])
        } else {
            logger.info("issuing the \(role) certificate", metadata: ["path": .string(certificatePath)])
        }
        let (certificate, key) = try generating(certificatePath) {
            let key = Certificate.PrivateKey(P256.Signing.PrivateKey())
            return (try issue(key.publicKey), key)
        }
        try writePair(certificate, key, certificatePath, keyPath)
        return (certificate, key)
    }

    /// Why the serving certificate does not fit the configured hosts, nil if it does.
    private static func servingProblem(_ certificate: Certificate, hosts: [String]) -> String? {
        let sans: SubjectAlternativeNames? = try? certificate.extensions.subjectAlternativeNames
        let names = sans.map { Array($0) } ?? []
        let missing = hosts.filter { host in
            if let bytes = IPAddressBytes.parse(host) {
                return !names.contains(.ipAddress(ASN1OctetString(contentBytes: ArraySlice(bytes))))
            }
            return !names.contains(.dnsName(host))
        }
        return missing.isEmpty ? nil : "its subject alternative names lack \(missing.joined(separator: ", "))"
    }

    /// The admin token from its file, or a new random one written 0600.
    private static func loadOrCreateToken(_ path: String, logger: Logger) throws(ClusterPKIError) -> String {
        if let bytes = try SecureFile.read(path) {
            let token = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            // RFC 6750 b64token characters; anything else could not be sent in an Authorization header.
            let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/=")
            guard !token.isEmpty, token.allSatisfy(allowed.contains) else {
                throw ClusterPKIError(.corrupt, "not a bearer token (expected one line of token characters)", path: path)
            }
            return token
        }
        let token = SymmetricKey(size: .bits256).withUnsafeBytes { bytes in
            bytes.map { byte in
                let hex = String(byte, radix: 16)
                return hex.count == 1 ? "0" + hex : hex
            }.joined()
        }
        try SecureFile.write(Array((token + "\n").utf8), to: path, mode: 0o600)
        logger.info("generated the admin bearer token", metadata: ["path": .string(path)])
        return token
    }

    // MARK: - Writing

    /// Writes the key (0600) before the certificate (0644), both atomically.
    private static func writePair(
        _ certificate: Certificate, _ key: Certificate.PrivateKey, _ certificatePath: String, _ keyPath: String
    ) throws(ClusterPKIError) {
        let (certificatePEM, keyPEM) = try generating(certificatePath) {
            (try certificate.serializeAsPEM().pemString, try key.serializeAsPEM().pemString)
        }
        try SecureFile.write(Array((keyPEM + "\n").utf8), to: keyPath, mode: 0o600)
        try SecureFile.write(Array((certificatePEM + "\n").utf8), to: certificatePath)
    }

    /// Runs a generation or serialization step, turning its error into a one-line `generation` error.
    private static func generating<T>(_ path: String, _ body: () throws -> T) throws(ClusterPKIError) -> T {
        do {
            return try body()
        } catch let error as ClusterPKIError {
            throw error
        } catch {
            throw ClusterPKIError(.generation, "cannot generate: \(error)", path: path)
        }
    }
}
