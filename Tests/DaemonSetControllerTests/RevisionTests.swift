import DaemonSetCore
import KubeClient
import KubeModel
import KubeTestSupport
import Testing

/// ControllerRevision history through the API: snapshots, collisions, dedup, cleanup.
struct RevisionTests {
    @Test func eachTemplateGetsARevisionAndOldOnesGoPastTheHistoryLimit() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1")])
            let daemonSet = try await env.create(Fixtures.daemonSet("agent"))
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.revisions(of: "agent").count == 1 })
                let first = try #require(try await env.revisions(of: "agent").first)
                let hash = try #require(first.metadata.labels[DaemonSetKeys.controllerRevisionHash])
                #expect(first.metadata.name == "agent-" + hash)
                #expect(first.revision == 1)
                #expect(first.metadata.controllerRef?.uid == daemonSet.metadata.uid)
                #expect(try await eventually {
                    try await env.pods(of: "agent").map { $0.metadata.labels[DaemonSetKeys.controllerRevisionHash] } == [hash]
                })

                try await env.updateDaemonSet("agent") { $0.spec.template.spec.containers[0].image = "registry.example/agent:v2" }
                #expect(try await eventually { try await env.revisions(of: "agent").map(\.revision) == [1, 2] })
                // Rolled out: no pod uses revision 1, so a history limit of 0 removes it.
                #expect(try await eventually {
                    let pods = try await env.pods(of: "agent")
                    return pods.count == 1 && pods[0].spec.containers[0].image == "registry.example/agent:v2"
                })
                try await env.updateDaemonSet("agent") { $0.spec.revisionHistoryLimit = 0 }
                #expect(try await eventually { try await env.revisions(of: "agent").map(\.revision) == [2] })
            }
        }
    }

    @Test func aHashCollisionRaisesTheCollisionCountAndTheRolloutGoesOn() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1")])
            let daemonSet = try await env.create(Fixtures.daemonSet("agent"))
            // Another template already holds the name the current template hashes to.
            let hash = try RevisionHistory.hash(of: daemonSet.spec.template, collisionCount: nil)
            var squatter = ControllerRevision()
            squatter.metadata = ObjectMeta(name: "agent-" + hash, namespace: Fixtures.namespace, labels: ["app": "agent"])
            squatter.metadata.labels[DaemonSetKeys.controllerRevisionHash] = hash
            squatter.metadata.ownerReferences = [ControllerRef.of(daemonSet)]
            squatter.data = ["spec": ["template": ["$patch": "replace", "metadata": ["labels": ["app": "agent"]]]]]
            squatter.revision = 1
            _ = try await env.client.create(squatter)
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.daemonSet("agent").status.collisionCount == 1 })
                let newHash = try RevisionHistory.hash(of: daemonSet.spec.template, collisionCount: 1)
                #expect(try await eventually {
                    let pods = try await env.pods(of: "agent")
                    return pods.count == 1 && pods[0].metadata.labels[DaemonSetKeys.controllerRevisionHash] == newHash
                })
                let names = try await env.revisions(of: "agent").map(\.metadata.name)
                #expect(names == ["agent-" + hash, "agent-" + newHash])
                #expect(try await env.daemonSet("agent").status.collisionCount == 1)
            }
        }
    }

    @Test func duplicateCurrentRevisionsAreMergedIntoTheNewestAndPodsRelabelled() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1"), Fixtures.node("n2")])
            let daemonSet = try await env.create(Fixtures.daemonSet("agent"))
            let original = try await env.withController { _ async throws in
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n1", "n2"] })
                return try #require(try await env.revisions(of: "agent").first)
            }
            // A second revision with the same template and a higher number, as a racing controller could leave.
            var duplicate = original
            duplicate.metadata = ObjectMeta(name: "agent-duplicate", namespace: Fixtures.namespace, labels: ["app": "agent"])
            duplicate.metadata.labels[DaemonSetKeys.controllerRevisionHash] = "duplicate"
            duplicate.metadata.ownerReferences = [ControllerRef.of(daemonSet)]
            duplicate.revision = 2
            _ = try await env.client.create(duplicate)
            let podNames = Set(try await env.pods(of: "agent").map(\.metadata.name))
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.revisions(of: "agent").map(\.metadata.name) == ["agent-duplicate"] })
                #expect(try await eventually {
                    try await env.pods(of: "agent").allSatisfy { $0.metadata.labels[DaemonSetKeys.controllerRevisionHash] == "duplicate" }
                })
            }
            // Relabelled in place, not replaced.
            #expect(Set(try await env.pods(of: "agent").map(\.metadata.name)) == podNames)
        }
    }
}
