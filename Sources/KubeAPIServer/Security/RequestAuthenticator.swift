import Foundation
import Synchronization
import X509

/// Decides who a request comes from, with upstream's two authenticators that a single-machine cluster
/// needs: x509 client certificates chained to the cluster CA, and a static bearer token.
///
/// Outcomes follow upstream's union authenticator wrapped in its anonymous fallback:
/// - a valid token or a valid client certificate authenticates (either suffices, whatever the other);
/// - credentials that were presented but are all invalid (an unknown token, a certificate from
///   another CA or expired) fail, and the request gets 401 even on public paths;
/// - no credentials at all is anonymous, which only the public paths accept.
///
/// Certificate verification (a signature check and chain building) is cached per certificate, since
/// a client sends the same certificate on every request of every connection.
public final class RequestAuthenticator: Sendable {
    /// The result of authenticating one request.
    public enum Outcome: Sendable, Hashable {
        /// Authenticated as this user (`system:authenticated` included).
        case user(UserInfo)
        /// No credentials were presented.
        case anonymous
        /// Credentials were presented and rejected; the reason is for logs, never for the client.
        case failed(String)
    }

    /// Limits of the verification cache; defaults sized for a handful of clients.
    public struct Configuration: Sendable {
        /// Distinct client certificates remembered; the cache is emptied when full (cheap to refill).
        public var cacheLimit = 1024
        /// A static `Authorization: Bearer` token, nil to accept none.
        public var token: String?
        /// Who the token authenticates as.
        public var tokenUser: UserInfo

        /// A configuration accepting `token` as `tokenUser`.
        public init(token: String?, tokenUser: UserInfo) {
            self.token = token
            self.tokenUser = tokenUser
        }
    }

    private struct CachedIdentity {
        var user: UserInfo
        var notValidBefore: Date
        var notValidAfter: Date
    }

    private let authority: Certificate
    private let configuration: Configuration
    private let tokenBytes: [UInt8]?
    private let now: @Sendable () -> Date
    private let cache = Mutex<[[UInt8]: CachedIdentity]>([:])

    /// An authenticator trusting client certificates signed by `authority`; `now` is injected for tests.
    public init(
        authority: Certificate, configuration: Configuration, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.authority = authority
        self.configuration = configuration
        self.tokenBytes = configuration.token.map { Array($0.utf8) }
        self.now = now
    }

    /// Authenticates a request from its `Authorization` header and its TLS peer certificate; the
    /// certificate is only fetched (an event-loop hop) when the token did not already authenticate.
    public func authenticate(
        authorization: String?, peerCertificate: () async -> [UInt8]?
    ) async -> Outcome {
        var failures: [String] = []
        switch bearerToken(authorization) {
        case nil:
            break
        case let token?:
            if let tokenBytes, constantTimeEqual(Array(token.utf8), tokenBytes) {
                return .user(configuration.tokenUser.authenticated())
            }
            failures.append("invalid bearer token")
        }
        if let der = await peerCertificate() {
            switch await verify(der) {
            case .success(let user?): return .user(user)
            case .success(nil): break
            case .failure(let reason): failures.append(reason)
            }
        }
        return failures.isEmpty ? .anonymous : .failed(failures.joined(separator: "; "))
    }

    /// The token of an `Authorization: Bearer <token>` header, parsed as upstream's bearertoken
    /// authenticator: other schemes and empty tokens are no credentials, not invalid ones.
    func bearerToken(_ header: String?) -> String? {
        guard let header else { return nil }
        // Upstream: strings.SplitN(strings.TrimSpace(header), " ", 3); the token is the second part.
        let trimmed = Substring(header).trimmingHTTPWhitespace
        guard let space = trimmed.utf8.firstIndex(of: UInt8(ascii: " ")),
            trimmed[..<space].lowercased() == "bearer"
        else { return nil }
        let rest = trimmed[trimmed.utf8.index(after: space)...]
        let token = rest.utf8.firstIndex(of: UInt8(ascii: " ")).map { rest[..<$0] } ?? rest
        return token.isEmpty ? nil : String(token)
    }

    private enum Verification {
        /// Verified; nil when the certificate is valid but names no user (empty CN), which upstream
        /// treats as no certificate at all.
        case success(UserInfo?)
        case failure(String)
    }

    private func verify(_ der: [UInt8]) async -> Verification {
        let time = now()
        if let cached = cache.withLock({ $0[der] }), time >= cached.notValidBefore, time < cached.notValidAfter {
            return .success(cached.user)
        }
        let leaf: Certificate
        do {
            leaf = try Certificate(derEncoded: der)
        } catch {
            return .failure("unparseable client certificate")
        }
        var verifier = Verifier(rootCertificates: CertificateStore([authority])) {
            RFC5280Policy(validationTime: time)
        }
        guard case .validCertificate = await verifier.validate(leaf: leaf, intermediates: CertificateStore()) else {
            return .failure("client certificate \(leaf.subject) is not valid now or not signed by the cluster CA")
        }
        // Go's x509 verification (upstream's) requires clientAuth only when the certificate restricts usage.
        if let usages = try? leaf.extensions.extendedKeyUsage,
            !usages.contains(.clientAuth), !usages.contains(.any)
        {
            return .failure("client certificate \(leaf.subject) is not for client authentication")
        }
        let identity = UserInfo(clientCertificate: leaf)
        guard !identity.name.isEmpty else { return .success(nil) }
        let user = identity.authenticated()
        let entry = CachedIdentity(user: user, notValidBefore: leaf.notValidBefore, notValidAfter: leaf.notValidAfter)
        let limit = configuration.cacheLimit
        cache.withLock { cache in
            if cache.count >= limit { cache.removeAll(keepingCapacity: true) }
            cache[der] = entry
        }
        return .success(user)
    }

    /// Compares without an early exit, so response timing does not reveal how much of a token matched.
    private func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices { difference |= lhs[index] ^ rhs[index] }
        return difference == 0
    }
}
