import Foundation
import KubeClient
import KubeModel
import KubeRuntime
import Logging
import ServiceLifecycle
import Synchronization

/// Simulated kubelets for many nodes in one process, kwok-style: each managed node reports a status and
/// renews its Lease, and pods bound to it go Pending → Running → Ready (or crash, or exit) as their
/// `sim.daemonry.io/*` annotations say; deleted pods are finished after their (capped) grace period.
///
/// Built to scale: two informers and three work queues (leases, node status, pods), no task per node.
/// Lease renewals are spread over the renew interval by a stable hash of the node name; node status is
/// posted when it changes and otherwise every `nodeStatusReportFrequency`, as the kubelet does.
public final class NodeSimulator: Service, Sendable {
    /// How the simulator behaves.
    public typealias Configuration = NodeSimulatorConfiguration

    /// The configuration.
    public let configuration: Configuration
    /// The nodes.
    public let nodes: Informer<Node, Node>
    /// The pods, by the node they are bound to (terminal ones included: they may still be deleted).
    public let pods: Informer<Pod, Pod>
    private let client: KubeClient
    private let leaseQueue: WorkQueue<String>
    private let nodeQueue: WorkQueue<String>
    private let podQueue: WorkQueue<String>
    private let clock: AnyClock
    private let logger: Logger
    /// The kubelet's events (`FailedMount`).
    private let events: EventRecorder
    private let state = Mutex(State())
    /// The informer factory this component runs itself; nil when its informers are shared and run by the caller.
    private let ownInformers: SharedInformerFactory?
    /// Told the node count once every configured node exists.
    private let onNodesCreated: (@Sendable (Int) -> Void)?

    /// What the workers remember between passes.
    private struct State: Sendable {
        /// Nodes whose Lease renewal is scheduled.
        var leased = Set<String>()
        /// Each node's Lease as its last renewal left it, the base of the next (the kubelet's `latestLease`).
        var latestLeases: [String: Lease] = [:]
        /// When each node's status was last posted.
        var statusPostedAt: [String: AnyClock.Instant] = [:]
        /// When each pod was first seen bound here.
        var boundSeenAt: [String: AnyClock.Instant] = [:]
        /// When each pod was first seen being deleted.
        var deletionSeenAt: [String: AnyClock.Instant] = [:]
        /// What the kubelets report as their version: the API server's, as a kubelet may not be newer.
        var kubeletVersion = SimulatedNodeStatus.fallbackKubeletVersion
    }

    /// The index of pods by bound node, terminal pods included.
    static let boundNodeIndex = "boundNode"

    /// A simulator writing through `client`, reading from the shared `informers` when given (their caller
    /// runs them), else from informers of its own; `onNodesCreated` hears when the configured nodes exist.
    public init(
        client: KubeClient, informers shared: SharedInformerFactory? = nil, configuration: Configuration = Configuration(),
        clock: some Clock<Duration> = ContinuousClock(), logger: Logger = Logger(label: "daemonry.node-simulator"),
        onNodesCreated: (@Sendable (Int) -> Void)? = nil
    ) {
        self.onNodesCreated = onNodesCreated
        self.configuration = configuration
        self.client = client
        self.clock = AnyClock(clock)
        self.logger = logger
        let informers = shared ?? SharedInformerFactory(client: client, logger: logger)
        self.ownInformers = shared == nil ? informers : nil
        self.nodes = informers.informer(Node.self)
        self.pods = informers.informer(
            Pod.self,
            indexes: [IndexFunction<Pod>(name: Self.boundNodeIndex) { $0.spec.nodeName.isEmpty ? [] : [$0.spec.nodeName] }])
        // A renewal or status report a few tens of milliseconds late is still on time for a 40 s grace period.
        self.leaseQueue = WorkQueue(name: "simulator-leases", clock: clock, coalescing: .milliseconds(50))
        self.nodeQueue = WorkQueue(name: "simulator-nodes", clock: clock, coalescing: .milliseconds(50))
        self.podQueue = WorkQueue(name: "simulator-pods", clock: clock)
        self.events = EventRecorder(
            sink: client, configuration: EventRecorderConfiguration(component: "kubelet"), clock: clock, logger: logger)
    }

    /// Creates the configured nodes, then simulates until graceful shutdown.
    public func run() async throws {
        nodes.addEventHandler(
            InformerEventHandler(
                onAdd: { [self] node in nodeChanged(node) }, onUpdate: { [self] _, node in nodeChanged(node) },
                onDelete: { [self] node, _ in nodeDeleted(node) }))
        pods.addEventHandler(
            InformerEventHandler(
                onAdd: { [self] pod in podChanged(pod) }, onUpdate: { [self] _, pod in podChanged(pod) },
                onDelete: { [self] pod, _ in podDeleted(pod) }))
        try await withThrowingDiscardingTaskGroup { group in
            if let ownInformers { group.addTask { try await ownInformers.run() } }
            group.addTask { try await self.leaseQueue.run() }
            group.addTask { try await self.nodeQueue.run() }
            group.addTask { try await self.podQueue.run() }
            group.addTask { try await self.events.run() }
            guard await nodes.waitForSync(), await pods.waitForSync() else { return }
            await learnServerVersion()
            for _ in 0..<max(1, configuration.workers) {
                group.addTask { await self.work(self.leaseQueue) { try await self.renewLease($0) } }
                group.addTask { await self.work(self.nodeQueue) { try await self.postNodeStatus($0) } }
                group.addTask { await self.work(self.podQueue) { try await self.syncPod($0) } }
            }
            if configuration.nodeCount > configuration.firstNodeIndex {
                do {
                    try await cancelWhenGracefulShutdown { try await self.createNodes() }
                    onNodesCreated?(configuration.nodeCount)
                } catch {
                    logger.error("unable to create nodes", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    // MARK: Which nodes

    /// Whether this simulator is the kubelet of `node`.
    func manages(_ node: Node) -> Bool {
        configuration.management.manages(annotations: node.metadata.annotations)
    }

    /// Whether the node's kubelet is "dead": no Lease renewals, no status, no pod updates.
    static func heartbeatStopped(_ node: Node) -> Bool {
        node.metadata.annotations[SimulationAnnotation.heartbeat] == "stop"
    }

    // MARK: Events

    private func nodeChanged(_ node: Node) {
        guard manages(node) else { return }
        let name = node.metadata.name
        nodeQueue.add(name)
        let first = state.withLock { $0.leased.insert(name).inserted }
        if first { leaseQueue.addAfter(name, delay: spread(name)) }
        // A kubelet coming back (heartbeat resumed) picks up its pods again.
        for key in pods.store.keys(inIndex: Self.boundNodeIndex, value: name) { podQueue.add(key) }
    }

    private func nodeDeleted(_ node: Node) {
        state.withLock { state in
            state.leased.remove(node.metadata.name)
            state.latestLeases[node.metadata.name] = nil
            state.statusPostedAt[node.metadata.name] = nil
        }
    }

    private func podChanged(_ pod: Pod) {
        guard !pod.spec.nodeName.isEmpty, let node = nodes.store.get(pod.spec.nodeName), manages(node) else { return }
        podQueue.add(pod.key)
    }

    private func podDeleted(_ pod: Pod) {
        state.withLock { state in
            state.boundSeenAt[pod.key] = nil
            state.deletionSeenAt[pod.key] = nil
        }
    }

    /// The first renewal's delay: a stable share of the interval, so 10,000 nodes renew evenly over it.
    private func spread(_ name: String) -> Duration {
        configuration.leaseRenewInterval * (Double(StableHash.fnv1a(name) % 10_000) / 10_000)
    }

    // MARK: Work

    private func work(_ queue: WorkQueue<String>, _ handle: (String) async throws -> Void) async {
        await queue.process(handle) { key, error in
            logger.debug("simulation step failed, will retry", metadata: ["key": .string(key), "error": "\(error)"])
        }
    }

    /// Renews the node's Lease as the kubelet's lease controller does, and schedules the next renewal: an
    /// update of the Lease its last renewal returned with only `renewTime` changed (no merge for the server to
    /// compute, and edits by others survive); when that Lease is unknown or stale (409, 404) it is read again,
    /// or created with the node as its owner.
    private func renewLease(_ name: String) async throws {
        guard let node = nodes.store.get(name), manages(node) else {
            state.withLock { state in
                state.leased.remove(name)
                state.latestLeases[name] = nil
            }
            return
        }
        defer { leaseQueue.addAfter(name, delay: configuration.leaseRenewInterval) }
        guard !Self.heartbeatStopped(node) else { return }
        let now = MicroTime(clock.date)
        if var lease = state.withLock({ $0.latestLeases[name] }) {
            lease.spec.renewTime = now
            do {
                let renewed = try await client.update(lease)
                state.withLock { $0.latestLeases[name] = renewed }
                return
            } catch {
                guard let error = error as? KubeClientError, error.code == .conflict || error.code == .notFound else {
                    throw error
                }
                state.withLock { _ = $0.latestLeases.removeValue(forKey: name) }
            }
        }
        let renewed: Lease
        do {
            var lease = try await client.get(Lease.self, name: name, namespace: configuration.leaseNamespace)
            lease.spec.renewTime = now
            renewed = try await client.update(lease)
        } catch {
            guard let error = error as? KubeClientError, error.code == .notFound else { throw error }
            var lease = Lease(name: name, namespace: configuration.leaseNamespace)
            lease.spec.holderIdentity = name
            lease.spec.leaseDurationSeconds = configuration.leaseDurationSeconds
            lease.spec.renewTime = now
            var owner = OwnerReference()
            owner.apiVersion = "v1"
            owner.kind = "Node"
            owner.name = name
            owner.uid = node.metadata.uid
            lease.metadata.ownerReferences = [owner]
            renewed = try await client.create(lease)
        }
        state.withLock { $0.latestLeases[name] = renewed }
    }

    /// Takes the API server's `gitVersion` for the kubelets to report; a server that does not say keeps the
    /// fallback.
    private func learnServerVersion() async {
        guard let body = try? await client.request(method: .GET, path: "/version"),
            let version = (try? JSONValue.parse(Data(body)))?["gitVersion"]?.stringValue, !version.isEmpty
        else { return }
        state.withLock { $0.kubeletVersion = version }
    }

    /// Posts the node's status when it changed, or when the periodic report is due.
    private func postNodeStatus(_ name: String) async throws {
        guard let node = nodes.store.get(name), manages(node) else { return }
        defer { nodeQueue.addAfter(name, delay: configuration.nodeStatusReportFrequency) }
        guard !Self.heartbeatStopped(node) else { return }
        let now = clock.now
        let desired = SimulatedNodeStatus.desired(
            for: node, now: clock.date, kubeletVersion: state.withLock { $0.kubeletVersion })
        let postedAt = state.withLock { $0.statusPostedAt[name] }
        let due = postedAt.map { $0.duration(to: now) >= configuration.nodeStatusReportFrequency } ?? true
        guard due || SimulatedNodeStatus.needsUpdate(current: node.status, desired: desired) else { return }
        let status = try JSONValue.parse(Data(desired.jsonBytes()))
        // Strategic, as the kubelet's: conditions merge by type, so those others own (NetworkUnavailable) stay.
        try await client.patchDiscardingResponse(
            Node.self, name: name, patch: .strategic(["status": status]), subresource: "status")
        state.withLock { $0.statusPostedAt[name] = now }
    }

    /// Moves a pod on a managed node along its lifecycle, or finishes its deletion.
    private func syncPod(_ key: String) async throws {
        guard let pod = pods.store.get(key), let node = nodes.store.get(pod.spec.nodeName), manages(node),
            !Self.heartbeatStopped(node)
        else { return }
        let now = clock.now
        let knobs = PodKnobs(annotations: pod.metadata.annotations)
        if pod.metadata.deletionTimestamp != nil {
            try await finishDeletion(pod, knobs: knobs, now: now)
            return
        }
        // A terminal phase is final, whoever wrote it.
        guard !pod.isTerminal else { return }
        let seen = state.withLock { state in
            if let seen = state.boundSeenAt[key] { return seen }
            state.boundSeenAt[key] = now
            return now
        }
        let current = SimulatedPodLifecycle.currentStage(of: pod.status)
        if current == nil || current == .pending, let missing = try await missingVolume(of: pod) {
            try await waitForVolume(pod, missing, node: node, written: current != nil)
            return
        }
        let elapsed = seen.duration(to: now)
        var (stage, next) = SimulatedPodLifecycle.stage(knobs, elapsed: elapsed, crashInterval: configuration.crashLoopInterval)
        // A kubelet reporting its node NotReady vouches for no pod either (the node lifecycle controller marks
        // them not Ready): they get Ready once the node is, when its change brings them back here.
        if stage == .ready, node.metadata.annotations[SimulationAnnotation.ready] == "false" { stage = .running }
        if SimulatedPodLifecycle.needsUpdate(current: SimulatedPodLifecycle.currentStage(of: pod.status), desired: stage) {
            var updated = pod
            updated.status = SimulatedPodLifecycle.status(
                of: pod, in: stage, hostIP: SimulatedNodeStatus.internalIP(of: node.metadata.name), now: clock.date)
            do {
                try await client.updateStatusDiscardingResponse(updated)
            } catch {
                guard let error = error as? KubeClientError, error.code == .notFound else { throw error }
                return
            }
        }
        if let next { podQueue.addAfter(key, delay: next - elapsed) }
    }

    /// The first ConfigMap or Secret the pod mounts that does not exist yet.
    private func missingVolume(of pod: Pod) async throws -> PodVolumeReference? {
        for reference in PodVolumeReference.required(by: pod) {
            do {
                _ = try await client.request(method: .GET, path: reference.path(namespace: pod.metadata.namespace))
            } catch let error as KubeClientError where error.code == .notFound {
                return reference
            }
        }
        return nil
    }

    /// Keeps a pod whose volume cannot mount in ContainerCreating, says so in a `FailedMount` event, and looks
    /// again shortly, as the kubelet retries; its start delay counts from when the volumes mount.
    private func waitForVolume(_ pod: Pod, _ missing: PodVolumeReference, node: Node, written: Bool) async throws {
        state.withLock { _ = $0.boundSeenAt.removeValue(forKey: pod.key) }
        if !written {
            var pending = pod
            pending.status = SimulatedPodLifecycle.status(
                of: pod, in: .pending, hostIP: SimulatedNodeStatus.internalIP(of: node.metadata.name), now: clock.date)
            do {
                try await client.updateStatusDiscardingResponse(pending)
            } catch {
                guard let error = error as? KubeClientError, error.code == .notFound else { throw error }
                return
            }
        }
        events.event(pod, type: EventType.warning, reason: "FailedMount", message: missing.failedMountMessage)
        podQueue.addAfter(pod.key, delay: configuration.volumeRetryInterval)
    }

    /// Deletes a terminating pod for good (grace period 0, guarded by UID) once the shorter of its grace
    /// period and its `termination-delay` has passed.
    private func finishDeletion(_ pod: Pod, knobs: PodKnobs, now: AnyClock.Instant) async throws {
        let key = pod.key
        let seen = state.withLock { state in
            if let seen = state.deletionSeenAt[key] { return seen }
            state.deletionSeenAt[key] = now
            return now
        }
        let grace = Duration.seconds(max(0, pod.metadata.deletionGracePeriodSeconds ?? 30))
        let wait = min(grace, knobs.terminationDelay)
        let elapsed = seen.duration(to: now)
        guard elapsed >= wait else {
            podQueue.addAfter(key, delay: wait - elapsed)
            return
        }
        do {
            try await client.deleteDiscardingResponse(
                Pod.self, name: pod.metadata.name, namespace: pod.metadata.namespace,
                options: .finishing(uid: pod.metadata.uid))
        } catch {
            guard let error = error as? KubeClientError, error.code == .notFound || error.code == .conflict else { throw error }
        }
    }

    // MARK: Node creation

    /// Creates nodes `firstNodeIndex` ..< `nodeCount` (existing ones are kept), `creationConcurrency` at a
    /// time, logging progress.
    private func createNodes() async throws {
        let (first, end) = (configuration.firstNodeIndex, configuration.nodeCount)
        let total = end - first
        let started = clock.now
        logger.info(
            "creating nodes",
            metadata: [
                "count": .stringConvertible(total), "prefix": .string(configuration.namePrefix), "from": .stringConvertible(first),
            ])
        let step = max(1, total / 10)
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = first
            var done = 0
            while next < min(end, first + max(1, configuration.creationConcurrency)) {
                let index = next
                group.addTask { try await self.createNode(index) }
                next += 1
            }
            while try await group.next() != nil {
                done += 1
                if done % step == 0 || done == total {
                    logger.info("created nodes", metadata: ["done": .stringConvertible(done), "of": .stringConvertible(total)])
                }
                if next < end {
                    let index = next
                    group.addTask { try await self.createNode(index) }
                    next += 1
                }
            }
        }
        logger.info(
            "nodes ready to simulate",
            metadata: ["count": .stringConvertible(total), "duration": .stringConvertible(started.duration(to: clock.now))])
    }

    private func createNode(_ index: Int) async throws {
        let node = SimulatedNodeTemplate.node(
            prefix: configuration.namePrefix, index: index, annotations: configuration.management.createdNodeAnnotations)
        do {
            _ = try await client.create(node)
        } catch {
            guard let error = error as? KubeClientError, error.code == .alreadyExists else { throw error }
        }
    }
}
