import Hummingbird
import KubeModel

extension APIError {
    /// 401 for a request without valid credentials, as upstream's `Unauthorized` handler words it.
    public static let unauthorized = APIError(.unauthorized, "Unauthorized")

    /// 404 for a path no route serves, as upstream's not-found handler (with an empty `details`).
    public static let pathNotFound = APIError(
        .notFound, "the server could not find the requested resource", details: StatusDetails())

    /// Any error a handler or Hummingbird threw, as an `APIError`: itself if it is one, the matching
    /// `Status` reason for an HTTP error, else a 500 `InternalError` worded as upstream.
    public init(converting error: any Error) {
        switch error {
        case let error as APIError:
            self = error
        case let error as HTTPError where error.status == .notFound:
            self = .pathNotFound
        case let error as any HTTPResponseError:
            let code = Int32(error.status.code)
            let known = [
                Code.badRequest, .unauthorized, .forbidden, .notFound, .methodNotAllowed, .notAcceptable, .conflict,
                .requestEntityTooLarge, .unsupportedMediaType, .invalid, .tooManyRequests, .internalError,
                .serviceUnavailable, .timeout,
            ].first { $0.httpCode == code }
            let message = (error as? HTTPError)?.body ?? error.status.reasonPhrase
            self = APIError(known ?? Code(reason: "", httpCode: code), message)
        default:
            self = APIError(.internalError, "Internal error occurred: \(error)")
        }
    }
}
