import DaemonSetCore
import Foundation
import KubeModel
import Testing

/// The state upstream's unit tests keep in informer stores, with a fake pod control that applies each
/// plan the way the real API would (created pods appear unscheduled, pinned by affinity; deleted pods vanish).
struct FakeCluster {
    var daemonSet: DaemonSet
    var nodes: [Node] = []
    var pods: [Pod] = []
    var revisions: [ControllerRevision] = []
    /// Upstream's tests use a fake 50 ms → 500 ms backoff.
    var backoff = FailedPodBackoff(initial: 0.05, maximum: 0.5)
    var now = Date(timeIntervalSince1970: 1_700_000_000)
    var expectationsSatisfied = true
    var configuration = DaemonSetSyncConfiguration()
    private var serial = 0

    init(_ daemonSet: DaemonSet) {
        self.daemonSet = daemonSet
    }

    /// What the controller keeps across syncs: a pod facts memo and the node snapshot.
    private let remembered = RememberedState()

    /// Plans one sync without applying it. The sync is planned twice: from scratch, and as the controller
    /// does it, with a `PodFactsMemo` kept across this cluster's syncs and a node snapshot kept while the
    /// nodes are unchanged. The plans must be equal, so every test of the core also checks that remembering
    /// pod facts changes no decision.
    func plan() -> DaemonSetSyncPlan {
        var input = DaemonSetSyncInput(
            daemonSet: daemonSet, nodes: nodes, pods: pods, revisions: revisions,
            expectationsSatisfied: expectationsSatisfied, backoff: backoff, now: now, configuration: configuration)
        let plain = DaemonSetSync.plan(input)
        input.nodes = remembered.snapshot(of: nodes)
        input.podFacts = remembered.memo
        #expect(DaemonSetSync.plan(input) == plain, "the plan with remembered pod facts differs")
        return plain
    }

    /// Plans one sync and applies it; returns the plan.
    @discardableResult
    mutating func sync() -> DaemonSetSyncPlan {
        let plan = plan()
        apply(plan)
        return plan
    }

    /// (creates, deletes, events) of one applied sync, as upstream's `expectSyncDaemonSets`.
    mutating func syncCounts() -> Counts {
        let plan = sync()
        return Counts(plan.podsToCreate.count, plan.podsToDelete.count, plan.events.count)
    }

    mutating func apply(_ plan: DaemonSetSyncPlan) {
        backoff = plan.backoff
        for claim in plan.revisionClaims {
            guard let index = revisions.firstIndex(where: { $0.metadata.name == claim.name }) else { continue }
            if claim.decision == .adopt {
                revisions[index].metadata.ownerReferences.append(ControllerRef.of(daemonSet))
            } else {
                revisions[index].metadata.ownerReferences.removeAll { $0.uid == daemonSet.metadata.uid }
            }
        }
        for updated in plan.revisionLabelUpdates {
            if let index = revisions.firstIndex(where: { $0.metadata.name == updated.metadata.name }) {
                revisions[index] = updated
            }
        }
        if var created = plan.revisionToCreate {
            created.metadata.uid = nextUID()
            created.metadata.creationTimestamp = Time(now)
            revisions.append(created)
        }
        for relabel in plan.podRelabels {
            if let index = pods.firstIndex(where: { $0.metadata.name == relabel.podName }) {
                pods[index].metadata.labels[DaemonSetKeys.controllerRevisionHash] = relabel.hash
            }
        }
        revisions.removeAll { plan.duplicateRevisionsToDelete.contains($0.metadata.name) }
        if let renumbered = plan.revisionRenumber,
            let index = revisions.firstIndex(where: { $0.metadata.name == renumbered.metadata.name })
        {
            revisions[index].revision = renumbered.revision
        }
        for claim in plan.podClaims {
            guard let index = pods.firstIndex(where: { $0.metadata.name == claim.name }) else { continue }
            if claim.decision == .adopt {
                pods[index].metadata.ownerReferences.append(ControllerRef.of(daemonSet))
            } else {
                pods[index].metadata.ownerReferences.removeAll { $0.uid == daemonSet.metadata.uid }
            }
        }
        let deleted = Set(plan.podsToDelete.map(\.name))
        pods.removeAll { deleted.contains($0.metadata.name) }
        for creation in plan.podsToCreate {
            var pod = creation.pod
            pod.metadata.name = pod.metadata.generateName + String(nextSerial())
            pod.metadata.uid = nextUID()
            pod.metadata.creationTimestamp = Time(now)
            pods.append(pod)
        }
        revisions.removeAll { plan.revisionsToDelete.contains($0.metadata.name) }
        if let status = plan.status { daemonSet.status = status }
        if let count = plan.collisionCount { daemonSet.status.collisionCount = count }
    }

    private mutating func nextSerial() -> Int {
        serial += 1
        return serial
    }

    private mutating func nextUID() -> String { "uid-\(nextSerial())" }

    // MARK: Fixtures

    /// Adds `count` nodes named node-<start>... with `labels`.
    mutating func addNodes(start: Int = 0, count: Int, labels: [String: String] = [:]) {
        for index in start..<(start + count) { nodes.append(newNode("node-\(index)", labels: labels)) }
    }

    /// A pod of this DaemonSet (current hash) on `nodeName`, as upstream's `newPod(name, node, labels, ds)`.
    mutating func addPod(_ prefix: String, node nodeName: String, labels: [String: String]? = nil, owned: Bool = true) {
        pods.append(newPod(prefix, node: nodeName, labels: labels, owned: owned))
    }

    mutating func newPod(_ prefix: String, node nodeName: String, labels: [String: String]? = nil, owned: Bool = true)
        -> Pod
    {
        var pod = Pod()
        pod.metadata.generateName = prefix
        pod.metadata.name = prefix + String(nextSerial())
        pod.metadata.uid = nextUID()
        pod.metadata.namespace = daemonSet.metadata.namespace
        pod.metadata.labels = labels ?? daemonSet.spec.template.metadata.labels
        if owned {
            pod.metadata.labels[DaemonSetKeys.controllerRevisionHash] = currentHash
            pod.metadata.ownerReferences = [ControllerRef.of(daemonSet)]
            pod.spec = daemonSet.spec.template.spec
        } else {
            var container = Container()
            container.name = "foo"
            container.image = "foo/bar"
            pod.spec.containers = [container]
        }
        pod.spec.nodeName = nodeName
        pod.metadata.creationTimestamp = Time(now)
        return pod
    }

    /// The hash a fresh snapshot of the current template gets.
    var currentHash: String {
        (try? RevisionHistory.hash(of: daemonSet.spec.template, collisionCount: daemonSet.status.collisionCount)) ?? ""
    }

    /// Marks every pod (or those passing `filter`) Ready, with the transition at `at` (default now).
    mutating func markPodsReady(at time: Date? = nil, where filter: (Pod) -> Bool = { _ in true }) {
        for index in pods.indices where filter(pods[index]) {
            setReady(index, ready: true, at: time ?? now)
        }
    }

    mutating func setReady(_ index: Int, ready: Bool, at time: Date) {
        var condition = PodCondition()
        condition.type = "Ready"
        condition.status = ready ? "True" : "False"
        condition.lastTransitionTime = Time(time)
        pods[index].status.conditions.removeAll { $0.type == "Ready" }
        pods[index].status.conditions.append(condition)
    }

    /// Changes the template image (a new revision).
    mutating func updateImage(_ image: String) {
        daemonSet.spec.template.spec.containers[0].image = image
        daemonSet.metadata.generation += 1
    }

    var podsPerNode: [String: Int] {
        var counts: [String: Int] = [:]
        for pod in pods { if let node = DaemonPod.targetNodeName(of: pod) { counts[node, default: 0] += 1 } }
        return counts
    }
}

/// The memo and node snapshot a controller keeps between syncs of one DaemonSet.
final class RememberedState: @unchecked Sendable {
    let memo = PodFactsMemo()
    private var nodes: [Node] = []
    private var snapshot: NodeSnapshot?

    /// The snapshot of `nodes`, the same one as long as they are unchanged.
    func snapshot(of nodes: [Node]) -> NodeSnapshot {
        if let snapshot, nodes == self.nodes { return snapshot }
        let fresh = NodeSnapshot(nodes)
        self.nodes = nodes
        snapshot = fresh
        return fresh
    }
}

/// (creates, deletes, events).
struct Counts: Equatable, CustomStringConvertible {
    var creates: Int
    var deletes: Int
    var events: Int

    init(_ creates: Int, _ deletes: Int, _ events: Int) {
        self.creates = creates
        self.deletes = deletes
        self.events = events
    }

    var description: String { "(\(creates), \(deletes), \(events))" }
}

/// Upstream's `newDaemonSet`: selector {name: simple-daemon, type: production}, OnDelete, history limit 2.
func newDaemonSet(_ name: String = "foo", strategy: DaemonSetUpdateStrategy? = nil) -> DaemonSet {
    var daemonSet = DaemonSet()
    daemonSet.metadata.name = name
    daemonSet.metadata.namespace = "default"
    daemonSet.metadata.uid = "ds-uid-\(name)"
    daemonSet.metadata.generation = 1
    let labels = ["name": "simple-daemon", "type": "production"]
    daemonSet.spec.selector = LabelSelector(matchLabels: labels)
    daemonSet.spec.template.metadata.labels = labels
    var container = Container()
    container.name = "foo"
    container.image = "foo/bar"
    container.terminationMessagePath = "/dev/termination-log"
    container.imagePullPolicy = "IfNotPresent"
    daemonSet.spec.template.spec.containers = [container]
    daemonSet.spec.template.spec.dnsPolicy = "Default"
    daemonSet.spec.template.spec.restartPolicy = "Always"
    daemonSet.spec.updateStrategy = strategy ?? DaemonSetUpdateStrategy(type: DaemonSetUpdateStrategy.onDelete)
    daemonSet.spec.revisionHistoryLimit = 2
    return daemonSet
}

/// Both strategies upstream's tests loop over.
let updateStrategies: [DaemonSetUpdateStrategy] = [
    DaemonSetUpdateStrategy(type: DaemonSetUpdateStrategy.onDelete),
    rollingUpdate(maxUnavailable: 1),
]

func rollingUpdate(maxUnavailable: IntOrString = 1, maxSurge: IntOrString = 0) -> DaemonSetUpdateStrategy {
    DaemonSetUpdateStrategy(
        type: DaemonSetUpdateStrategy.rollingUpdate,
        rollingUpdate: RollingUpdateDaemonSet(maxUnavailable: maxUnavailable, maxSurge: maxSurge))
}

/// Upstream's `newNode`: Ready, 100 pods allocatable.
func newNode(_ name: String, labels: [String: String] = [:]) -> Node {
    var node = Node()
    node.metadata.name = name
    node.metadata.labels = labels
    var ready = NodeCondition()
    ready.type = "Ready"
    ready.status = "True"
    node.status.conditions = [ready]
    node.status.allocatable = ["pods": Quantity(100)]
    return node
}

func taint(_ key: String, _ value: String = "", effect: String) -> Taint {
    var taint = Taint()
    taint.key = key
    taint.value = value
    taint.effect = effect
    return taint
}

func toleration(_ key: String, _ value: String = "", operator op: String = "Equal", effect: String) -> Toleration {
    var toleration = Toleration()
    toleration.key = key
    toleration.value = value
    toleration.operator = op
    toleration.effect = effect
    return toleration
}
