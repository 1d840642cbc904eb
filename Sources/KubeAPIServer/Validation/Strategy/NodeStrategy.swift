import KubeModel

/// `pkg/registry/core/node/strategy.go`: nodes may be created with status (the kubelet registers that way);
/// afterwards the main resource keeps status and `/status` keeps spec. Nodes do not track generation.
public enum NodeStrategy {
    /// Create: only the generic metadata rules.
    public static func prepareForCreate(_ node: inout Node) {
        ObjectMetaStrategy.prepareForCreate(&node.metadata)
    }

    /// Main-resource update: old status kept.
    public static func prepareForUpdate(_ node: inout Node, old: Node) {
        SpecStatusStrategy.prepareForUpdate(&node, old: old, tracksGeneration: false)
    }

    /// `/status` update: old spec kept.
    public static func prepareForStatusUpdate(_ node: inout Node, old: Node) {
        SpecStatusStrategy.prepareForStatusUpdate(&node, old: old)
    }
}
