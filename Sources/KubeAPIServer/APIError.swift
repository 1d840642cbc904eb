import KubeModel

/// The API server's one error type: every failure a request can meet, mapped to a Kubernetes `Status`
/// (code, reason, message, details) in exactly one place, `status`.
public struct APIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A `metav1.StatusReason` with its HTTP code; extend with `Code(reason:httpCode:)`.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public var reason: String
        public var httpCode: Int32

        public init(reason: String, httpCode: Int32) {
            self.reason = reason
            self.httpCode = httpCode
        }

        public var description: String { reason }

        public static let badRequest = Code(reason: "BadRequest", httpCode: 400)
        public static let unauthorized = Code(reason: "Unauthorized", httpCode: 401)
        public static let forbidden = Code(reason: "Forbidden", httpCode: 403)
        public static let notFound = Code(reason: "NotFound", httpCode: 404)
        public static let methodNotAllowed = Code(reason: "MethodNotAllowed", httpCode: 405)
        public static let notAcceptable = Code(reason: "NotAcceptable", httpCode: 406)
        public static let alreadyExists = Code(reason: "AlreadyExists", httpCode: 409)
        public static let conflict = Code(reason: "Conflict", httpCode: 409)
        public static let gone = Code(reason: "Expired", httpCode: 410)
        public static let requestEntityTooLarge = Code(reason: "RequestEntityTooLarge", httpCode: 413)
        public static let unsupportedMediaType = Code(reason: "UnsupportedMediaType", httpCode: 415)
        public static let invalid = Code(reason: "Invalid", httpCode: 422)
        public static let tooManyRequests = Code(reason: "TooManyRequests", httpCode: 429)
        public static let internalError = Code(reason: "InternalError", httpCode: 500)
        public static let serviceUnavailable = Code(reason: "ServiceUnavailable", httpCode: 503)
        public static let timeout = Code(reason: "Timeout", httpCode: 504)
    }

    public var code: Code
    public var message: String
    public var details: StatusDetails?

    public init(_ code: Code, _ message: String, details: StatusDetails? = nil) {
        self.code = code
        self.message = message
        self.details = details
    }

    public var description: String { message }

    /// The `Status` body the API returns for this error.
    public var status: Status {
        Status(code: code.httpCode, reason: code.reason, message: message, details: details)
    }

    /// `NotFound` worded as upstream: `pods "x" not found` (`daemonsets.apps "x" not found`).
    public static func notFound(group: String, resource: String, name: String) -> APIError {
        APIError(
            .notFound, "\(qualified(group, resource)) \"\(name)\" not found",
            details: StatusDetails(name: name, group: group, kind: resource))
    }

    /// `AlreadyExists` worded as upstream: `pods "x" already exists`.
    public static func alreadyExists(group: String, resource: String, name: String) -> APIError {
        APIError(
            .alreadyExists, "\(qualified(group, resource)) \"\(name)\" already exists",
            details: StatusDetails(name: name, group: group, kind: resource))
    }

    /// `Conflict` for a stale resourceVersion, worded as upstream.
    public static func conflict(group: String, resource: String, name: String) -> APIError {
        APIError(
            .conflict,
            "Operation cannot be fulfilled on \(qualified(group, resource)) \"\(name)\": the object has been modified; "
                + "please apply your changes to the latest version and try again",
            details: StatusDetails(name: name, group: group, kind: resource))
    }

    /// `Invalid` (422) worded as upstream: `DaemonSet.apps "x" is invalid: <cause>; <cause>` with causes.
    public static func invalid(kind: String, group: String, name: String, causes: [StatusCause]) -> APIError {
        let qualifiedKind = group.isEmpty ? kind : kind + "." + group
        let joined = causes.map { $0.field.isEmpty ? $0.message : "\($0.field): \($0.message)" }
        let summary = joined.count == 1 ? joined[0] : "[" + joined.joined(separator: ", ") + "]"
        return APIError(
            .invalid, "\(qualifiedKind) \"\(name)\" is invalid: \(summary)",
            details: StatusDetails(name: name, group: group, kind: kind, causes: causes))
    }

    private static func qualified(_ group: String, _ resource: String) -> String {
        group.isEmpty ? resource : resource + "." + group
    }
}
