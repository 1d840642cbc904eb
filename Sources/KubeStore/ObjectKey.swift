/// Where one object lives in the store: its resource, namespace and name, as the API addresses it.
///
/// `resource` is the plural resource qualified by its group, exactly as upstream prints it in messages
/// (`pods`, `daemonsets.apps`, `nodes`), so error text can name it without a lookup table. Cluster-scoped
/// objects use the namespace "".
public struct ObjectKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The group-qualified plural resource, e.g. `daemonsets.apps`.
    public var resource: String
    /// The namespace, or "" for a cluster-scoped object.
    public var namespace: String
    /// `metadata.name`.
    public var name: String

    /// A key for `name` in `namespace` of `resource`.
    public init(resource: String, namespace: String, name: String) {
        self.resource = resource
        self.namespace = namespace
        self.name = name
    }

    /// A key for a cluster-scoped object (namespace "").
    public init(resource: String, name: String) {
        self.init(resource: resource, namespace: "", name: name)
    }

    /// Lists are ordered by resource, then namespace, then name, as etcd orders `/registry/<resource>/<ns>/<name>`
    /// keys within one resource; continue tokens resume in this order.
    public static func < (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
        if lhs.resource != rhs.resource { return lhs.resource < rhs.resource }
        if lhs.namespace != rhs.namespace { return lhs.namespace < rhs.namespace }
        return lhs.name < rhs.name
    }

    /// `resource/namespace/name` (or `resource/name` when cluster-scoped), for logs.
    public var description: String {
        namespace.isEmpty ? "\(resource)/\(name)" : "\(resource)/\(namespace)/\(name)"
    }
}
