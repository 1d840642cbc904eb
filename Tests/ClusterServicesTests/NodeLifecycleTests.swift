import Foundation
import KubeClient
import KubeModel
import KubeTestSupport
import Logging
import ServiceLifecycle
import Testing

@testable import ClusterServices

/// The node lifecycle controller and pod GC against the real embedded API server; the tests play the
/// kubelet by writing node status and Leases themselves.
@Suite(.timeLimit(.minutes(1)))
struct NodeLifecycleTests {
    static func controller(grace: Duration) -> @Sendable (KubeClient) -> [any Service] {
        { client in
            var logger = Logger(label: "test.node-lifecycle")
            logger.logLevel = .warning
            var configuration = NodeLifecycleConfiguration()
            configuration.nodeMonitorGracePeriod = grace
            return [NodeLifecycleController(client: client, configuration: configuration, logger: logger)]
        }
    }

    /// A controller with the default configuration on `clock`, kept in `made` for the test to look into.
    static func controller(
        on clock: ManualClock, keepingIn made: Locked<NodeLifecycleController?>
    ) -> @Sendable (KubeClient) -> [any Service] {
        { client in
            var logger = Logger(label: "test.node-lifecycle")
            logger.logLevel = .warning
            let controller = NodeLifecycleController(client: client, clock: clock, logger: logger)
            made.mutate { $0 = controller }
            return [controller]
        }
    }

    static func renewLease(_ client: KubeClient, _ node: String) async throws {
        var lease = Lease(name: node, namespace: "kube-node-lease")
        lease.spec.holderIdentity = node
        lease.spec.leaseDurationSeconds = 40
        lease.spec.renewTime = MicroTime(Date())
        do {
            var existing = try await client.get(Lease.self, name: node, namespace: "kube-node-lease")
            existing.spec.renewTime = lease.spec.renewTime
            _ = try await client.update(existing)
        } catch {
            guard let error = error as? KubeClientError, error.code == .notFound else { throw error }
            _ = try await client.create(lease)
        }
    }

    static func setReady(_ client: KubeClient, _ name: String, _ status: String) async throws {
        try await retryOnConflict {
            var node = try await client.get(Node.self, name: name)
            node.status.conditions = [
                NodeCondition(type: "Ready", status: status, lastHeartbeatTime: Time(Date()), lastTransitionTime: Time(Date()))
            ]
            _ = try await client.updateStatus(node)
        }
    }

    static func taints(_ client: KubeClient, _ name: String) async throws -> Set<String> {
        Set(try await client.get(Node.self, name: name).spec.taints.map { "\($0.key):\($0.effect)" })
    }

    /// On the injected clock, so that the other node's renewal is seen in time however loaded the machine:
    /// with no node Ready, the NoExecute taint would be withheld (master disruption mode).
    @Test func aNodeWhoseLeaseExpiresTurnsUnknownAndUnreachableThenRecovers() async throws {
        let clock = ManualClock()
        let controller = Locked<NodeLifecycleController?>(nil)
        try await withLiveCluster(services: Self.controller(on: clock, keepingIn: controller)) { client in
            try await Make.node(client, "n")
            try await Make.node(client, "healthy")
            try await Self.renewLease(client, "n")
            try await Self.renewLease(client, "healthy")
            let seen = await eventually {
                guard let seen = controller.value else { return false }
                return seen.leases.store.get("kube-node-lease/n") != nil && seen.leases.store.get("kube-node-lease/healthy") != nil
                    && clock.deadlines.contains(.seconds(40))
            }
            #expect(seen)
            clock.advance(by: .seconds(30))
            // Only healthy renews again; the controller must see it before the clock moves on.
            let before = try await client.get(Lease.self, name: "healthy", namespace: "kube-node-lease").spec.renewTime
            try await Task.sleep(for: .milliseconds(5))
            try await Self.renewLease(client, "healthy")
            let renewed = await eventually {
                controller.value?.leases.store.get("kube-node-lease/healthy")?.spec.renewTime != before
            }
            #expect(renewed)
            clock.advance(by: .seconds(10))
            let unreachable: Set = ["node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute"]
            #expect(try await eventually(timeout: .seconds(8)) { try await Self.taints(client, "n") == unreachable })
            #expect(try await client.get(Node.self, name: "healthy").condition("Ready")?.status == "True")
            let node = try await client.get(Node.self, name: "n")
            let ready = node.condition("Ready")
            #expect(ready?.status == "Unknown")
            #expect(ready?.reason == "NodeStatusUnknown")
            #expect(ready?.message == "Kubelet stopped posting node status.")
            #expect(node.condition("MemoryPressure")?.reason == "NodeStatusNeverUpdated")
            #expect(node.spec.taints.first { $0.effect == "NoExecute" }?.timeAdded != nil)

            try await Self.renewLease(client, "n")
            try await Self.setReady(client, "n", "True")
            #expect(try await eventually(timeout: .seconds(8)) { try await Self.taints(client, "n").isEmpty })
        }
    }

    @Test func theDefaultFortySecondGracePeriodRunsOnTheInjectedClock() async throws {
        let clock = ManualClock()
        let controller = Locked<NodeLifecycleController?>(nil)
        let services = Self.controller(on: clock, keepingIn: controller)
        try await withLiveCluster(services: services) { client in
            try await Make.node(client, "n")
            try await Self.renewLease(client, "n")
            // Both heartbeats were seen at offset 0, and the node's next check is planned at 40 s.
            let planned = await eventually {
                guard let seen = controller.value else { return false }
                return seen.leases.store.get("kube-node-lease/n") != nil
                    && seen.nodes.store.get("n")?.condition("Ready")?.lastHeartbeatTime != nil
                    && clock.deadlines.contains(.seconds(40))
            }
            #expect(planned)
            clock.advance(by: .seconds(39))
            #expect(try await Self.taints(client, "n").isEmpty)
            #expect(try await client.get(Node.self, name: "n").condition("Ready")?.status == "True")
            clock.advance(by: .seconds(1))
            let unreachable = try await eventually(timeout: .seconds(8)) {
                try await client.get(Node.self, name: "n").condition("Ready")?.status == "Unknown"
            }
            #expect(unreachable)
        }
    }

    /// A node whose kubelet never posted a Ready condition gets upstream's `nodeStartupGracePeriod`, 60 s,
    /// before it is marked Unknown ("Kubelet never posted node status.").
    @Test func aNodeThatNeverReportedGetsTheSixtySecondStartupGracePeriod() async throws {
        let clock = ManualClock()
        let controller = Locked<NodeLifecycleController?>(nil)
        let services = Self.controller(on: clock, keepingIn: controller)
        try await withLiveCluster(services: services) { client in
            _ = try await client.create(Node(name: "silent"))
            let planned = await eventually {
                controller.value?.nodes.store.get("silent") != nil && clock.deadlines.contains(.seconds(60))
            }
            #expect(planned, "\(clock.deadlines)")
            clock.advance(by: .seconds(45))
            try await Task.sleep(for: .milliseconds(200))
            #expect(try await client.get(Node.self, name: "silent").condition("Ready") == nil)
            clock.advance(by: .seconds(15))
            let unknown = try await eventually(timeout: .seconds(8)) {
                let ready = try await client.get(Node.self, name: "silent").condition("Ready")
                return ready?.status == "Unknown" && ready?.reason == "NodeStatusNeverUpdated"
            }
            #expect(unknown)
        }
    }

    /// The race `markUnknown` guards against, forced: the controller decided on the heartbeat it last saw, then
    /// the kubelet posted a newer one before the write. The node stays Ready (and so untainted); only when the
    /// heartbeat is still the one the decision saw is it marked Unknown.
    @Test(arguments: [false, true])
    func aHeartbeatPostedAfterTheDecisionKeepsTheNodeReady(heartbeatChanged: Bool) async throws {
        try await withLiveCluster { client in
            var logger = Logger(label: "test.node-lifecycle")
            logger.logLevel = .warning
            let controller = NodeLifecycleController(client: client, logger: logger)
            try await Make.node(client, "n")
            let silent = Time(Date(timeIntervalSince1970: 1_700_000_000))
            try await retryOnConflict {
                var node = try await client.get(Node.self, name: "n")
                node.status.conditions = [NodeCondition(type: "Ready", status: "True", lastHeartbeatTime: silent)]
                _ = try await client.updateStatus(node)
            }
            if heartbeatChanged {
                // The kubelet's status write that lands between the decision and the controller's read.
                try await Self.setReady(client, "n", "True")
            }

            let written = try await controller.markUnknown("n", silentSince: silent)

            let stored = try await client.get(Node.self, name: "n")
            #expect(stored == written)
            if heartbeatChanged {
                #expect(stored.condition("Ready")?.status == "True")
                #expect(stored.condition("Ready")?.lastHeartbeatTime != silent)
                #expect(NodeHealth.reconciledTaints(written, now: Date()) == nil)
            } else {
                #expect(stored.condition("Ready")?.status == "Unknown")
                #expect(stored.condition("Ready")?.reason == "NodeStatusUnknown")
                let taints = NodeHealth.reconciledTaints(written, now: Date()).map { Set($0.map { "\($0.key):\($0.effect)" }) }
                #expect(taints == ["node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute"])
            }
            #expect(stored.spec.taints.isEmpty)
        }
    }

    @Test func aNotReadyNodeIsTaintedNotReadyAndACordonedOneUnschedulable() async throws {
        try await withLiveCluster(services: Self.controller(grace: .seconds(30))) { client in
            try await Make.node(client, "sick")
            try await Make.node(client, "cordoned", unschedulable: true)
            try await Self.setReady(client, "sick", "False")
            let notReady: Set = ["node.kubernetes.io/not-ready:NoSchedule", "node.kubernetes.io/not-ready:NoExecute"]
            #expect(try await eventually(timeout: .seconds(8)) { try await Self.taints(client, "sick") == notReady })
            #expect(
                try await eventually(timeout: .seconds(8)) {
                    try await Self.taints(client, "cordoned") == ["node.kubernetes.io/unschedulable:NoSchedule"]
                })
            try await retryOnConflict {
                var node = try await client.get(Node.self, name: "cordoned")
                node.spec.unschedulable = false
                _ = try await client.update(node)
            }
            #expect(try await eventually(timeout: .seconds(8)) { try await Self.taints(client, "cordoned").isEmpty })
        }
    }

    /// Upstream's master disruption mode: with no node Ready, a node is tainted NoSchedule only and nothing
    /// is evicted; once another node is Ready, the NoExecute taint comes and the eviction follows.
    @Test func withNoNodeReadyNothingIsEvictedUntilANodeIsReadyAgain() async throws {
        try await withLiveCluster(services: Self.controller(grace: .seconds(30))) { client in
            try await Make.node(client, "lone")
            _ = try await client.create(
                Make.pod("intolerant", nodeName: "lone") {
                    $0.tolerations = [
                        Toleration(key: TaintKeys.nodeNotReady, operator: "Exists", effect: "NoExecute", tolerationSeconds: 0)
                    ]
                })
            try await Self.setReady(client, "lone", "False")
            #expect(
                try await eventually(timeout: .seconds(8)) {
                    try await Self.taints(client, "lone") == ["node.kubernetes.io/not-ready:NoSchedule"]
                })
            try await Task.sleep(for: .milliseconds(300))
            #expect(try await Self.taints(client, "lone") == ["node.kubernetes.io/not-ready:NoSchedule"])
            #expect(try await client.get(Pod.self, name: "intolerant", namespace: "default").metadata.deletionTimestamp == nil)

            try await Make.node(client, "back")
            let notReady: Set = ["node.kubernetes.io/not-ready:NoSchedule", "node.kubernetes.io/not-ready:NoExecute"]
            #expect(try await eventually(timeout: .seconds(8)) { try await Self.taints(client, "lone") == notReady })
            let evicted = try await eventually(timeout: .seconds(8)) {
                do {
                    return try await client.get(Pod.self, name: "intolerant", namespace: "default").metadata.deletionTimestamp != nil
                } catch {
                    guard let error = error as? KubeClientError, error.code == .notFound else { throw error }
                    return true
                }
            }
            #expect(evicted)
        }
    }

    @Test func podsNotToleratingANoExecuteTaintAreEvictedAtOnceOrAfterTheirTolerationSeconds() async throws {
        try await withLiveCluster(services: Self.controller(grace: .seconds(30))) { client in
            try await Make.node(client, "n")
            try await Make.node(client, "healthy")
            // The server gives a pod without tolerations five minutes under not-ready and unreachable
            // (upstream's DefaultTolerationSeconds admission); one tolerating them for 0 s goes at once.
            let defaulted = try await client.create(Make.pod("defaulted", nodeName: "n"))
            #expect(
                defaulted.spec.tolerations == [
                    Toleration(key: TaintKeys.nodeNotReady, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300),
                    Toleration(key: TaintKeys.nodeUnreachable, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300),
                ])
            _ = try await client.create(
                Make.pod("intolerant", nodeName: "n") {
                    $0.tolerations = [
                        Toleration(key: TaintKeys.nodeNotReady, operator: "Exists", effect: "NoExecute", tolerationSeconds: 0)
                    ]
                })
            _ = try await client.create(
                Make.pod("forever", nodeName: "n") {
                    $0.tolerations = [Toleration(key: TaintKeys.nodeNotReady, operator: "Exists", effect: "NoExecute")]
                })
            _ = try await client.create(
                Make.pod("briefly", nodeName: "n") {
                    $0.tolerations = [
                        Toleration(key: TaintKeys.nodeNotReady, operator: "Exists", effect: "NoExecute", tolerationSeconds: 3)
                    ]
                })
            try await Self.setReady(client, "n", "False")
            func deleted(_ name: String) async throws -> Bool {
                do {
                    return try await client.get(Pod.self, name: name, namespace: "default").metadata.deletionTimestamp != nil
                } catch {
                    guard let error = error as? KubeClientError, error.code == .notFound else { throw error }
                    return true
                }
            }
            #expect(try await eventually(timeout: .seconds(8)) { try await deleted("intolerant") })
            #expect(try await !deleted("briefly"))
            let evicted = try await client.get(Pod.self, name: "intolerant", namespace: "default")
            let disruption = evicted.status.conditions.first { $0.type == "DisruptionTarget" }
            #expect(disruption?.status == "True")
            #expect(disruption?.reason == "DeletionByTaintManager")
            #expect(try await eventually(timeout: .seconds(8)) { try await deleted("briefly") })
            #expect(try await !deleted("forever"))
            #expect(try await !deleted("defaulted"))
        }
    }

    @Test func podsBoundToADeletedNodeAreCollected() async throws {
        let gc: @Sendable (KubeClient) -> [any Service] = { client in
            var configuration = PodGarbageCollector.Configuration()
            configuration.period = .milliseconds(200)
            var logger = Logger(label: "test.pod-gc")
            logger.logLevel = .warning
            return [PodGarbageCollector(client: client, configuration: configuration, logger: logger)]
        }
        try await withLiveCluster(services: gc) { client in
            try await Make.node(client, "kept")
            try await Make.node(client, "doomed")
            _ = try await client.create(Make.pod("stays", nodeName: "kept"))
            _ = try await client.create(Make.pod("orphan", nodeName: "doomed"))
            try await client.delete(Node.self, name: "doomed")
            let collected = try await eventually(timeout: .seconds(8)) {
                try await client.list(Pod.self, namespace: "default").items.map(\.metadata.name) == ["stays"]
            }
            #expect(collected)
        }
    }
}
