import DaemonSetCore
import Foundation
import KubeModel

/// Cluster states for the core benchmark, built by running the core itself.
struct CoreScenarios {
    let fresh: DaemonSetSyncInput
    let steady: DaemonSetSyncInput
    let midRollout: DaemonSetSyncInput

    init(nodeCount: Int) {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        var daemonSet = DaemonSet()
        daemonSet.metadata.name = "node-exporter"
        daemonSet.metadata.namespace = "monitoring"
        daemonSet.metadata.uid = "6f1c3c1e-0000-4000-8000-000000000001"
        daemonSet.metadata.generation = 1
        // As the API server writes it on create; the pods then carry pod-template-generation too.
        daemonSet.metadata.annotations[DaemonSetKeys.templateGenerationAnnotation] = "1"
        let labels = ["app.kubernetes.io/name": "node-exporter"]
        daemonSet.spec.selector = LabelSelector(matchLabels: labels)
        daemonSet.spec.template.metadata.labels = labels
        var container = Container()
        container.name = "node-exporter"
        container.image = "quay.io/prometheus/node-exporter:v1.8.2"
        container.resources.requests = ["cpu": "100m", "memory": "64Mi"]
        daemonSet.spec.template.spec.containers = [container]
        daemonSet.spec.template.spec.hostNetwork = true
        daemonSet.spec.updateStrategy = DaemonSetUpdateStrategy(
            type: DaemonSetUpdateStrategy.rollingUpdate,
            rollingUpdate: RollingUpdateDaemonSet(maxUnavailable: "10%", maxSurge: 0))
        daemonSet.spec.revisionHistoryLimit = 10

        var nodes: [Node] = []
        nodes.reserveCapacity(nodeCount)
        for index in 0..<nodeCount {
            var node = Node()
            node.metadata.name = "node-\(index)"
            node.metadata.labels = [
                "kubernetes.io/hostname": "node-\(index)", "kubernetes.io/os": "linux",
                "topology.kubernetes.io/zone": "zone-\(index % 3)",
            ]
            nodes.append(node)
        }
        // One node snapshot for every scenario, as the controller shares it across syncs.
        fresh = DaemonSetSyncInput(daemonSet: daemonSet, nodes: NodeSnapshot(nodes), now: now)

        // Converge: create every pod, bind and ready it, and store the status.
        var input = fresh
        input.configuration.burstReplicas = nodeCount
        var plan = DaemonSetSync.plan(input)
        var revisions = plan.revisionToCreate.map { [$0] } ?? []
        var pods = plan.podsToCreate.enumerated().map { Self.running($1, serial: $0, now: now) }
        // Through JSON and back, as an informer holds them: no string or buffer shared between pods.
        pods = pods.map { (try? Pod.decode(json: $0.jsonData())) ?? $0 }
        input.revisions = revisions
        input.pods = pods
        if let status = plan.status { input.daemonSet.status = status }
        plan = DaemonSetSync.plan(input)
        if let status = plan.status { input.daemonSet.status = status }
        input.configuration = DaemonSetSyncConfiguration()
        steady = input

        // Roll a new image over 10% of the nodes.
        var rolling = input
        rolling.daemonSet.spec.template.spec.containers[0].image = "quay.io/prometheus/node-exporter:v1.9.0"
        rolling.daemonSet.metadata.generation = 2
        rolling.daemonSet.metadata.annotations[DaemonSetKeys.templateGenerationAnnotation] = "2"
        let rollPlan = DaemonSetSync.plan(rolling)
        revisions += rollPlan.revisionToCreate.map { [$0] } ?? []
        let newHash = rollPlan.hash
        for index in 0..<(nodeCount / 10) {
            pods[index].metadata.labels[DaemonSetKeys.controllerRevisionHash] = newHash
            pods[index].metadata.labels[DaemonSetKeys.podTemplateGeneration] = "2"
            pods[index].spec.containers[0].image = "quay.io/prometheus/node-exporter:v1.9.0"
        }
        rolling.revisions = revisions
        rolling.pods = pods
        midRollout = rolling
    }

    /// A created pod as the scheduler and kubelet would leave it: bound, Running, Ready.
    static func running(_ creation: PodCreation, serial: Int, now: Date) -> Pod {
        var pod = creation.pod
        pod.metadata.name = pod.metadata.generateName + String(serial, radix: 36)
        pod.metadata.uid = UUID().uuidString.lowercased()
        pod.metadata.creationTimestamp = Time(now)
        pod.spec.nodeName = creation.nodeName
        pod.status.phase = "Running"
        // The conditions a kubelet (and the node simulator) writes, in its order.
        pod.status.conditions = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"]
            .map { PodCondition(type: $0, status: "True", lastTransitionTime: Time(now)) }
        return pod
    }
}
