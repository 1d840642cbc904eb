import KubeModel

/// Upstream's `field.Error` constructors (`field.Required`, `field.Invalid`, ...) producing `StatusCause`s whose
/// `reason` is the `field.ErrorType` and whose `message` is `ErrorBody()`, worded exactly as upstream, so
/// `APIError.invalid` can join them into the same 422 text kube-apiserver returns.
extension StatusCause {
    /// `field.Required`: `Required value` with an optional detail.
    public static func required(_ path: FieldPath, _ detail: String = "") -> StatusCause {
        StatusCause(reason: "FieldValueRequired", message: body("Required value", detail), field: path.description)
    }

    /// `field.Invalid`: `Invalid value: <value>` with a detail.
    public static func invalid(_ path: FieldPath, _ value: GoValue, _ detail: String) -> StatusCause {
        StatusCause(
            reason: "FieldValueInvalid", message: body("Invalid value: " + value.text, detail),
            field: path.description)
    }

    /// `field.NotSupported`: `Unsupported value: <value>: supported values: "a", "b"`.
    public static func notSupported(_ path: FieldPath, _ value: GoValue, _ supported: [String]) -> StatusCause {
        let detail = supported.isEmpty ? "" : "supported values: " + supported.map(GoText.quote).joined(separator: ", ")
        return StatusCause(
            reason: "FieldValueNotSupported", message: body("Unsupported value: " + value.text, detail),
            field: path.description)
    }

    /// `field.Forbidden`: `Forbidden` with a detail.
    public static func forbidden(_ path: FieldPath, _ detail: String) -> StatusCause {
        StatusCause(reason: "FieldValueForbidden", message: body("Forbidden", detail), field: path.description)
    }

    /// `field.Duplicate`: `Duplicate value: <value>`, with an optional detail as upstream sets on taints.
    public static func duplicate(_ path: FieldPath, _ value: GoValue, _ detail: String = "") -> StatusCause {
        StatusCause(
            reason: "FieldValueDuplicate", message: body("Duplicate value: " + value.text, detail),
            field: path.description)
    }

    /// `field.TooLong`: `Too long: must have at most <n> bytes` (the value is never printed).
    public static func tooLong(_ path: FieldPath, maxLength: Int) -> StatusCause {
        StatusCause(
            reason: "FieldValueTooLong", message: "Too long: must have at most \(maxLength) bytes",
            field: path.description)
    }

    /// `field.NotFound`: `Not found: <value>`.
    public static func notFound(_ path: FieldPath, _ value: GoValue) -> StatusCause {
        StatusCause(reason: "FieldValueNotFound", message: "Not found: " + value.text, field: path.description)
    }

    private static func body(_ head: String, _ detail: String) -> String {
        detail.isEmpty ? head : head + ": " + detail
    }
}
