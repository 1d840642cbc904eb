import DaemonSetCore
import KubeModel

/// Objects the tests create.
enum Fixtures {
    /// The namespace every test DaemonSet lives in.
    static let namespace = "default"

    /// A node with `labels` and `taints`.
    static func node(_ name: String, labels: [String: String] = [:], taints: [Taint] = []) -> Node {
        var node = Node(name: name, labels: labels)
        node.spec.taints = taints
        return node
    }

    /// A RollingUpdate DaemonSet selecting `app=<name>`, one container running `image`.
    static func daemonSet(
        _ name: String, image: String = "registry.example/agent:v1", nodeSelector: [String: String] = [:],
        tolerations: [Toleration] = [], maxUnavailable: IntOrString = 1
    ) -> DaemonSet {
        var daemonSet = DaemonSet()
        daemonSet.metadata = ObjectMeta(name: name, namespace: namespace)
        let labels = ["app": name]
        daemonSet.spec.selector = LabelSelector(matchLabels: labels)
        daemonSet.spec.template.metadata.labels = labels
        daemonSet.spec.template.spec.containers = [Container(name: "agent", image: image)]
        daemonSet.spec.template.spec.nodeSelector = nodeSelector
        daemonSet.spec.template.spec.tolerations = tolerations
        // Pods go at once when deleted: there is no kubelet to wait for.
        daemonSet.spec.template.spec.terminationGracePeriodSeconds = 0
        daemonSet.spec.updateStrategy = DaemonSetUpdateStrategy(
            type: DaemonSetUpdateStrategy.rollingUpdate, rollingUpdate: RollingUpdateDaemonSet(maxUnavailable: maxUnavailable))
        return daemonSet
    }

    /// A pod with `labels` and no owner, pinned to `node` the way daemon pods are.
    static func orphanPod(_ name: String, labels: [String: String], node: String) -> Pod {
        var pod = Pod()
        pod.metadata = ObjectMeta(name: name, namespace: namespace, labels: labels)
        pod.spec.containers = [Container(name: "agent", image: "registry.example/agent:v1")]
        pod.spec.terminationGracePeriodSeconds = 0
        DaemonPodTemplate.pinToNode(&pod.spec, nodeName: node)
        return pod
    }
}
