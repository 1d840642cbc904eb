import Foundation

/// `v1.Namespace`: a scope for names, cluster-scoped.
public struct Namespace: KubeObject, Hashable {
    public static let apiVersion = "v1"
    public static let kind = "Namespace"
    public var apiVersion: String = Namespace.apiVersion
    public var kind: String = Namespace.kind
    public var metadata = ObjectMeta()
    public var spec = NamespaceSpec()
    public var status = NamespaceStatus()
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String, labels: [String: String] = [:]) {
        metadata = ObjectMeta(name: name, labels: labels)
    }

    public static let schema = Schema<Namespace>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
        .field("spec", \.spec),
        .field("status", \.status),
    ])

    /// The fields a field selector may name (upstream `NamespaceToSelectableFields`): `metadata.name`,
    /// `status.phase`, and a bare `name` that upstream keeps for backward compatibility.
    public var selectableFields: [String: String] {
        [
            "metadata.name": metadata.name,
            "name": metadata.name,
            "status.phase": status.phase,
        ]
    }
}

/// `v1.NamespaceSpec`: the finalizers that must be gone before the namespace is removed.
public struct NamespaceSpec: APIModel, Hashable {
    /// "kubernetes" is the built-in one, removed once the namespace's content is deleted.
    public var finalizers: [String] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<NamespaceSpec>([
        .omitEmpty("finalizers", \.finalizers)
    ])
}

/// `v1.NamespaceStatus`: the lifecycle phase and the namespace controller's conditions.
public struct NamespaceStatus: APIModel, Hashable {
    /// One of ``NamespacePhase``'s values.
    public var phase: String = ""
    public var conditions: [NamespaceCondition] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<NamespaceStatus>([
        .omitEmpty("phase", \.phase),
        .omitEmpty("conditions", \.conditions),
    ])
}

/// `v1.NamespaceCondition`: why a terminating namespace is not gone yet.
public struct NamespaceCondition: APIModel, Hashable {
    /// "NamespaceContentRemaining", "NamespaceFinalizersRemaining", "NamespaceDeletionDiscoveryFailure", ...
    public var type: String = ""
    /// One of ``ConditionStatus``'s values.
    public var status: String = ""
    /// Go writes a zero `metav1.Time` as `null`.
    public var lastTransitionTime: Time?
    public var reason: String = ""
    public var message: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<NamespaceCondition>([
        .field("type", \.type),
        .field("status", \.status),
        .nullable("lastTransitionTime", \.lastTransitionTime),
        .omitEmpty("reason", \.reason),
        .omitEmpty("message", \.message),
    ])
}

/// The values of `NamespaceStatus.phase` (upstream `v1.NamespacePhase`).
public enum NamespacePhase {
    /// The namespace accepts new objects.
    public static let active = "Active"
    /// The namespace is being deleted: new objects are refused.
    public static let terminating = "Terminating"
}
