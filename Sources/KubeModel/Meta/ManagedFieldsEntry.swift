import Foundation

/// `metav1.ManagedFieldsEntry`: one field manager's claim, written in Go's field order.
///
/// `fieldsV1` stays the bytes it was written with (`FieldsV1`). The server writes its members with sorted keys, the order the
/// structured-merge-diff serializer produces for every set a real object holds ("." first, then
/// `f:` names, `k:` keys or `v:` values sorted).
public struct ManagedFieldsEntry: APIModel, Hashable {
    public var manager: String = ""
    /// "Apply" or "Update".
    public var operation: String = ""
    public var apiVersion: String = ""
    public var time: Time?
    /// Always "FieldsV1" today.
    public var fieldsType: String = ""
    public var fieldsV1: FieldsV1?
    /// "status", "scale", ... or empty for the main resource.
    public var subresource: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ManagedFieldsEntry>([
        .omitEmpty("manager", \.manager),
        .omitEmpty("operation", \.operation),
        .omitEmpty("apiVersion", \.apiVersion),
        .optional("time", \.time),
        .omitEmpty("fieldsType", \.fieldsType),
        .optional("fieldsV1", \.fieldsV1),
        .omitEmpty("subresource", \.subresource),
    ])
}
