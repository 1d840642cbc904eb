import DaemonSetCore
import Foundation
import KubeClient
import KubeModel
import KubeTestSupport

/// Stands in for the scheduler and the kubelets until they exist: binds each unscheduled pod to the node its
/// daemon affinity names (POST `pods/binding`), reports bound pods Running and Ready through the status
/// subresource (while `readiness` allows it), and finishes graceful deletions. It polls, as a stand-in may;
/// tests never assert on its timing, only on the states it leads to.
final class FakeKubelet: Sendable {
    let client: KubeClient
    /// Whether bound pods are reported Ready; a test freezes it to hold a rollout mid-way.
    let readiness = Locked(true)
    /// Whether unscheduled pods are bound; a test turns it off to see pods as the controller creates them.
    let binding = Locked(true)

    init(client: KubeClient) {
        self.client = client
    }

    /// Works until cancelled.
    func run() async {
        while !Task.isCancelled {
            await step()
            try? await Task.sleep(for: .milliseconds(10))
        }
    }

    private func step() async {
        guard let pods = try? await client.list(Pod.self).items,
            let nodes = try? await client.list(Node.self).items
        else { return }
        let nodeNames = Set(nodes.map(\.metadata.name))
        let ready = readiness.value
        let binds = binding.value
        for pod in pods {
            if pod.metadata.deletionTimestamp != nil {
                var options = DeleteOptions()
                options.gracePeriodSeconds = 0
                _ = try? await client.delete(Pod.self, name: pod.metadata.name, namespace: pod.metadata.namespace, options: options)
            } else if pod.spec.nodeName.isEmpty {
                guard binds, let target = DaemonPod.targetNodeName(of: pod), nodeNames.contains(target) else { continue }
                let binding: JSONValue = [
                    "apiVersion": "v1", "kind": "Binding", "metadata": ["name": .string(pod.metadata.name)],
                    "target": ["kind": "Node", "name": .string(target)],
                ]
                _ = try? await client.create(
                    Pod.self, name: pod.metadata.name, namespace: pod.metadata.namespace, subresource: "binding",
                    body: binding.canonicalBytes)
            } else if ready && !pod.isReady && !pod.isTerminal {
                var running = pod
                running.status.phase = "Running"
                running.status.conditions.removeAll { $0.type == "Ready" }
                running.status.conditions.append(PodCondition(type: "Ready", status: "True", lastTransitionTime: Time(Date())))
                _ = try? await client.updateStatus(running)
            }
        }
    }
}
