import DaemonSetCore
import KubeClient
import KubeModel
import KubeTestSupport
import Testing

/// Which nodes get a daemon pod, and how the controller follows nodes and pods as they change.
struct PlacementTests {
    @Test func runsOnePodOnEveryNodeThatMatchesTheSelectorAndTolerations() async throws {
        try await TestEnvironment.run { env in
            try await env.create([
                Fixtures.node("plain-ssd", labels: ["disk": "ssd"]),
                Fixtures.node("infra-ssd", labels: ["disk": "ssd"], taints: [Taint(key: "dedicated", value: "infra", effect: "NoSchedule")]),
                Fixtures.node("hdd", labels: ["disk": "hdd"]),
                Fixtures.node("evicting-ssd", labels: ["disk": "ssd"], taints: [Taint(key: "broken", effect: "NoExecute")]),
            ])
            let tolerations = [Toleration(key: "dedicated", operator: "Equal", value: "infra", effect: "NoSchedule")]
            let created = try await env.create(Fixtures.daemonSet("agent", nodeSelector: ["disk": "ssd"], tolerations: tolerations))
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["infra-ssd", "plain-ssd"] })
                #expect(try await eventually {
                    let status = try await env.daemonSet("agent").status
                    return status.desiredNumberScheduled == 2 && status.numberReady == 2
                })
            }
            for pod in try await env.pods(of: "agent") {
                // Pinned by affinity for the scheduler (here the fake kubelet) to bind, owned by the DaemonSet.
                let node = try #require(DaemonPod.targetNodeName(of: pod))
                let terms = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms
                #expect(terms?.count == 1)
                #expect(terms?.first?.matchFields.first?.values == [node])
                #expect(pod.metadata.controllerRef?.uid == created.metadata.uid)
                #expect(pod.metadata.generateName == "agent-")
                #expect(pod.spec.tolerations.contains { $0.key == "node.kubernetes.io/not-ready" })
            }
        }
    }

    @Test func createsPodsPinnedByAffinityWithoutNodeName() async throws {
        try await TestEnvironment.run { env in
            env.kubelet.binding.mutate { $0 = false }
            try await env.create([Fixtures.node("n1"), Fixtures.node("n2")])
            try await env.create(Fixtures.daemonSet("agent"))
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n1", "n2"] })
                #expect(try await eventually {
                    // Unbound pods count as scheduled: status maps pods to nodes by the node their affinity names.
                    try await env.daemonSet("agent").status.currentNumberScheduled == 2
                })
            }
            // The scheduler binds daemon pods; the controller never sets nodeName.
            #expect(try await env.pods(of: "agent").allSatisfy { $0.spec.nodeName.isEmpty })
        }
    }

    @Test func aNewNodeGetsItsPod() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1")])
            try await env.create(Fixtures.daemonSet("agent"))
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n1"] })
                try await env.create([Fixtures.node("n2"), Fixtures.node("n3")])
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n1", "n2", "n3"] })
                #expect(try await eventually { try await env.daemonSet("agent").status.desiredNumberScheduled == 3 })
            }
        }
    }

    @Test func aNodeThatStopsMatchingLosesItsPod() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1", labels: ["role": "agent"]), Fixtures.node("n2", labels: ["role": "agent"])])
            try await env.create(Fixtures.daemonSet("agent", nodeSelector: ["role": "agent"]))
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n1", "n2"] })
                try await env.updateNode("n2") { $0.metadata.labels["role"] = "web" }
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n1"] })
                #expect(try await eventually {
                    let status = try await env.daemonSet("agent").status
                    return status.desiredNumberScheduled == 1 && status.currentNumberScheduled == 1
                })
            }
        }
    }

    @Test func aNoScheduleTaintKeepsTheRunningPodButANoExecuteTaintRemovesIt() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1"), Fixtures.node("n2")])
            try await env.create(Fixtures.daemonSet("agent"))
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n1", "n2"] })
                try await env.updateNode("n1") { $0.spec.taints = [Taint(key: "maintenance", effect: "NoSchedule")] }
                #expect(try await eventually {
                    // Not desired any more but allowed to stay: counted as misscheduled.
                    let status = try await env.daemonSet("agent").status
                    return status.desiredNumberScheduled == 1 && status.numberMisscheduled == 1
                })
                #expect(try await env.podNodes(of: "agent") == ["n1", "n2"])
                try await env.updateNode("n1") { $0.spec.taints = [Taint(key: "maintenance", effect: "NoExecute")] }
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n2"] })
            }
        }
    }

    @Test func aDeletedPodIsRecreated() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1"), Fixtures.node("n2")])
            try await env.create(Fixtures.daemonSet("agent"))
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n1", "n2"] })
                let victim = try #require(try await env.pods(of: "agent").first { DaemonPod.targetNodeName(of: $0) == "n1" })
                try await env.client.delete(Pod.self, name: victim.metadata.name, namespace: Fixtures.namespace)
                #expect(try await eventually {
                    let pods = try await env.pods(of: "agent")
                    return pods.count == 2 && !pods.contains { $0.metadata.name == victim.metadata.name }
                        && Set(pods.compactMap { DaemonPod.targetNodeName(of: $0) }) == ["n1", "n2"]
                })
            }
        }
    }

    @Test func anUnscheduledPodForADeletedNodeIsDeleted() async throws {
        try await TestEnvironment.run { env in
            // Nothing binds: the pods stay pinned by affinity only, which pod garbage collection never cleans.
            env.kubelet.binding.mutate { $0 = false }
            try await env.create([Fixtures.node("n1"), Fixtures.node("n2")])
            try await env.create(Fixtures.daemonSet("agent"))
            try await env.withController { _ async throws in
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n1", "n2"] })
                try await env.client.delete(Node.self, name: "n2")
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n1"] })
                #expect(try await eventually { try await env.daemonSet("agent").status.desiredNumberScheduled == 1 })
            }
        }
    }
}
