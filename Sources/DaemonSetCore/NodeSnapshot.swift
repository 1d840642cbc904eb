import KubeModel

/// The node list with its name index, built once and shared by every DaemonSet sync while the nodes are
/// unchanged (the controller rebuilds it only when a node is added, removed or relabelled), so a sync does
/// not rehash 10,000 node names.
public struct NodeSnapshot: Sendable {
    public let nodes: [Node]
    let names: [String]
    let index: [String: Int]

    public init(_ nodes: [Node]) {
        self.nodes = nodes
        var names: [String] = []
        var index: [String: Int] = [:]
        names.reserveCapacity(nodes.count)
        index.reserveCapacity(nodes.count)
        nodes.withUnsafeBufferPointer { nodes in
            for position in nodes.indices {
                let name = nodes[position].metadata.name
                names.append(name)
                index[name] = position
            }
        }
        self.names = names
        self.index = index
    }

    public var count: Int { nodes.count }
}
