/// A resource request path below a group version (`/api/v1`, `/apis/apps/v1`), split into its parts:
/// `[namespaces/NS/]RESOURCE[/NAME[/SUBRESOURCE]]`.
public struct ResourcePath: Sendable, Hashable {
    /// The namespace segment, nil for cluster-scoped paths and all-namespaces lists.
    public var namespace: String?
    /// The resource (`pods`).
    public var resource: String
    /// The object's name, nil for the collection.
    public var name: String?
    /// The subresource (`status`), nil for the object itself.
    public var subresource: String?

    /// A path from its parts.
    public init(namespace: String? = nil, resource: String, name: String? = nil, subresource: String? = nil) {
        self.namespace = namespace
        self.resource = resource
        self.name = name
        self.subresource = subresource
    }

    /// Splits the segments after the group version. `namespaces/X/Y` is the namespaced resource `Y` when the
    /// group version serves one (`isNamespacedResource`), else subresource `Y` of namespace `X`, as upstream
    /// resolves the same ambiguity. Nil for anything else.
    public init?(segments: [Substring], isNamespacedResource: (String) -> Bool) {
        let parts = segments.map(String.init)
        guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else { return nil }
        if parts[0] == "namespaces", parts.count >= 3, isNamespacedResource(parts[2]) {
            guard parts.count <= 5 else { return nil }
            self.init(
                namespace: parts[1], resource: parts[2], name: parts.count > 3 ? parts[3] : nil,
                subresource: parts.count > 4 ? parts[4] : nil)
            return
        }
        guard parts.count <= 3 else { return nil }
        self.init(resource: parts[0], name: parts.count > 1 ? parts[1] : nil, subresource: parts.count > 2 ? parts[2] : nil)
    }
}
