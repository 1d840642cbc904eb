import Foundation

/// `v1.ObjectReference`: enough to find an object (and optionally a part of it, `fieldPath`).
public struct ObjectReference: APIModel, Hashable {
    public var kind: String = ""
    public var namespace: String = ""
    public var name: String = ""
    public var uid: String = ""
    public var apiVersion: String = ""
    public var resourceVersion: String = ""
    /// A part of the object, such as "spec.containers{nginx}".
    public var fieldPath: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(
        kind: String, namespace: String = "", name: String, uid: String = "", apiVersion: String = "",
        resourceVersion: String = "", fieldPath: String = ""
    ) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
        self.uid = uid
        self.apiVersion = apiVersion
        self.resourceVersion = resourceVersion
        self.fieldPath = fieldPath
    }

    /// A reference to `object`, as client-go's `reference.GetReference` builds it for events.
    public init(to object: some KubeObject, fieldPath: String = "") {
        let kind = object.kind.isEmpty ? type(of: object).kind : object.kind
        let apiVersion = object.apiVersion.isEmpty ? type(of: object).apiVersion : object.apiVersion
        self.init(
            kind: kind, namespace: object.metadata.namespace, name: object.metadata.name,
            uid: object.metadata.uid, apiVersion: apiVersion,
            resourceVersion: object.metadata.resourceVersion, fieldPath: fieldPath)
    }

    public static let schema = Schema<ObjectReference>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("namespace", \.namespace),
        .omitEmpty("name", \.name),
        .omitEmpty("uid", \.uid),
        .omitEmpty("apiVersion", \.apiVersion),
        .omitEmpty("resourceVersion", \.resourceVersion),
        .omitEmpty("fieldPath", \.fieldPath),
    ])
}
