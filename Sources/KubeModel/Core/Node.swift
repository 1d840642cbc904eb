import Foundation

/// `v1.Node`: a worker machine, cluster-scoped.
public struct Node: KubeObject, Hashable {
    public static let apiVersion = "v1"
    public static let kind = "Node"
    public var apiVersion: String = Node.apiVersion
    public var kind: String = Node.kind
    public var metadata = ObjectMeta()
    public var spec = NodeSpec()
    public var status = NodeStatus()
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String, labels: [String: String] = [:]) {
        metadata = ObjectMeta(name: name, labels: labels)
    }

    public static let schema = Schema<Node>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
        .field("spec", \.spec),
        .field("status", \.status),
    ])

    /// The fields a field selector may name, with their values (upstream `NodeToSelectableFields`):
    /// `metadata.name` and `spec.unschedulable` ("true" or "false").
    public var selectableFields: [String: String] {
        [
            "metadata.name": metadata.name,
            "spec.unschedulable": spec.unschedulable ? "true" : "false",
        ]
    }

    /// The status condition of the given type (``NodeConditionType``), if reported.
    public func condition(_ type: String) -> NodeCondition? {
        status.condition(type)
    }
}
