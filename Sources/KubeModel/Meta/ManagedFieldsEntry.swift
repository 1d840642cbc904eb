import Foundation

/// `metav1.ManagedFieldsEntry`: which manager owns which fields (server-side apply bookkeeping).
///
/// Typed so that its members are written in Go's order (manager, operation, apiVersion, time, ...), as
/// kube-apiserver writes them; `fieldsV1` itself stays opaque JSON.
public struct ManagedFieldsEntry: APIModel, Hashable {
    public var manager: String = ""
    /// "Apply" or "Update".
    public var operation: String = ""
    public var apiVersion: String = ""
    public var time: Time?
    /// Always "FieldsV1".
    public var fieldsType: String = ""
    public var fieldsV1: JSONValue?
    /// "" for the main resource, "status" or "scale" for subresources.
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
