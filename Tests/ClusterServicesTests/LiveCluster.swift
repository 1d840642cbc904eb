import Foundation
import KubeClient
import KubeModel
import KubeTestSupport
import Logging
import ServiceLifecycle

/// Test objects.
enum Make {
    /// A node with `cpu` cores, 16Gi memory, 110 pods, and the given labels, taints and cordon; created and
    /// given its status.
    @discardableResult
    static func node(
        _ client: KubeClient, _ name: String, labels: [String: String] = [:], cpu: String = "4",
        taints: [Taint] = [], unschedulable: Bool = false
    ) async throws -> Node {
        var node = Node(name: name, labels: labels)
        node.spec.taints = taints
        node.spec.unschedulable = unschedulable
        var created = try await client.create(node)
        let resources: ResourceList = ["cpu": try Quantity(parsing: cpu), "memory": "16Gi", "pods": "110"]
        created.status.capacity = resources
        created.status.allocatable = resources
        created.status.conditions = [NodeCondition(type: "Ready", status: "True", lastHeartbeatTime: Time(Date()))]
        node = try await client.updateStatus(created)
        return node
    }

    /// A pod spec with one container requesting `cpu` (none when nil).
    static func pod(
        _ name: String, cpu: String? = nil, hostPort: Int32 = 0, nodeName: String = "",
        configure: (inout PodSpec) -> Void = { _ in }
    ) -> Pod {
        var container = Container()
        container.name = "main"
        container.image = "registry.k8s.io/pause:3.10"
        if let cpu, let quantity = try? Quantity(parsing: cpu) { container.resources.requests = ["cpu": quantity] }
        if hostPort > 0 {
            var port = ContainerPort()
            port.containerPort = hostPort
            port.hostPort = hostPort
            container.ports = [port]
        }
        var pod = Pod(metadata: ObjectMeta(name: name, namespace: "default"))
        pod.spec.containers = [container]
        pod.spec.nodeName = nodeName
        configure(&pod.spec)
        return pod
    }

    /// Required node affinity naming `nodeName` in `matchFields`, as the DaemonSet controller writes it.
    static func nodeNameAffinity(_ nodeName: String) -> Affinity {
        var requirement = NodeSelectorRequirement()
        requirement.key = "metadata.name"
        requirement.operator = "In"
        requirement.values = [nodeName]
        var term = NodeSelectorTerm()
        term.matchFields = [requirement]
        var nodeAffinity = NodeAffinity()
        nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = NodeSelector(nodeSelectorTerms: [term])
        var affinity = Affinity()
        affinity.nodeAffinity = nodeAffinity
        return affinity
    }
}

/// The node `name` is bound to, once it is bound (polling the API).
func boundNode(_ client: KubeClient, _ name: String, namespace: String = "default") async throws -> String? {
    var node: String?
    _ = try await eventually(timeout: .seconds(8)) {
        node = try await client.get(Pod.self, name: name, namespace: namespace).spec.nodeName
        return node?.isEmpty == false
    }
    return node?.isEmpty == false ? node : nil
}
