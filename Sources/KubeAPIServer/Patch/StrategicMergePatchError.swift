/// Why a strategic merge patch cannot be applied, with apimachinery's wording and the HTTP status kube-apiserver
/// gives it (`interpretStrategicMergePatchError`).
struct StrategicMergePatchError: Error, Hashable {
    /// How the API reports the error.
    enum Code: Hashable {
        /// 400 `BadRequest` with the message.
        case badRequest
        /// 422 `Invalid` with the generic "rejected our request" message (upstream hides the text).
        case invalid
    }

    /// How the API reports it.
    var code: Code
    /// apimachinery's message.
    var message: String

    /// `mergepatch.ErrBadJSONDoc`.
    static let badJSONDoc = StrategicMergePatchError(code: .badRequest, message: "invalid JSON document")
    /// `mergepatch.ErrNoListOfLists`.
    static let noListOfLists = StrategicMergePatchError(code: .invalid, message: "lists of lists are not supported")
    /// `mergepatch.ErrBadPatchFormatForPrimitiveList`.
    static let badPatchFormatForPrimitiveList = StrategicMergePatchError(
        code: .badRequest, message: "invalid patch format of primitive list")
    /// `mergepatch.ErrBadPatchFormatForRetainKeys`.
    static let badPatchFormatForRetainKeys = StrategicMergePatchError(
        code: .badRequest, message: "invalid patch format of retainKeys")
    /// `mergepatch.ErrBadPatchFormatForSetElementOrderList`.
    static let badPatchFormatForSetElementOrderList = StrategicMergePatchError(
        code: .badRequest, message: "invalid patch format of setElementOrder list")

    /// Any other apimachinery error (a missing merge key, an unknown `$patch` value, ...). Upstream lets these
    /// through as plain errors (500); they are the client's fault, so we answer 400 with the same text.
    static func other(_ message: String) -> StrategicMergePatchError {
        StrategicMergePatchError(code: .badRequest, message: message)
    }
}
