import KubeModel

/// The nodes the simulator creates.
public enum SimulatedNodeTemplate {
    /// The zones nodes are spread over, round robin.
    public static let zones = ["zone-a", "zone-b", "zone-c"]

    /// Node `prefix-index`: the well-known hostname, os, arch and zone labels, and `annotations` (by default
    /// the one the default management takes).
    public static func node(
        prefix: String, index: Int, annotations: [String: String] = [SimulationAnnotation.managed: "true"]
    ) -> Node {
        let name = "\(prefix)-\(index)"
        var node = Node(
            name: name,
            labels: [
                "kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
                "topology.kubernetes.io/zone": zones[index % zones.count],
            ])
        node.metadata.annotations = annotations
        return node
    }
}
