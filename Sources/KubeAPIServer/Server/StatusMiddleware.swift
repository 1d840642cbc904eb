import Hummingbird

/// The outermost middleware: whatever a handler or an inner middleware throws leaves the server as a
/// Kubernetes `Status` JSON body with the matching HTTP code, never as Hummingbird's plain error page.
struct StatusMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    func handle(
        _ request: Request, context: APIRequestContext,
        next: (Request, APIRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = APIError(converting: error)
            if apiError.code.httpCode >= 500 {
                context.logger.error(
                    "request failed",
                    metadata: ["path": .string(request.uri.path), "error": .string(String(describing: error))])
            }
            return .status(apiError)
        }
    }
}
