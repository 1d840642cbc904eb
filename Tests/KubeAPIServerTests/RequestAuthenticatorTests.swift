import Foundation
import KubeAPIServer
import KubeTestSupport
import Logging
import SwiftASN1
import Synchronization
import Testing
import X509

@Suite struct RequestAuthenticatorTests {
    let admin = UserInfo(name: "daemonry-admin", groups: ["system:masters", "system:authenticated"])

    @Test func tokenAndCertificateOutcomes() async throws {
        try await withTemporaryDirectory { directory in
            let logger = Logger(label: "test")
            let pki = try ClusterPKI.loadOrCreate(.init(directory: directory + "/ours"), logger: logger)
            let foreign = try ClusterPKI.loadOrCreate(.init(directory: directory + "/theirs"), logger: logger)
            let authenticator = makeAuthenticator(pki)
            let adminDER = try der(pki.adminCertificate)
            let foreignDER = try der(foreign.adminCertificate)
            // A serving certificate is signed by our CA but is not for client authentication.
            let servingDER = try der(pki.servingCertificate)

            let nothing = await outcome(authenticator, nil, nil)
            #expect(nothing == .anonymous)
            let token = await outcome(authenticator, "Bearer \(pki.token)", nil)
            #expect(token == .user(admin))
            let lowercase = await outcome(authenticator, "bearer \(pki.token)", nil)
            #expect(lowercase == .user(admin), "the scheme is case-insensitive, as upstream")
            let wrongToken = await outcome(authenticator, "Bearer nope", nil)
            #expect(isFailure(wrongToken), "an unknown token fails, it is not anonymous")
            let basic = await outcome(authenticator, "Basic dXNlcjpwYXNz", nil)
            #expect(basic == .anonymous, "another scheme is no credentials")
            let padded = await outcome(authenticator, " \tBearer \(pki.token) extra ", nil)
            #expect(padded == .user(admin), "surrounding whitespace is trimmed and a third part ignored, as upstream")
            let emptyToken = await outcome(authenticator, "Bearer  \(pki.token)", nil)
            #expect(emptyToken == .anonymous, "two spaces leave an empty token: no credentials")
            let schemeOnly = await outcome(authenticator, "Bearer", nil)
            #expect(schemeOnly == .anonymous)

            let certificate = await outcome(authenticator, nil, adminDER)
            #expect(certificate == .user(admin))
            let certificateAndWrongToken = await outcome(authenticator, "Bearer nope", adminDER)
            #expect(certificateAndWrongToken == .user(admin), "a valid certificate authenticates despite a bad token")
            let foreignCertificate = await outcome(authenticator, nil, foreignDER)
            #expect(isFailure(foreignCertificate), "a certificate from another CA fails")
            let servingCertificate = await outcome(authenticator, nil, servingDER)
            #expect(isFailure(servingCertificate), "a serverAuth-only certificate fails")
        }
    }

    @Test func expiredCertificatesFailEvenAfterBeingCached() async throws {
        try await withTemporaryDirectory { directory in
            let pki = try ClusterPKI.loadOrCreate(.init(directory: directory), logger: Logger(label: "test"))
            let clock = TestClock(Date())
            let authenticator = makeAuthenticator(pki, now: { clock.now })
            let adminDER = try der(pki.adminCertificate)
            let fresh = await outcome(authenticator, nil, adminDER)
            #expect(fresh == .user(admin))
            clock.now = pki.adminCertificate.notValidAfter.addingTimeInterval(1)
            let expired = await outcome(authenticator, nil, adminDER)
            #expect(isFailure(expired))
        }
    }

    private func outcome(
        _ authenticator: RequestAuthenticator, _ header: String?, _ certificate: [UInt8]?
    ) async -> RequestAuthenticator.Outcome {
        await authenticator.authenticate(authorization: header, peerCertificate: { certificate })
    }

    private func isFailure(_ outcome: RequestAuthenticator.Outcome) -> Bool {
        if case .failed = outcome { return true }
        return false
    }

    private func makeAuthenticator(_ pki: ClusterPKI, now: @escaping @Sendable () -> Date = { Date() }) -> RequestAuthenticator {
        RequestAuthenticator(
            authority: pki.authority.certificate,
            configuration: .init(token: pki.token, tokenUser: UserInfo(name: "daemonry-admin", groups: ["system:masters"])),
            now: now)
    }

    private func der(_ certificate: Certificate) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serialize(certificate)
        return serializer.serializedBytes
    }
}

/// A settable clock for the authenticator's injected `now`.
final class TestClock: Sendable {
    private let value: Mutex<Date>
    init(_ date: Date) { value = Mutex(date) }
    var now: Date {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}
