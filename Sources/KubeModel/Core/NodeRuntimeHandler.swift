import Foundation

/// `v1.NodeRuntimeHandler`: a container runtime handler the node offers ("" is the default handler).
public struct NodeRuntimeHandler: APIModel, Hashable {
    /// Always written, even when empty (the default handler).
    public var name: String = ""
    public var features: NodeRuntimeHandlerFeatures?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<NodeRuntimeHandler>([
        .field("name", \.name),
        .optional("features", \.features),
    ])
}

/// `v1.NodeRuntimeHandlerFeatures`: what one runtime handler supports.
public struct NodeRuntimeHandlerFeatures: APIModel, Hashable {
    public var recursiveReadOnlyMounts: Bool?
    public var userNamespaces: Bool?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<NodeRuntimeHandlerFeatures>([
        .optional("recursiveReadOnlyMounts", \.recursiveReadOnlyMounts),
        .optional("userNamespaces", \.userNamespaces),
    ])
}

/// `v1.NodeFeatures`: what the node's CRI implementation supports, independent of handlers.
public struct NodeFeatures: APIModel, Hashable {
    public var supplementalGroupsPolicy: Bool?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<NodeFeatures>([
        .optional("supplementalGroupsPolicy", \.supplementalGroupsPolicy)
    ])
}
