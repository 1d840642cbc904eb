import Foundation
import KubeModel

/// Upstream's `printNode`: Name, Status (`Ready`, `NotReady`, `Unknown`, plus `SchedulingDisabled`
/// when cordoned), Roles, Age, Version, and wide addresses and node info.
enum NodePrinter {
    static let columns = [
        TableColumnDefinition(name: "Name", type: "string", format: "name", description: SwaggerDoc.objectMetaName),
        TableColumnDefinition(name: "Status", type: "string", description: "The status of the node"),
        TableColumnDefinition(name: "Roles", type: "string", description: "The roles of the node"),
        TableColumnDefinition(name: "Age", type: "string", description: SwaggerDoc.objectMetaCreationTimestamp),
        TableColumnDefinition(name: "Version", type: "string", description: SwaggerDoc.nodeSystemInfoKubeletVersion),
        TableColumnDefinition(
            name: "Internal-IP", type: "string", description: SwaggerDoc.nodeStatusAddresses, priority: 1),
        TableColumnDefinition(
            name: "External-IP", type: "string", description: SwaggerDoc.nodeStatusAddresses, priority: 1),
        TableColumnDefinition(
            name: "OS-Image", type: "string", description: SwaggerDoc.nodeSystemInfoOSImage, priority: 1),
        TableColumnDefinition(
            name: "Kernel-Version", type: "string", description: SwaggerDoc.nodeSystemInfoKernelVersion, priority: 1),
        TableColumnDefinition(
            name: "Container-Runtime", type: "string", description: SwaggerDoc.nodeSystemInfoContainerRuntimeVersion,
            priority: 1),
    ]

    static let printer = TypedPrinter<Node>(columns: columns) { node, now in row(node, now: now) }

    /// The row of `node` at `now`.
    static func row(_ node: Node, now: Date) -> TableRow {
        let roles = roles(of: node)
        let info = node.status.nodeInfo
        return TableRow(cells: [
            .string(node.metadata.name),
            .string(status(of: node)),
            .string(roles.isEmpty ? "<none>" : roles.joined(separator: ",")),
            .string(HumanDuration.since(node.metadata.creationTimestamp?.date, now: now)),
            .string(info.kubeletVersion),
            .string(address(of: node, type: NodeAddressType.internalIP)),
            .string(address(of: node, type: NodeAddressType.externalIP)),
            .string(info.osImage.isEmpty ? "<unknown>" : info.osImage),
            .string(info.kernelVersion.isEmpty ? "<unknown>" : info.kernelVersion),
            .string(info.containerRuntimeVersion.isEmpty ? "<unknown>" : info.containerRuntimeVersion),
        ])
    }

    /// `Ready` or `NotReady` from the (last) Ready condition, `Unknown` without one, then
    /// `SchedulingDisabled` for a cordoned node, comma-joined.
    static func status(of node: Node) -> String {
        var parts: [String] = []
        if let ready = node.status.conditions.last(where: { $0.type == "Ready" }) {
            parts.append(ready.status == "True" ? "Ready" : "NotReady")
        } else {
            parts.append("Unknown")
        }
        if node.spec.unschedulable { parts.append("SchedulingDisabled") }
        return parts.joined(separator: ",")
    }

    /// The suffixes of `node-role.kubernetes.io/<role>` labels and the value of `kubernetes.io/role`,
    /// de-duplicated and sorted.
    static func roles(of node: Node) -> [String] {
        var roles = Set<String>()
        let prefix = "node-role.kubernetes.io/"
        for (key, value) in node.metadata.labels {
            if key.hasPrefix(prefix) {
                let role = String(key.dropFirst(prefix.count))
                if !role.isEmpty { roles.insert(role) }
            } else if key == "kubernetes.io/role", !value.isEmpty {
                roles.insert(value)
            }
        }
        return roles.sorted(by: GoText.precedes)
    }

    /// The first address of `type`, or `<none>`.
    private static func address(of node: Node, type: String) -> String {
        node.status.addresses.first { $0.type == type }?.address ?? "<none>"
    }
}
