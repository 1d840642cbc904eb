import KubeModel

/// The client's one error type: a configuration that cannot be used, a connection that failed, or a
/// response the API server refused (its `Status` kept whole).
///
/// `code` is the Kubernetes `StatusReason` for server answers (`NotFound`, `Conflict`, `Expired`...), so
/// callers test `error.code == .notFound` as client-go callers test `apierrors.IsNotFound(err)`.
public struct KubeClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is; extend with `Code(rawValue:)` (any `StatusReason` the server sends
    /// becomes a code of that name).
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The `StatusReason` for server answers, a client-side name otherwise.
        public var rawValue: String

        /// A code with this name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The name.
        public var description: String { rawValue }

        /// 400: the request was malformed.
        public static let badRequest = Code(rawValue: "BadRequest")
        /// 401: no valid credentials.
        public static let unauthorized = Code(rawValue: "Unauthorized")
        /// 403: the user may not do this.
        public static let forbidden = Code(rawValue: "Forbidden")
        /// 404: the object (or the resource) does not exist.
        public static let notFound = Code(rawValue: "NotFound")
        /// 405: the resource does not support the verb.
        public static let methodNotAllowed = Code(rawValue: "MethodNotAllowed")
        /// 406: no acceptable content type.
        public static let notAcceptable = Code(rawValue: "NotAcceptable")
        /// 409 on create: an object with this name exists.
        public static let alreadyExists = Code(rawValue: "AlreadyExists")
        /// 409 on write: the resourceVersion (or a precondition) is stale; get and retry.
        public static let conflict = Code(rawValue: "Conflict")
        /// 410: the resourceVersion is older than the server keeps; relist.
        public static let expired = Code(rawValue: "Expired")
        /// 410 without the `Expired` reason (older servers); treat as `expired`.
        public static let gone = Code(rawValue: "Gone")
        /// 413: the body is too large.
        public static let requestEntityTooLarge = Code(rawValue: "RequestEntityTooLarge")
        /// 415: the body's content type is not accepted (a wrong patch type).
        public static let unsupportedMediaType = Code(rawValue: "UnsupportedMediaType")
        /// 422: validation failed; `status.details.causes` name the fields.
        public static let invalid = Code(rawValue: "Invalid")
        /// 429: throttled (retried first when the server says when).
        public static let tooManyRequests = Code(rawValue: "TooManyRequests")
        /// 500: the server failed.
        public static let internalError = Code(rawValue: "InternalError")
        /// 503: the server cannot serve now.
        public static let serviceUnavailable = Code(rawValue: "ServiceUnavailable")
        /// 504: the server gave up waiting; the write may still happen.
        public static let timeout = Code(rawValue: "Timeout")
        /// A failure status with no reason and an unexpected HTTP code.
        public static let unknown = Code(rawValue: "Unknown")

        /// The kubeconfig or in-cluster configuration cannot be used (client side).
        public static let configuration = Code(rawValue: "Configuration")
        /// There is no configuration at all: no kubeconfig file and not running in a cluster.
        public static let emptyConfiguration = Code(rawValue: "EmptyConfiguration")
        /// The request never got an HTTP response: connection, TLS or timeout failure (client side).
        public static let transport = Code(rawValue: "Transport")
        /// A response or watch event could not be decoded (client side).
        public static let decoding = Code(rawValue: "Decoding")
    }

    /// What kind of failure this is.
    public var code: Code
    /// One line saying what went wrong: the server's message, or the client's.
    public var message: String
    /// The HTTP status code of the response, 0 when there was none.
    public var httpStatus: Int
    /// The `Status` the server sent (or one synthesized from a body that was not a `Status`, as client-go
    /// does), nil for client-side failures.
    public var status: Status?

    /// An error with the given parts.
    public init(_ code: Code, _ message: String, httpStatus: Int = 0, status: Status? = nil) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
        self.status = status
    }

    /// The message.
    public var description: String { message }

    /// Whether a reflector must relist: 410 `Expired` or `Gone` (client-go checks both,
    /// `IsResourceExpired || IsGone`).
    public var isExpired: Bool { code == .expired || code == .gone }
}
