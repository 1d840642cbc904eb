import Foundation

/// `metav1.ObjectMeta`: every field the real API writes.
public struct ObjectMeta: APIModel, Hashable {
    // The fields a controller reads for every object come first, so a pass over many objects touches few
    // cache lines; the JSON field order is the schema's, not this one.
    public var name: String = ""
    public var namespace: String = ""
    public var labels: [String: String] = [:]
    public var ownerReferences: [OwnerReference] = []
    /// Written as `null` when unset, as Go writes a zero `metav1.Time` (pod templates show it).
    public var creationTimestamp: Time?
    public var deletionTimestamp: Time?
    public var generateName: String = ""
    public var selfLink: String = ""
    public var uid: String = ""
    public var resourceVersion: String = ""
    public var generation: Int64 = 0
    public var deletionGracePeriodSeconds: Int64?
    public var annotations: [String: String] = [:]
    public var finalizers: [String] = []
    /// Typed so that each entry keeps Go's field order (opaque JSON would come back with sorted keys).
    public var managedFields: [ManagedFieldsEntry] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String, namespace: String = "", labels: [String: String] = [:]) {
        self.name = name
        self.namespace = namespace
        self.labels = labels
    }

    public static let schema = Schema<ObjectMeta>([
        .omitEmpty("name", \.name),
        .omitEmpty("generateName", \.generateName),
        .omitEmpty("namespace", \.namespace),
        .omitEmpty("selfLink", \.selfLink),
        .omitEmpty("uid", \.uid),
        .omitEmpty("resourceVersion", \.resourceVersion),
        .omitEmpty("generation", \.generation),
        .nullable("creationTimestamp", \.creationTimestamp),
        .optional("deletionTimestamp", \.deletionTimestamp),
        .optional("deletionGracePeriodSeconds", \.deletionGracePeriodSeconds),
        .omitEmpty("labels", \.labels, decoded: StringInterner.internKeys),
        .omitEmpty("annotations", \.annotations),
        .omitEmpty("ownerReferences", \.ownerReferences),
        .omitEmpty("finalizers", \.finalizers),
        .omitEmpty("managedFields", \.managedFields),
    ])

    /// The owner reference with `controller: true`, if any.
    public var controllerRef: OwnerReference? {
        ownerReferences.first { $0.controller == true }
    }
}

/// `metav1.OwnerReference`.
public struct OwnerReference: APIModel, Hashable {
    public var apiVersion: String = ""
    public var kind: String = ""
    public var name: String = ""
    public var uid: String = ""
    public var controller: Bool?
    public var blockOwnerDeletion: Bool?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(
        apiVersion: String, kind: String, name: String, uid: String, controller: Bool? = nil,
        blockOwnerDeletion: Bool? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.uid = uid
        self.controller = controller
        self.blockOwnerDeletion = blockOwnerDeletion
    }

    public static let schema = Schema<OwnerReference>([
        .field("apiVersion", \.apiVersion, decoded: StringInterner.intern),
        .field("kind", \.kind, decoded: StringInterner.intern),
        .field("name", \.name),
        .field("uid", \.uid, decoded: StringInterner.intern),
        .optional("controller", \.controller),
        .optional("blockOwnerDeletion", \.blockOwnerDeletion),
    ])
}

/// `metav1.ListMeta`.
public struct ListMeta: APIModel, Hashable {
    public var selfLink: String = ""
    public var resourceVersion: String = ""
    /// The opaque token for the next page (`limit`/`continue`).
    public var `continue`: String = ""
    public var remainingItemCount: Int64?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<ListMeta>([
        .omitEmpty("selfLink", \.selfLink),
        .omitEmpty("resourceVersion", \.resourceVersion),
        .omitEmpty("continue", \.continue),
        .optional("remainingItemCount", \.remainingItemCount),
    ])
}

/// `metav1.TypeMeta` as carried by every top-level object.
public protocol TypedObject: APIModel {
    /// The group/version this type is served under ("v1", "apps/v1").
    static var apiVersion: String { get }
    /// The kind ("Pod").
    static var kind: String { get }
    var apiVersion: String { get set }
    var kind: String { get set }
}

/// A top-level object with metadata: what stores, lists and watches carry.
public protocol KubeObject: TypedObject {
    var metadata: ObjectMeta { get set }
}

extension KubeObject {
    /// `namespace/name`, or `name` for cluster-scoped objects: the work-queue key.
    public var key: String {
        metadata.namespace.isEmpty ? metadata.name : metadata.namespace + "/" + metadata.name
    }
}
