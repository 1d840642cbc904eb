import KubeModel

/// `SetDefaults_NodeStatus`: a node reporting capacity but no allocatable resources can allocate all of it.
public enum NodeDefaults {
    /// Defaults a node in place.
    public static func apply(_ node: inout Node) {
        if node.status.allocatable.isEmpty && !node.status.capacity.isEmpty {
            node.status.allocatable = node.status.capacity
        }
    }
}
