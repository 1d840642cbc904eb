import Foundation

/// `metav1.Status`: how the API reports failures ("Failure", a `reason`, an HTTP `code`, `details.causes`).
public struct Status: TypedObject, Error, Hashable {
    public static let apiVersion = "v1"
    public static let kind = "Status"
    public var apiVersion: String = Status.apiVersion
    public var kind: String = Status.kind
    public var metadata = ListMeta()
    /// "Success" or "Failure".
    public var status: String = ""
    public var message: String = ""
    /// A `StatusReason` ("NotFound", "Invalid", "AlreadyExists", "Conflict", ...).
    public var reason: String = ""
    public var details: StatusDetails?
    public var code: Int32 = 0
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(code: Int32, reason: String, message: String, details: StatusDetails? = nil) {
        self.status = "Failure"
        self.code = code
        self.reason = reason
        self.message = message
        self.details = details
    }

    public static let schema = Schema<Status>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
        .omitEmpty("status", \.status),
        .omitEmpty("message", \.message),
        .omitEmpty("reason", \.reason),
        .optional("details", \.details),
        .omitEmpty("code", \.code),
    ])
}

/// `metav1.StatusDetails`.
public struct StatusDetails: APIModel, Hashable {
    public var name: String = ""
    public var group: String = ""
    public var kind: String = ""
    public var uid: String = ""
    public var causes: [StatusCause] = []
    public var retryAfterSeconds: Int32 = 0
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String = "", group: String = "", kind: String = "", causes: [StatusCause] = []) {
        self.name = name
        self.group = group
        self.kind = kind
        self.causes = causes
    }

    public static let schema = Schema<StatusDetails>([
        .omitEmpty("name", \.name),
        .omitEmpty("group", \.group),
        .omitEmpty("kind", \.kind),
        .omitEmpty("uid", \.uid),
        .omitEmpty("causes", \.causes),
        .omitEmpty("retryAfterSeconds", \.retryAfterSeconds),
    ])
}

/// `metav1.StatusCause`: one field-level problem ("FieldValueInvalid" at "spec.selector").
public struct StatusCause: APIModel, Hashable {
    public var reason: String = ""
    public var message: String = ""
    public var field: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(reason: String, message: String, field: String) {
        self.reason = reason
        self.message = message
        self.field = field
    }

    public static let schema = Schema<StatusCause>([
        .omitEmpty("reason", \.reason),
        .omitEmpty("message", \.message),
        .omitEmpty("field", \.field),
    ])
}
