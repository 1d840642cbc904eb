import Crypto
import Foundation
import SwiftASN1
import X509

/// A certificate authority held in memory (its certificate and signing key) that issues the cluster's
/// serving and client certificates, so the whole PKI is made in process without openssl or cfssl.
///
/// Every certificate is ECDSA P-256 with SHA-256: the smallest and fastest choice that Go's crypto/tls
/// (kubectl, client-go), BoringSSL (our server) and curl all accept.
public struct CertificateAuthority: Sendable {
    /// The self-signed CA certificate: what clients put in `certificate-authority-data`.
    public let certificate: Certificate
    /// The CA's signing key; it never leaves the data directory.
    public let privateKey: Certificate.PrivateKey

    /// Pairs an existing CA certificate with its key, refusing a key that does not belong to it.
    public init(certificate: Certificate, privateKey: Certificate.PrivateKey) throws(ClusterPKIError) {
        guard certificate.publicKey == privateKey.publicKey else {
            throw ClusterPKIError(.keyMismatch, "the CA private key does not belong to the CA certificate")
        }
        guard let constraints = try? certificate.extensions.basicConstraints,
            case .isCertificateAuthority = constraints
        else {
            throw ClusterPKIError(.invalid, "the CA certificate is not a certificate authority (basicConstraints CA:FALSE)")
        }
        self.certificate = certificate
        self.privateKey = privateKey
    }

    /// Creates a new self-signed CA valid from `now` (backdated a little for clock skew) for `validity`.
    public static func generate(
        commonName: String, now: Date, validity: TimeInterval
    ) throws -> CertificateAuthority {
        let key = Certificate.PrivateKey(P256.Signing.PrivateKey())
        let name = try DistinguishedName { CommonName(commonName) }
        let certificate = try Certificate(
            version: .v3,
            serialNumber: Certificate.SerialNumber(),
            publicKey: key.publicKey,
            notValidBefore: now - Self.clockSkewAllowance,
            notValidAfter: now + validity,
            issuer: name,
            subject: name,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                Critical(KeyUsage(digitalSignature: true, keyEncipherment: true, keyCertSign: true))
                SubjectKeyIdentifier(hash: key.publicKey)
            },
            issuerPrivateKey: key)
        return try CertificateAuthority(certificate: certificate, privateKey: key)
    }

    /// Issues a TLS server certificate for `hosts` (IP literals become IP SANs, anything else a DNS SAN).
    public func issueServingCertificate(
        commonName: String, hosts: [String], publicKey: Certificate.PublicKey, now: Date, validity: TimeInterval
    ) throws -> Certificate {
        var names: [GeneralName] = []
        for host in hosts {
            let name: GeneralName =
                if let bytes = IPAddressBytes.parse(host) {
                    .ipAddress(ASN1OctetString(contentBytes: ArraySlice(bytes)))
                } else {
                    .dnsName(host)
                }
            if !names.contains(name) { names.append(name) }
        }
        let sans = names
        return try issue(
            subject: try DistinguishedName { CommonName(commonName) },
            publicKey: publicKey, now: now, validity: validity,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true, keyEncipherment: true))
                try ExtendedKeyUsage([.serverAuth])
                SubjectAlternativeNames(sans)
                SubjectKeyIdentifier(hash: publicKey)
                AuthorityKeyIdentifier(keyIdentifier: authorityKeyIdentifier)
            })
    }

    /// Issues a TLS client certificate; upstream's x509 authenticator reads the user name from the CN
    /// and the groups from the O attributes, so `organizations` are the user's groups.
    public func issueClientCertificate(
        commonName: String, organizations: [String], publicKey: Certificate.PublicKey, now: Date,
        validity: TimeInterval
    ) throws -> Certificate {
        try issue(
            subject: try DistinguishedName {
                for organization in organizations { OrganizationName(organization) }
                CommonName(commonName)
            },
            publicKey: publicKey, now: now, validity: validity,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true, keyEncipherment: true))
                try ExtendedKeyUsage([.clientAuth])
                SubjectKeyIdentifier(hash: publicKey)
                AuthorityKeyIdentifier(keyIdentifier: authorityKeyIdentifier)
            })
    }

    /// Whether `leaf` carries a valid signature by this CA (the issuer name alone proves nothing).
    public func signed(_ leaf: Certificate) -> Bool {
        leaf.issuer == certificate.subject && certificate.publicKey.isValidSignature(leaf.signature, for: leaf)
    }

    /// Certificates start five minutes in the past so a peer whose clock is slightly behind accepts them.
    static let clockSkewAllowance: TimeInterval = 5 * 60

    private var authorityKeyIdentifier: ArraySlice<UInt8>? {
        (try? certificate.extensions.subjectKeyIdentifier)?.keyIdentifier
    }

    private func issue(
        subject: DistinguishedName, publicKey: Certificate.PublicKey, now: Date, validity: TimeInterval,
        extensions: Certificate.Extensions
    ) throws -> Certificate {
        // A leaf never outlives its CA: clients would reject the chain at the CA's expiry anyway.
        let notValidAfter = min(now + validity, certificate.notValidAfter)
        return try Certificate(
            version: .v3,
            serialNumber: Certificate.SerialNumber(),
            publicKey: publicKey,
            notValidBefore: now - Self.clockSkewAllowance,
            notValidAfter: notValidAfter,
            issuer: certificate.subject,
            subject: subject,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: extensions,
            issuerPrivateKey: privateKey)
    }
}
