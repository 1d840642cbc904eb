import Crypto
import Foundation
import KubeAPIServer
import KubeTestSupport
import Logging
import SwiftASN1
import Testing
import X509

@Suite struct ClusterPKITests {
    let logger = Logger(label: "test.pki")

    @Test func generatesEveryFileOwnerOnly() async throws {
        try await withTemporaryDirectory { directory in
            let pki = try ClusterPKI.loadOrCreate(.init(directory: directory + "/pki"), logger: logger)
            let paths = pki.paths
            // Certificates too: every file of the data directory is its owner's alone.
            for file in [paths.caKey, paths.servingKey, paths.adminKey, paths.token, paths.caCertificate,
                         paths.servingCertificate, paths.adminCertificate] {
                #expect(try permissions(file) == 0o600, "\(file)")
            }
            #expect(try permissions(directory + "/pki") == 0o700)
            #expect(pki.token.count == 64 && pki.token.allSatisfy(\.isHexDigit))
        }
    }

    @Test func certificatesHaveTheRequiredShape() async throws {
        try await withTemporaryDirectory { directory in
            let now = Date()
            let pki = try ClusterPKI.loadOrCreate(
                .init(directory: directory, extraServingHosts: ["10.1.2.3", "api.example"]), now: now, logger: logger)
            let ca = pki.authority.certificate
            #expect(ca.signatureAlgorithm == .ecdsaWithSHA256)
            #expect(P256.Signing.PublicKey(ca.publicKey) != nil)
            #expect(ca.notValidAfter.timeIntervalSince(now) > 9.9 * 365 * 24 * 3600)
            #expect(try ca.extensions.basicConstraints == .isCertificateAuthority(maxPathLength: nil))

            #expect(pki.authority.signed(pki.servingCertificate))
            let sans = try #require(try pki.servingCertificate.extensions.subjectAlternativeNames)
            #expect(Array(sans) == [
                .ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1])),
                .dnsName("localhost"),
                .ipAddress(ASN1OctetString(contentBytes: ArraySlice([UInt8](repeating: 0, count: 15) + [1]))),
                .ipAddress(ASN1OctetString(contentBytes: [10, 1, 2, 3])),
                .dnsName("api.example"),
            ])
            #expect(try pki.servingCertificate.extensions.extendedKeyUsage?.contains(.serverAuth) == true)

            #expect(pki.authority.signed(pki.adminCertificate))
            #expect(UserInfo(clientCertificate: pki.adminCertificate) == UserInfo(name: "daemonry-admin", groups: ["system:masters"]))
            #expect(try pki.adminCertificate.extensions.extendedKeyUsage?.contains(.clientAuth) == true)
        }
    }

    @Test func restartReusesEverything() async throws {
        try await withTemporaryDirectory { directory in
            let first = try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            let before = try contents(of: first.paths)
            let second = try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            #expect(second.authority.certificate == first.authority.certificate)
            #expect(second.servingCertificate == first.servingCertificate)
            #expect(second.adminCertificate == first.adminCertificate)
            #expect(second.token == first.token)
            #expect(try contents(of: second.paths) == before, "no file is rewritten")
        }
    }

    @Test func reissuesOnlyTheLeafThatNoLongerFits() async throws {
        try await withTemporaryDirectory { directory in
            let first = try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            // A new listen host: the serving certificate is re-issued by the same CA, nothing else changes.
            let widened = try ClusterPKI.loadOrCreate(
                .init(directory: directory, extraServingHosts: ["192.0.2.7"]), logger: logger)
            #expect(widened.authority.certificate == first.authority.certificate)
            #expect(widened.servingCertificate != first.servingCertificate)
            #expect(widened.adminCertificate == first.adminCertificate)
            // Eleven months later the one-year leaves are inside the 90-day renewal window; the CA is kept.
            let later = Date().addingTimeInterval(330 * 24 * 3600)
            let renewed = try ClusterPKI.loadOrCreate(
                .init(directory: directory, extraServingHosts: ["192.0.2.7"]), now: later, logger: logger)
            #expect(renewed.authority.certificate == first.authority.certificate)
            #expect(renewed.adminCertificate != first.adminCertificate)
            #expect(renewed.adminCertificate.notValidAfter > later.addingTimeInterval(300 * 24 * 3600))
            #expect(renewed.token == first.token)
        }
    }

    @Test func aMissingCARegeneratesTheLeavesToo() async throws {
        try await withTemporaryDirectory { directory in
            let first = try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            try FileManager.default.removeItem(atPath: first.paths.caCertificate)
            try FileManager.default.removeItem(atPath: first.paths.caKey)
            let second = try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            #expect(second.authority.certificate != first.authority.certificate)
            #expect(second.authority.signed(second.servingCertificate) && second.authority.signed(second.adminCertificate))
        }
    }

    @Test(arguments: [
        ("ca.crt", "garbage\n", ClusterPKIError.Code.corrupt),
        ("ca.key", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", .corrupt),
        ("apiserver.crt", "", .corrupt),
        ("token", "two words\n", .corrupt),
    ])
    func corruptFilesAreOneLineErrors(file: String, text: String, code: ClusterPKIError.Code) async throws {
        try await withTemporaryDirectory { directory in
            _ = try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + file))
            let error = try #require(throws: ClusterPKIError.self) {
                try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            }
            #expect(error.code == code)
            #expect(error.path == directory + "/" + file)
            #expect(!error.description.contains("\n"))
            #expect(error.description.hasPrefix(directory + "/" + file + ": "))
        }
    }

    @Test func aKeyWithoutItsCertificateIsIncomplete() async throws {
        try await withTemporaryDirectory { directory in
            let pki = try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            try FileManager.default.removeItem(atPath: pki.paths.caCertificate)
            let error = try #require(throws: ClusterPKIError.self) {
                try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            }
            #expect(error.code == .incomplete && error.path == pki.paths.caKey)
        }
    }

    @Test func aSwappedKeyIsAMismatch() async throws {
        try await withTemporaryDirectory { directory in
            let pki = try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            try FileManager.default.removeItem(atPath: pki.paths.adminKey)
            try FileManager.default.copyItem(atPath: pki.paths.servingKey, toPath: pki.paths.adminKey)
            let error = try #require(throws: ClusterPKIError.self) {
                try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            }
            #expect(error.code == .keyMismatch && error.path == pki.paths.adminKey)
        }
    }

    @Test func anUnreadableFileIsReported() async throws {
        try await withTemporaryDirectory { directory in
            let pki = try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            try FileManager.default.removeItem(atPath: pki.paths.token)
            try FileManager.default.createDirectory(atPath: pki.paths.token, withIntermediateDirectories: false)
            let error = try #require(throws: ClusterPKIError.self) {
                try ClusterPKI.loadOrCreate(.init(directory: directory), logger: logger)
            }
            #expect(error.code == .unreadable && error.path == pki.paths.token)
        }
    }

    private func contents(of paths: ClusterPKI.Paths) throws -> [Data] {
        try [paths.caCertificate, paths.caKey, paths.servingCertificate, paths.servingKey, paths.adminCertificate,
             paths.adminKey, paths.token].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    }
}
