import Hummingbird

/// Authenticates every request before routing, as upstream's filter chain does (so an unauthenticated
/// request to an unknown path gets 401, not 404), and stores the user in the context.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    /// Decides who the request comes from.
    let authenticator: RequestAuthenticator
    /// Literal paths a client without credentials may call (`APIRoutes.anonymousPaths`).
    let anonymousPaths: Set<String>

    func handle(
        _ request: Request, context: APIRequestContext,
        next: (Request, APIRequestContext) async throws -> Response
    ) async throws -> Response {
        let outcome = await authenticator.authenticate(
            authorization: request.headers[.authorization],
            peerCertificate: { await context.peerCertificateDER() })
        switch outcome {
        case .user(let user):
            var context = context
            context.user = user
            context.logger[metadataKey: "user"] = .string(user.name)
            return try await next(request, context)
        case .anonymous:
            guard anonymousPaths.contains(request.uri.path) else { throw APIError.unauthorized }
            return try await next(request, context)
        case .failed(let reason):
            // Upstream fails a request whose credentials are invalid even on public paths.
            context.logger.debug(
                "authentication failed", metadata: ["path": .string(request.uri.path), "reason": .string(reason)])
            throw APIError.unauthorized
        }
    }
}
