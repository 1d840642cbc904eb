import Foundation
import KubeModel
import Testing

@testable import ClusterServices

/// The node lifecycle decisions without a server.
struct NodeHealthTests {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)

    static func node(ready: String?, unschedulable: Bool = false, taints: [Taint] = []) -> Node {
        var node = Node(name: "n")
        if let ready { node.status.conditions = [NodeCondition(type: "Ready", status: ready)] }
        node.spec.unschedulable = unschedulable
        node.spec.taints = taints
        return node
    }

    @Test(arguments: [
        ("True", false, [String]()),
        ("False", false, ["node.kubernetes.io/not-ready:NoSchedule", "node.kubernetes.io/not-ready:NoExecute"]),
        ("Unknown", true, [
            "node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute",
            "node.kubernetes.io/unschedulable:NoSchedule",
        ]),
    ])
    func theDesiredTaintsFollowReadinessAndCordon(ready: String, unschedulable: Bool, expected: [String]) {
        let taints = NodeHealth.desiredTaints(Self.node(ready: ready, unschedulable: unschedulable))
        #expect(taints.map { "\($0.key):\($0.effect)" } == expected)
    }

    /// Upstream's `nodeConditionToTaintKeyStatusMap`: NetworkUnavailable=True (set by a network plugin)
    /// bars new pods; a hand-made network-unavailable taint without the condition is the controller's to remove.
    @Test func anUnavailableNetworkIsTaintedNoScheduleWhileTheConditionHolds() {
        var node = Self.node(ready: "True")
        node.status.conditions.append(NodeCondition(type: "NetworkUnavailable", status: "True"))
        #expect(NodeHealth.desiredTaints(node).map { "\($0.key):\($0.effect)" } == ["node.kubernetes.io/network-unavailable:NoSchedule"])
        node.spec.taints = NodeHealth.reconciledTaints(node, now: Self.now) ?? []
        #expect(node.spec.taints.map(\.key) == [TaintKeys.nodeNetworkUnavailable])
        node.status.conditions[1].status = "False"
        #expect(NodeHealth.reconciledTaints(node, now: Self.now) == [])
    }

    @Test func withNoNodeReadyTheNoExecuteTaintsAreWithheld() {
        var readiness = ClusterReadiness()
        #expect(!readiness.fullyDisrupted, "an empty cluster is not disrupted")
        let changes = [
            readiness.record("a", ready: false), readiness.record("b", ready: false), readiness.record("b", ready: true),
        ]
        #expect(changes == [true, false, true])
        #expect(!readiness.fullyDisrupted)
        let lastReadyDeleted = readiness.record("b", ready: nil)
        #expect(lastReadyDeleted && readiness.fullyDisrupted)
        // A starting cluster: nodes not reporting yet (nil) do not count, so nothing flips.
        var starting = ClusterReadiness()
        let flips = [starting.record("new-0", ready: nil), starting.record("new-1", ready: true)]
        #expect(flips == [false, false] && !starting.fullyDisrupted)

        let tainted = Self.node(ready: "Unknown", taints: [Taint(key: TaintKeys.nodeUnreachable, effect: "NoExecute")])
        #expect(NodeHealth.desiredTaints(tainted, fullyDisrupted: true).map(\.effect) == ["NoSchedule"])
        #expect(NodeHealth.reconciledTaints(tainted, now: Self.now, fullyDisrupted: true)?.map(\.effect) == ["NoSchedule"])
    }

    @Test func reconcilingKeepsForeignTaintsAndSwapsNotReadyForUnreachable() {
        let foreign = Taint(key: "dedicated", value: "gpu", effect: "NoSchedule")
        let stale = Taint(key: TaintKeys.nodeNotReady, effect: "NoExecute", timeAdded: Time(Self.now))
        let node = Self.node(ready: "Unknown", taints: [foreign, stale])
        let taints = NodeHealth.reconciledTaints(node, now: Self.now)
        #expect(taints?.map(\.key) == ["dedicated", TaintKeys.nodeUnreachable, TaintKeys.nodeUnreachable])
        #expect(taints?.last?.timeAdded == Time(Self.now))
        #expect(NodeHealth.reconciledTaints(Self.node(ready: "True", taints: [foreign]), now: Self.now) == nil)
    }

    @Test func unknownConditionsAreWrittenOnceWithUpstreamsReasons() {
        var node = Self.node(ready: "True")
        let conditions = NodeHealth.unknownConditions(node.status.conditions, now: Self.now)
        #expect(conditions?.map(\.type) == ["Ready", "MemoryPressure", "DiskPressure", "PIDPressure"])
        #expect(conditions?.map(\.reason) == ["NodeStatusUnknown", "NodeStatusNeverUpdated", "NodeStatusNeverUpdated", "NodeStatusNeverUpdated"])
        node.status.conditions = conditions ?? []
        #expect(NodeHealth.unknownConditions(node.status.conditions, now: Self.now) == nil)
    }

    @Test func evictionWaitsForTheShortestTolerationUsed() {
        let taint = Taint(key: TaintKeys.nodeUnreachable, effect: "NoExecute", timeAdded: Time(Self.now))
        let bounded = Toleration(key: TaintKeys.nodeUnreachable, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300)
        let forever = Toleration(key: TaintKeys.nodeUnreachable, operator: "Exists", effect: "NoExecute")
        #expect(TaintEviction.decide(tolerations: [], taints: [taint], now: Self.now) == .evictNow)
        #expect(TaintEviction.decide(tolerations: [forever], taints: [taint], now: Self.now) == .keep)
        #expect(
            TaintEviction.decide(tolerations: [bounded], taints: [taint], now: Self.now)
                == .evict(at: Self.now.addingTimeInterval(300)))
        #expect(
            TaintEviction.decide(tolerations: [bounded], taints: [taint], now: Self.now.addingTimeInterval(300)) == .evictNow)
        #expect(TaintEviction.decide(tolerations: [], taints: [Taint(key: "k", effect: "NoSchedule")], now: Self.now) == .keep)
    }

    @Test func podGCCollectsPodsOnMissingNodesAndUnboundTerminatingPods() {
        var onGhost = Pod(metadata: ObjectMeta(name: "ghost", namespace: "d"))
        onGhost.spec.nodeName = "gone"
        var onNode = Pod(metadata: ObjectMeta(name: "fine", namespace: "d"))
        onNode.spec.nodeName = "here"
        var unboundTerminating = Pod(metadata: ObjectMeta(name: "stuck", namespace: "d"))
        unboundTerminating.metadata.deletionTimestamp = Time(Self.now)
        let pending = Pod(metadata: ObjectMeta(name: "pending", namespace: "d"))
        let garbage = PodGarbageCollector.garbage([onGhost, onNode, unboundTerminating, pending], nodeNames: ["here"])
        #expect(garbage.map(\.metadata.name) == ["ghost", "stuck"])
    }
}
