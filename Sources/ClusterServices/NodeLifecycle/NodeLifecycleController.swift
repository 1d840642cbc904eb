import Foundation
import KubeClient
import KubeModel
import KubeRuntime
import Logging
import ServiceLifecycle
import Synchronization

/// Watches node heartbeats and keeps node conditions and taints honest, as kube-controller-manager's node
/// lifecycle and taint eviction controllers:
///
/// - a node whose Lease (`kube-node-lease/<node>`) and Ready heartbeat stop changing for
///   `nodeMonitorGracePeriod` gets its kubelet conditions set to Unknown;
/// - Ready=False / Unknown / cordon / pressure conditions become the `node.kubernetes.io/*` taints, removed
///   again when the node recovers;
/// - pods on a node whose Ready condition is not True are marked not Ready (upstream `MarkPodsNotReady`),
///   so that nothing counts them available while their kubelet is gone;
/// - pods that do not tolerate a NoExecute taint are deleted, at once or after their `tolerationSeconds`;
/// - while no node at all is Ready (upstream's master disruption mode, `ClusterReadiness`), the NoExecute
///   taints are taken away and none are added; when a node is Ready again, every node gets a fresh grace
///   period.
///
/// Heartbeats are timed on the injected clock when they are observed (as upstream's `probeTimestamp`), so
/// a skewed node clock cannot expire a node. Each node is a work-queue key, checked when it, its Lease or a
/// pod on it changes, and again when its grace period or a toleration would run out.
public final class NodeLifecycleController: Service, Sendable {
    /// How the controller behaves.
    public typealias Configuration = NodeLifecycleConfiguration

    /// The configuration.
    public let configuration: Configuration
    /// The nodes.
    public let nodes: Informer<Node, Node>
    /// The node Leases.
    public let leases: Informer<Lease, Lease>
    /// The pods, by node.
    public let pods: Informer<Pod, Pod>
    private let client: KubeClient
    private let queue: WorkQueue<String>
    private let events: EventRecorder
    private let clock: AnyClock
    private let logger: Logger
    /// Per node, the last heartbeat seen and when it was seen.
    private let probes = Mutex<[String: Probe]>([:])
    /// Which nodes are Ready: whether the cluster is fully disrupted.
    private let readiness = Mutex(ClusterReadiness())
    /// The informer factory this component runs itself; nil when its informers are shared and run by the caller.
    private let ownInformers: SharedInformerFactory?

    /// The last heartbeat of a node and when this controller saw it change.
    private struct Probe: Sendable {
        var leaseRenewTime: MicroTime?
        var readyHeartbeat: Time?
        var observedAt: AnyClock.Instant
    }

    /// A controller writing through `client`, timing heartbeats on `clock`, reading from the shared
    /// `informers` when given (their caller runs them), else from informers of its own.
    public init(
        client: KubeClient, informers shared: SharedInformerFactory? = nil, configuration: Configuration = Configuration(),
        clock: some Clock<Duration> = ContinuousClock(), logger: Logger = Logger(label: "daemonry.node-lifecycle")
    ) {
        self.configuration = configuration
        self.client = client
        self.clock = AnyClock(clock)
        self.logger = logger
        let informers = shared ?? SharedInformerFactory(client: client, logger: logger)
        self.ownInformers = shared == nil ? informers : nil
        self.nodes = informers.informer(Node.self)
        self.leases = informers.informer(Lease.self, namespace: configuration.leaseNamespace)
        self.pods = informers.informer(Pod.self, indexes: [.podsByNodeName])
        self.queue = WorkQueue(name: "node-lifecycle", clock: clock)
        self.events = EventRecorder(
            sink: client, configuration: EventRecorderConfiguration(component: "node-controller"), logger: logger)
    }

    /// Runs until graceful shutdown.
    public func run() async throws {
        nodes.addEventHandler(
            InformerEventHandler(
                onAdd: { [self] node in nodeChanged(node) }, onUpdate: { [self] _, node in nodeChanged(node) },
                onDelete: { [self] node, _ in nodeDeleted(node) }))
        leases.addEventHandler(
            InformerEventHandler(
                onAdd: { [self] lease in leaseChanged(lease) }, onUpdate: { [self] _, lease in leaseChanged(lease) }))
        pods.addEventHandler(
            InformerEventHandler(
                onAdd: { [self] pod in podChanged(pod) }, onUpdate: { [self] _, pod in podChanged(pod) }))
        try await withThrowingDiscardingTaskGroup { group in
            if let ownInformers { group.addTask { try await ownInformers.run() } }
            group.addTask { try await self.queue.run() }
            group.addTask { try await self.events.run() }
            guard await nodes.waitForSync(), await leases.waitForSync(), await pods.waitForSync() else { return }
            for _ in 0..<max(1, configuration.workers) {
                group.addTask { await self.work() }
            }
        }
    }

    // MARK: Events

    private func nodeDeleted(_ node: Node) {
        _ = probes.withLock { $0.removeValue(forKey: node.metadata.name) }
        if readiness.withLock({ $0.record(node.metadata.name, ready: nil) }) { disruptionChanged() }
    }

    /// Entering or leaving full disruption: every node is checked again, its NoExecute taints going or
    /// coming back. On leaving, every node's heartbeat counts as seen now, as upstream resets its probe
    /// timestamps: a node silent during the disruption gets a whole grace period to report.
    private func disruptionChanged() {
        let disrupted = readiness.withLock { $0.fullyDisrupted }
        let names = nodes.store.list().map(\.metadata.name)
        if disrupted {
            logger.warning("no node is Ready: entering master disruption mode, no NoExecute taints, no evictions")
        } else {
            logger.info("a node is Ready again: leaving master disruption mode")
            let now = clock.now
            probes.withLock { probes in
                for name in probes.keys { probes[name]?.observedAt = now }
            }
        }
        for name in names { queue.add(name) }
    }

    private func nodeChanged(_ node: Node) {
        let name = node.metadata.name
        let isReady = node.condition(NodeConditionType.ready).map { $0.status == ConditionStatus.true }
        if readiness.withLock({ $0.record(name, ready: isReady) }) { disruptionChanged() }
        let heartbeat = node.condition(NodeConditionType.ready)?.lastHeartbeatTime
        let now = clock.now
        probes.withLock { probes in
            if var probe = probes[name] {
                guard probe.readyHeartbeat != heartbeat else { return }
                probe.readyHeartbeat = heartbeat
                probe.observedAt = now
                probes[name] = probe
            } else {
                probes[name] = Probe(leaseRenewTime: nil, readyHeartbeat: heartbeat, observedAt: now)
            }
        }
        queue.add(name)
    }

    private func leaseChanged(_ lease: Lease) {
        let name = lease.metadata.name
        let renewed = lease.spec.renewTime
        let now = clock.now
        let changed = probes.withLock { probes -> Bool in
            guard var probe = probes[name] else {
                probes[name] = Probe(leaseRenewTime: renewed, readyHeartbeat: nil, observedAt: now)
                return true
            }
            guard probe.leaseRenewTime != renewed else { return false }
            probe.leaseRenewTime = renewed
            probe.observedAt = now
            probes[name] = probe
            return true
        }
        // A healthy node needs no look at each renewal: its grace-period check is already scheduled.
        if changed, let node = nodes.store.get(name), node.condition(NodeConditionType.ready)?.status != "True" {
            queue.add(name)
        }
    }

    private func podChanged(_ pod: Pod) {
        guard !pod.spec.nodeName.isEmpty, pod.metadata.deletionTimestamp == nil, let node = nodes.store.get(pod.spec.nodeName)
        else { return }
        let notReady =
            NodeHealth.isNotReady(node)
            && pod.status.conditions.contains { $0.type == PodConditionType.ready && $0.status != ConditionStatus.false }
        guard notReady || node.spec.taints.contains(where: { $0.effect == TaintEffect.noExecute }) else { return }
        queue.add(pod.spec.nodeName)
    }

    // MARK: Work

    private func work() async {
        await queue.process { name in
            try await process(name)
        } onFailure: { name, error in
            logger.warning("node check failed, will retry", metadata: ["node": .string(name), "error": "\(error)"])
        }
    }

    /// One check of a node: heartbeat, taints, evictions; schedules the next check.
    private func process(_ name: String) async throws {
        guard var node = nodes.store.get(name) else { return }
        let grace =
            node.condition(NodeConditionType.ready) == nil
            ? configuration.nodeStartupGracePeriod : configuration.nodeMonitorGracePeriod
        let probe = probes.withLock { $0[name] }
        let silence = probe.map { $0.observedAt.duration(to: clock.now) } ?? .zero
        if silence >= grace, NodeHealth.unknownConditions(node.status.conditions, now: clock.date) != nil {
            node = try await markUnknown(name, silentSince: probe?.readyHeartbeat)
        } else if silence < grace {
            queue.addAfter(name, delay: grace - silence)
        }
        let disrupted = readiness.withLock { $0.fullyDisrupted }
        if let taints = NodeHealth.reconciledTaints(node, now: clock.date, fullyDisrupted: disrupted) {
            node = try await setTaints(name, fullyDisrupted: disrupted)
            logger.info(
                "node taints updated",
                metadata: ["node": .string(name), "taints": .string(taints.map { "\($0.key):\($0.effect)" }.joined(separator: ","))])
        }
        if NodeHealth.isNotReady(node) { try await markPodsNotReady(on: node) }
        try await evictPods(on: node)
    }

    /// Sets the Ready condition of every pod on `node` to False, with a `NodeNotReady` event for each, as
    /// upstream's `MarkPodsNotReady`: the node's kubelet can no longer vouch for them. Pods without a Ready
    /// condition are left alone; the kubelet, once back, reports them again.
    private func markPodsNotReady(on node: Node) async throws {
        let now = Time(clock.date)
        for pod in pods.store.byIndex(IndexName.nodeName, node.metadata.name) {
            guard let index = pod.status.conditions.firstIndex(where: { $0.type == PodConditionType.ready }),
                pod.status.conditions[index].status != ConditionStatus.false
            else { continue }
            var updated = pod
            updated.status.conditions[index].status = ConditionStatus.false
            updated.status.conditions[index].lastTransitionTime = now
            logger.info("marking pod not ready", metadata: ["pod": .string(pod.key), "node": .string(node.metadata.name)])
            do {
                try await client.updateStatusDiscardingResponse(updated)
            } catch {
                // Gone, or changed since the cache saw it: its next event brings it back here.
                guard let error = error as? KubeClientError, error.code == .notFound || error.code == .conflict else {
                    throw error
                }
                continue
            }
            events.event(pod, type: EventType.warning, reason: "NodeNotReady", message: "Node is not ready")
        }
    }

    /// Marks the node's conditions Unknown, unless the kubelet posted a heartbeat after `silentSince` (the
    /// last one this controller saw): a status posted while the decision was made, or while a conflict was
    /// retried, proves the kubelet alive, and marking it Unknown then would taint a healthy node. Not private so
    /// tests can force that race.
    func markUnknown(_ name: String, silentSince heartbeat: Time?) async throws -> Node {
        logger.info("node stopped posting status; marking it Unknown", metadata: ["node": .string(name)])
        return try await retryOnConflict {
            var node = try await client.get(Node.self, name: name)
            guard node.condition(NodeConditionType.ready)?.lastHeartbeatTime == heartbeat,
                let fresh = NodeHealth.unknownConditions(node.status.conditions, now: clock.date)
            else { return node }
            node.status.conditions = fresh
            return try await client.updateStatus(node)
        }
    }

    private func setTaints(_ name: String, fullyDisrupted: Bool) async throws -> Node {
        try await retryOnConflict {
            var node = try await client.get(Node.self, name: name)
            guard let taints = NodeHealth.reconciledTaints(node, now: clock.date, fullyDisrupted: fullyDisrupted) else {
                return node
            }
            node.spec.taints = taints
            return try await client.update(node)
        }
    }

    /// Deletes the pods on `node` that may not stay under its NoExecute taints, and schedules the next check
    /// for the earliest toleration that runs out.
    private func evictPods(on node: Node) async throws {
        guard node.spec.taints.contains(where: { $0.effect == TaintEffect.noExecute }) else { return }
        let now = clock.date
        var nextCheck: Date?
        for pod in pods.store.byIndex(IndexName.nodeName, node.metadata.name) where pod.metadata.deletionTimestamp == nil {
            switch TaintEviction.decide(tolerations: pod.spec.tolerations, taints: node.spec.taints, now: now) {
            case .keep:
                continue
            case .evict(let due):
                nextCheck = min(nextCheck ?? due, due)
            case .evictNow:
                logger.info("evicting pod from tainted node", metadata: ["pod": .string(pod.key), "node": .string(node.metadata.name)])
                events.event(pod, type: EventType.normal, reason: "TaintManagerEviction", message: "Marking for deletion Pod \(pod.key)")
                try await client.markDisruptionTarget(
                    pod, reason: "DeletionByTaintManager", message: "Taint manager: deleting due to NoExecute taint", now: now)
                do {
                    try await client.deleteDiscardingResponse(
                        Pod.self, name: pod.metadata.name, namespace: pod.metadata.namespace,
                        options: .precondition(uid: pod.metadata.uid))
                } catch {
                    guard let error = error as? KubeClientError, error.code == .notFound || error.code == .conflict else {
                        throw error
                    }
                }
            }
        }
        if let nextCheck {
            queue.addAfter(node.metadata.name, delay: .seconds(max(0, nextCheck.timeIntervalSince(now))))
        }
    }
}
