import Foundation

/// `metav1.DeleteOptions`.
public struct DeleteOptions: TypedObject, Hashable {
    public static let apiVersion = "v1"
    public static let kind = "DeleteOptions"
    public var apiVersion: String = ""
    public var kind: String = ""
    public var gracePeriodSeconds: Int64?
    public var preconditions: Preconditions?
    public var orphanDependents: Bool?
    /// "Orphan", "Background" or "Foreground".
    public var propagationPolicy: String?
    public var dryRun: [String] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<DeleteOptions>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .optional("gracePeriodSeconds", \.gracePeriodSeconds),
        .optional("preconditions", \.preconditions),
        .optional("orphanDependents", \.orphanDependents),
        .optional("propagationPolicy", \.propagationPolicy),
        .omitEmpty("dryRun", \.dryRun),
    ])
}

/// `metav1.Preconditions`: the uid / resourceVersion a delete or update must still see.
public struct Preconditions: APIModel, Hashable {
    public var uid: String?
    public var resourceVersion: String?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(uid: String? = nil, resourceVersion: String? = nil) {
        self.uid = uid
        self.resourceVersion = resourceVersion
    }

    public static let schema = Schema<Preconditions>([
        .optional("uid", \.uid),
        .optional("resourceVersion", \.resourceVersion),
    ])
}
