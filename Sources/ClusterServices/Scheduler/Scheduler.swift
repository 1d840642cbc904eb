import Foundation
import KubeClient
import KubeModel
import KubeRuntime
import Logging
import ServiceLifecycle
import Synchronization

/// Binds pending pods to nodes, as kube-scheduler's default profile does for the predicates a DaemonSet
/// needs: node selector and required node affinity, taints and tolerations, cordon, host ports and
/// resource requests, scoring by least allocated.
///
/// Informers keep nodes and pods; a work queue holds pending pod keys. A pod that fits nowhere gets
/// `PodScheduled=False` (`Unschedulable`, upstream's message) and a `FailedScheduling` event, and waits until
/// a node or a placed pod changes (or `unschedulableRetryInterval` passes). A pod naming its node in
/// `matchFields` (every DaemonSet pod) is checked against that node only, so scheduling is O(1) per daemon
/// pod at any cluster size.
public final class Scheduler: Service, Sendable {
    /// How the scheduler behaves.
    public typealias Configuration = SchedulerConfiguration

    /// The configuration.
    public let configuration: Configuration
    /// The pods, as the scheduler sees them.
    public let pods: Informer<Pod, Pod>
    /// The nodes.
    public let nodes: Informer<Node, Node>
    private let client: KubeClient
    private let queue: WorkQueue<String>
    private let events: EventRecorder
    private let clock: AnyClock
    private let logger: Logger
    private let state = Mutex(State())
    /// The informer factory this component runs itself; nil when its informers are shared and run by the caller.
    private let ownInformers: SharedInformerFactory?

    /// What the workers share.
    private struct State: Sendable {
        var cache = SchedulerCache()
        /// Pods that fit nowhere at their last attempt, retried on cluster changes.
        var unschedulable = Set<String>()
    }

    /// A scheduler writing through `client`, retrying and timestamping on `clock`, reading from the shared
    /// `informers` when given (their caller runs them), else from informers of its own.
    public init(
        client: KubeClient, informers shared: SharedInformerFactory? = nil, configuration: Configuration = Configuration(),
        clock: some Clock<Duration> = ContinuousClock(), logger: Logger = Logger(label: "daemonry.scheduler")
    ) {
        let informers = shared ?? SharedInformerFactory(client: client, logger: logger)
        self.ownInformers = shared == nil ? informers : nil
        self.configuration = configuration
        self.client = client
        self.clock = AnyClock(clock)
        self.logger = logger
        self.pods = informers.informer(Pod.self)
        self.nodes = informers.informer(Node.self)
        self.queue = WorkQueue(name: "scheduler", clock: clock)
        self.events = EventRecorder(
            sink: client, configuration: EventRecorderConfiguration(component: configuration.schedulerName), clock: clock,
            logger: logger)
    }

    /// Runs the informers, the queue and the workers until graceful shutdown.
    public func run() async throws {
        pods.addEventHandler(
            InformerEventHandler(
                onAdd: { [self] pod in podChanged(pod) },
                onUpdate: { [self] old, pod in podChanged(pod, specChanged: old.spec != pod.spec) },
                onDelete: { [self] pod, _ in podDeleted(pod) }))
        nodes.addEventHandler(
            InformerEventHandler(
                onAdd: { [self] _ in retryUnschedulable() },
                onUpdate: { [self] old, new in if Self.affectsScheduling(old, new) { retryUnschedulable() } }))
        try await withThrowingDiscardingTaskGroup { group in
            if let ownInformers { group.addTask { try await ownInformers.run() } }
            group.addTask { try await self.queue.run() }
            group.addTask { try await self.events.run() }
            group.addTask { try? await cancelWhenGracefulShutdown { try await self.flushUnschedulable() } }
            guard await pods.waitForSync(), await nodes.waitForSync() else { return }
            logger.info("scheduler started", metadata: ["workers": .stringConvertible(configuration.workers)])
            for _ in 0..<max(1, configuration.workers) {
                group.addTask { await self.work() }
            }
        }
    }

    // MARK: Events

    /// Files the pod's placement and queues it when pending. An unschedulable pod is not retried for a
    /// change of its own status (the scheduler's own `PodScheduled` write), only when its spec changes.
    private func podChanged(_ pod: Pod, specChanged: Bool = true) {
        let (freed, waiting) = state.withLock { state in
            (state.cache.observe(pod), state.unschedulable.contains(pod.key))
        }
        if freed { retryUnschedulable() }
        if isPending(pod) && (specChanged || !waiting) { queue.add(pod.key) }
    }

    private func podDeleted(_ pod: Pod) {
        let freed = state.withLock { state in
            state.unschedulable.remove(pod.key)
            return state.cache.delete(pod.key)
        }
        if freed { retryUnschedulable() }
    }

    /// A node change that can make a pod fit: labels, taints, cordon or allocatable.
    static func affectsScheduling(_ old: Node, _ new: Node) -> Bool {
        old.metadata.labels != new.metadata.labels || old.spec.taints != new.spec.taints
            || old.spec.unschedulable != new.spec.unschedulable || old.status.allocatable != new.status.allocatable
    }

    private func retryUnschedulable() {
        let keys = state.withLock { state in
            defer { state.unschedulable.removeAll() }
            return state.unschedulable
        }
        for key in keys { queue.add(key) }
    }

    private func flushUnschedulable() async throws {
        while true {
            try await clock.sleep(for: configuration.unschedulableRetryInterval)
            retryUnschedulable()
        }
    }

    /// Upstream's pending pod for this profile: unbound, not being deleted, not finished, not gated, and
    /// asking for this scheduler.
    func isPending(_ pod: Pod) -> Bool {
        pod.spec.nodeName.isEmpty && pod.metadata.deletionTimestamp == nil && !pod.isTerminal
            && pod.spec.schedulingGates.isEmpty
            && (pod.spec.schedulerName.isEmpty || pod.spec.schedulerName == configuration.schedulerName)
    }

    // MARK: Scheduling

    private func work() async {
        await queue.process { key in
            try await schedule(key)
        } onFailure: { key, error in
            logger.warning("scheduling failed, will retry", metadata: ["pod": .string(key), "error": "\(error)"])
        }
    }

    /// One attempt for the pod stored under `key`.
    private func schedule(_ key: String) async throws {
        guard let pod = pods.store.get(key), isPending(pod) else { return }
        let compiled = SchedulingPod(pod)
        let decision = state.withLock { state -> SchedulingDecision? in
            guard !state.cache.isAssumed(key) else { return nil }
            let decision = decide(compiled, cache: state.cache)
            switch decision {
            case .bind(let nodeName): state.cache.assume(compiled, on: nodeName)
            case .unschedulable: state.unschedulable.insert(key)
            }
            return decision
        }
        switch decision {
        case nil:
            return
        case .bind(let nodeName)?:
            try await bind(pod, to: nodeName)
        case .unschedulable(let fitError)?:
            try await recordUnschedulable(pod, fitError.message)
        }
    }

    private func decide(_ pod: SchedulingPod, cache: SchedulerCache) -> SchedulingDecision {
        let nodeCount = nodes.store.count
        let candidates: [Node]
        if let names = pod.candidateNodeNames {
            candidates = names.sorted().compactMap { nodes.store.get($0) }
        } else {
            candidates = nodes.store.list()
        }
        return SchedulingAlgorithm.schedule(pod, candidates: candidates, nodeCount: nodeCount) { cache.usage(of: $0) }
    }

    private func bind(_ pod: Pod, to nodeName: String) async throws {
        let binding: JSONValue = [
            "apiVersion": "v1", "kind": "Binding",
            "metadata": [
                "name": .string(pod.metadata.name), "namespace": .string(pod.metadata.namespace),
                "uid": .string(pod.metadata.uid),
            ],
            "target": ["apiVersion": "v1", "kind": "Node", "name": .string(nodeName)],
        ]
        do {
            _ = try await client.create(
                Pod.self, name: pod.metadata.name, namespace: pod.metadata.namespace, subresource: "binding",
                body: binding.canonicalBytes)
        } catch {
            state.withLock { $0.cache.forget(pod.key) }
            // Already bound elsewhere, being deleted, or gone: the informer will say so; nothing to retry.
            if let error = error as? KubeClientError, error.code == .conflict || error.code == .notFound { return }
            throw error
        }
        logger.debug("bound pod", metadata: ["pod": .string(pod.key), "node": .string(nodeName)])
        if configuration.recordsScheduledEvents {
            events.event(
                pod, type: EventType.normal, reason: "Scheduled",
                message: "Successfully assigned \(pod.key) to \(nodeName)")
        }
    }

    /// Sets `PodScheduled=False` (when it says something new) and records `FailedScheduling`, as upstream's
    /// failure handler.
    private func recordUnschedulable(_ pod: Pod, _ message: String) async throws {
        logger.debug("pod fits no node", metadata: ["pod": .string(pod.key), "message": .string(message)])
        events.event(pod, type: EventType.warning, reason: "FailedScheduling", message: message)
        let current = pod.status.conditions.first { $0.type == PodConditionType.podScheduled }
        guard current?.status != "False" || current?.reason != unschedulableReason || current?.message != message
        else { return }
        let now = Time(clock.date)
        let transition = current?.status == "False" ? current?.lastTransitionTime ?? now : now
        let patch: JSONValue = [
            "status": [
                "conditions": [
                    [
                        "type": .string(PodConditionType.podScheduled), "status": "False",
                        "reason": .string(unschedulableReason), "message": .string(message),
                        "lastProbeTime": nil, "lastTransitionTime": .string(transition.rfc3339),
                    ]
                ]
            ]
        ]
        do {
            try await client.patchDiscardingResponse(
                Pod.self, name: pod.metadata.name, namespace: pod.metadata.namespace, patch: .strategic(patch),
                subresource: "status")
        } catch {
            guard let error = error as? KubeClientError, error.code == .notFound else { throw error }
        }
    }

    /// Upstream `v1.PodReasonUnschedulable`.
    private var unschedulableReason: String { "Unschedulable" }
}

/// Pod condition types the cluster services write (upstream `v1.PodConditionType`).
public enum PodConditionType {
    /// Whether the pod is bound to a node.
    public static let podScheduled = "PodScheduled"
    /// Whether the pod serves.
    public static let ready = "Ready"
    /// The pod is about to be deleted because of a disruption (taint eviction, pod GC).
    public static let disruptionTarget = "DisruptionTarget"
}
