import KubeModel

/// Which node updates concern DaemonSets (upstream `shouldIgnoreNodeUpdate`).
enum NodeUpdateFilter {
    /// Whether an update from `old` to `new` can be ignored: placement reads only labels and taints (and the
    /// name, which never changes). Heartbeats (conditions, `resourceVersion`), allocatable, images and
    /// addresses never reach the DaemonSets, so 10,000 nodes heartbeating cost no syncs.
    static func shouldIgnore(old: Node, new: Node) -> Bool {
        old.metadata.labels == new.metadata.labels && old.spec.taints == new.spec.taints
    }
}
