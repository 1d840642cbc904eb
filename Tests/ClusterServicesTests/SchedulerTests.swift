import Foundation
import KubeClient
import KubeModel
import KubeTestSupport
import Logging
import ServiceLifecycle
import Testing

@testable import ClusterServices

/// The scheduler against the real embedded API server.
@Suite(.timeLimit(.minutes(1)))
struct SchedulerTests {
    static let scheduler: @Sendable (KubeClient) -> [any Service] = { client in
        var logger = Logger(label: "test.scheduler")
        logger.logLevel = .warning
        var configuration = SchedulerConfiguration()
        configuration.workers = 4
        return [Scheduler(client: client, configuration: configuration, logger: logger)]
    }

    @Test func aNodeSelectorPicksTheMatchingNode() async throws {
        try await withLiveCluster(services: Self.scheduler) { client in
            try await Make.node(client, "plain")
            try await Make.node(client, "ssd", labels: ["disk": "ssd"])
            _ = try await client.create(Make.pod("web") { $0.nodeSelector = ["disk": "ssd"] })
            #expect(try await boundNode(client, "web") == "ssd")
        }
    }

    @Test func aDaemonPodNamingItsNodeInMatchFieldsGoesThere() async throws {
        try await withLiveCluster(services: Self.scheduler) { client in
            for name in ["n-0", "n-1", "n-2"] { try await Make.node(client, name) }
            _ = try await client.create(Make.pod("daemon") { $0.affinity = Make.nodeNameAffinity("n-1") })
            #expect(try await boundNode(client, "daemon") == "n-1")
        }
    }

    @Test func aTaintedNodeTakesOnlyPodsThatTolerateIt() async throws {
        try await withLiveCluster(services: Self.scheduler) { client in
            try await Make.node(client, "tainted", taints: [Taint(key: "dedicated", value: "gpu", effect: "NoSchedule")])
            try await Make.node(client, "open")
            _ = try await client.create(Make.pod("plain"))
            #expect(try await boundNode(client, "plain") == "open")
            _ = try await client.create(
                Make.pod("tolerant") {
                    $0.affinity = Make.nodeNameAffinity("tainted")
                    $0.tolerations = [Toleration(key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule")]
                })
            #expect(try await boundNode(client, "tolerant") == "tainted")
        }
    }

    @Test func aPodThatFitsNowhereIsMarkedUnschedulableWithUpstreamsMessageAndBindsOnceANodeAppears() async throws {
        try await withLiveCluster(services: Self.scheduler) { client in
            try await Make.node(client, "a", labels: ["zone": "x"], cpu: "1")
            try await Make.node(client, "b", labels: ["zone": "y"], cpu: "1")
            try await Make.node(
                client, "c", labels: ["zone": "x"], cpu: "1", taints: [Taint(key: "k", value: "v", effect: "NoExecute")])
            _ = try await client.create(Make.pod("existing", cpu: "600m", nodeName: "a"))
            _ = try await client.create(Make.pod("pending", cpu: "500m") { $0.nodeSelector = ["zone": "x"] })
            let expected =
                "0/3 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match Pod's node affinity/selector, "
                + "1 node(s) had untolerated taint(s). preemption: 0/3 nodes are available: 1 No preemption victims "
                + "found for incoming pod, 2 Preemption is not helpful for scheduling."
            var condition: PodCondition?
            let marked = try await eventually(timeout: .seconds(8)) {
                let pod = try await client.get(Pod.self, name: "pending", namespace: "default")
                condition = pod.status.conditions.first { $0.type == "PodScheduled" }
                return condition?.status == "False"
            }
            #expect(marked)
            #expect(condition?.reason == "Unschedulable")
            #expect(condition?.message == expected)
            var events: [Event] = []
            let recorded = try await eventually(timeout: .seconds(8)) {
                events = try await client.list(Event.self, namespace: "default").items.filter {
                    $0.involvedObject.name == "pending" && $0.reason == "FailedScheduling"
                }
                return !events.isEmpty
            }
            #expect(recorded)
            #expect(events.first?.type == "Warning")
            #expect(events.first?.message == expected)

            try await Make.node(client, "d", labels: ["zone": "x"], cpu: "1")
            #expect(try await boundNode(client, "pending") == "d")
        }
    }

    @Test func podsCreatedTogetherSpreadEvenlyBecauseJustBoundPodsAreCounted() async throws {
        try await withLiveCluster(services: Self.scheduler) { client in
            for name in ["a", "b", "c"] { try await Make.node(client, name) }
            for index in 0..<6 { _ = try await client.create(Make.pod("spread-\(index)", cpu: "1")) }
            var perNode: [String: Int] = [:]
            let bound = try await eventually(timeout: .seconds(8)) {
                let pods = try await client.list(Pod.self, namespace: "default").items
                perNode = Dictionary(grouping: pods.map(\.spec.nodeName), by: { $0 }).mapValues(\.count)
                return perNode[""] == nil && pods.count == 6
            }
            #expect(bound)
            #expect(perNode == ["a": 2, "b": 2, "c": 2])
        }
    }

    @Test func aCordonedNodeIsSkippedUnlessThePodToleratesIt() async throws {
        try await withLiveCluster(services: Self.scheduler) { client in
            try await Make.node(client, "cordoned", unschedulable: true)
            try await Make.node(client, "open")
            _ = try await client.create(Make.pod("plain"))
            #expect(try await boundNode(client, "plain") == "open")
            _ = try await client.create(
                Make.pod("daemon") {
                    $0.affinity = Make.nodeNameAffinity("cordoned")
                    $0.tolerations = [Toleration(key: TaintKeys.nodeUnschedulable, operator: "Exists", effect: "NoSchedule")]
                })
            #expect(try await boundNode(client, "daemon") == "cordoned")
        }
    }

    @Test func aTakenHostPortSendsThePodElsewhere() async throws {
        try await withLiveCluster(services: Self.scheduler) { client in
            try await Make.node(client, "a")
            try await Make.node(client, "b")
            _ = try await client.create(Make.pod("first", hostPort: 8080, nodeName: "a"))
            _ = try await client.create(Make.pod("second", hostPort: 8080))
            #expect(try await boundNode(client, "second") == "b")
            _ = try await client.create(Make.pod("third", hostPort: 8080))
            let pending = try await eventually(timeout: .seconds(8)) {
                try await client.get(Pod.self, name: "third", namespace: "default").status.conditions.contains {
                    $0.type == "PodScheduled" && $0.status == "False"
                        && $0.message.hasPrefix("0/2 nodes are available: 2 node(s) didn't have free ports")
                }
            }
            #expect(pending)
        }
    }

    /// Pods of another scheduler are its business: never bound, never marked.
    @Test func aPodForAnotherSchedulerIsLeftAlone() async throws {
        try await withLiveCluster(services: Self.scheduler) { client in
            try await Make.node(client, "a")
            _ = try await client.create(Make.pod("theirs") { $0.schedulerName = "my-scheduler" })
            _ = try await client.create(Make.pod("ours"))
            #expect(try await boundNode(client, "ours") == "a")
            try await Task.sleep(for: .milliseconds(300))
            let theirs = try await client.get(Pod.self, name: "theirs", namespace: "default")
            #expect(theirs.spec.nodeName.isEmpty)
            #expect(!theirs.status.conditions.contains { $0.type == "PodScheduled" })
        }
    }

    /// A pod that did not fit is tried again when a bound pod goes away and frees the room, as upstream's
    /// queue moves unschedulable pods back on a pod delete.
    @Test func anUnschedulablePodBindsOnceABoundPodIsDeleted() async throws {
        try await withLiveCluster(services: Self.scheduler) { client in
            try await Make.node(client, "a", cpu: "1")
            _ = try await client.create(Make.pod("big", cpu: "800m", nodeName: "a"))
            _ = try await client.create(Make.pod("waiting", cpu: "500m"))
            let unschedulable = try await eventually(timeout: .seconds(8)) {
                try await client.get(Pod.self, name: "waiting", namespace: "default").status.conditions.contains {
                    $0.type == "PodScheduled" && $0.reason == "Unschedulable" && $0.message.hasPrefix("0/1 nodes are available: 1 Insufficient cpu")
                }
            }
            #expect(unschedulable)
            var options = DeleteOptions()
            options.gracePeriodSeconds = 0
            try await client.delete(Pod.self, name: "big", namespace: "default", options: options)
            #expect(try await boundNode(client, "waiting") == "a")
        }
    }
}
