import DaemonSetCore
import KubeClient
import KubeModel
import Logging
import KubeTestSupport
import Testing

@testable import DaemonSetController

/// Adoption of matching orphans and release of pods that stop matching, through the API.
struct ClaimTests {
    @Test func anOrphanWithMatchingLabelsIsAdoptedInsteadOfReplaced() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1"), Fixtures.node("n2")])
            let daemonSet = try await env.create(Fixtures.daemonSet("agent"))
            // Left behind by an earlier controller, on the current template: adopted and kept. (One without the
            // current hash would be adopted, then replaced by the rolling update.)
            let hash = try RevisionHistory.hash(of: daemonSet.spec.template, collisionCount: nil)
            _ = try await env.client.create(
                Fixtures.orphanPod("legacy", labels: ["app": "agent", DaemonSetKeys.controllerRevisionHash: hash], node: "n1"))
            try await env.withController { _ async throws in
                #expect(try await eventually {
                    let legacy = try await env.pods(of: "agent").first { $0.metadata.name == "legacy" }
                    return legacy?.metadata.controllerRef?.uid == daemonSet.metadata.uid
                })
                #expect(try await eventually {
                    let nodes = try await env.podNodes(of: "agent")
                    let updated = try await env.daemonSet("agent").status.updatedNumberScheduled
                    return nodes == ["n1", "n2"] && updated == 2
                })
            }
            let adopted = try await env.client.get(Pod.self, name: "legacy", namespace: Fixtures.namespace)
            #expect(adopted.metadata.ownerReferences.count == 1)
            #expect(adopted.metadata.controllerRef?.blockOwnerDeletion == true)
        }
    }

    @Test func aPodWhoseLabelsStopMatchingIsReleasedAndReplaced() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1")])
            try await env.create(Fixtures.daemonSet("agent"))
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n1"] })
                let pod = try #require(try await env.pods(of: "agent").first)
                _ = try await env.client.patch(
                    Pod.self, name: pod.metadata.name, namespace: Fixtures.namespace,
                    patch: .merge(["metadata": ["labels": ["app": "debugging"]]]))
                #expect(try await eventually {
                    let released = try await env.client.get(Pod.self, name: pod.metadata.name, namespace: Fixtures.namespace)
                    return released.metadata.ownerReferences.isEmpty
                })
                // The node has no daemon pod any more: a new one is made; the released pod is left alone.
                #expect(try await eventually {
                    let pods = try await env.pods(of: "agent")
                    return pods.count == 1 && pods[0].metadata.name != pod.metadata.name
                })
            }
            #expect(try await env.pods(of: "debugging").count == 1)
        }
    }

    @Test func nothingIsAdoptedWhenTheLiveDaemonSetIsNotTheCachedOne() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1")])
            let live = try await env.create(Fixtures.daemonSet("agent"))
            let orphan = try await env.client.create(Fixtures.orphanPod("legacy", labels: ["app": "agent"], node: "n1"))
            // The cache still holds a DaemonSet that was deleted and recreated under the same name.
            var cached = live
            cached.metadata.uid = "deleted-meanwhile"
            var logger = Logger(label: "test")
            logger.logLevel = .critical
            let controller = DaemonSetController(client: env.client, logger: logger)
            var plan = DaemonSetSyncPlan()
            plan.podClaims = [ObjectClaim(name: "legacy", uid: orphan.metadata.uid, decision: .adopt)]
            var execution = SyncExecution(controller: controller, daemonSet: cached, key: cached.key, plan: plan)
            await #expect(throws: DaemonSetControllerError.self) { try await execution.run() }
            let pod = try await env.client.get(Pod.self, name: "legacy", namespace: Fixtures.namespace)
            #expect(pod.metadata.ownerReferences.isEmpty)
        }
    }
}
