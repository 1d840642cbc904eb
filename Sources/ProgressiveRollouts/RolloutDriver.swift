import DaemonSetCore
import Foundation
import KubeClient
import KubeModel
import KubeRuntime
import Logging
import Metrics
import Synchronization
import ServiceLifecycle

/// Drives the progressive rollouts of `OnDelete` DaemonSets marked `rollout.daemonry.io/progressive: "true"`:
/// it deletes their old pods in the order `RolloutPlanner` gives, and whichever DaemonSet controller runs
/// (Daemonry's or upstream's) recreates each at the new revision. It writes a `Progressing` condition and
/// Events, rolls back when the policy says so, and records the revision that completed.
///
/// Like the controller, it is level-based: every sync plans from the caches alone, so a restarted driver goes
/// on where the last one stopped. Pods it deleted count as deleting until the cache shows it, so two syncs never
/// spend one budget twice.
public final class RolloutDriver: Service, Sendable {
    /// How the driver runs.
    public struct Configuration: Sendable, Hashable {
        /// Workers syncing DaemonSets at once.
        public var workers = 2
        /// The component named in its Events.
        public var component = "rollout-driver"

        /// The documented defaults.
        public init() {}
    }

    /// The condition type it writes on a DaemonSet's status.
    public static let conditionType = "Progressing"

    public let daemonSets: Informer<DaemonSet, DaemonSet>
    public let pods: Informer<Pod, Pod>
    public let nodes: Informer<Node, Node>
    public let revisions: Informer<ControllerRevision, ControllerRevision>
    public let queue: WorkQueue<String>
    public let configuration: Configuration

    let client: KubeClient
    let recorder: EventRecorder
    let clock: AnyClock
    let logger: Logger
    /// Pods deleted and not yet seen deleting in the cache, by uid.
    let deleted = Mutex<Set<String>>([])
    private let ownInformers: SharedInformerFactory?

    /// A driver writing through `client`, reading from the shared `informers` when given (their caller runs
    /// them), else from informers of its own.
    public init(
        client: KubeClient, informers shared: SharedInformerFactory? = nil, configuration: Configuration = Configuration(),
        metricsFactory: any MetricsFactory = MetricsSystem.factory, clock: some Clock<Duration> = ContinuousClock(),
        logger: Logger = Logger(label: "daemonry.rollout-driver")
    ) {
        let clock = AnyClock(clock)
        self.client = client
        self.configuration = configuration
        self.clock = clock
        self.logger = logger
        let informers = shared ?? SharedInformerFactory(client: client, logger: logger)
        ownInformers = shared == nil ? informers : nil
        daemonSets = informers.informer(DaemonSet.self)
        pods = informers.informer(Pod.self, indexes: [.byControllerUID])
        nodes = informers.informer(Node.self)
        revisions = informers.informer(ControllerRevision.self, indexes: [.byControllerUID])
        queue = WorkQueue(name: "rollout", clock: clock, metricsFactory: metricsFactory)
        recorder = EventRecorder(
            sink: client, configuration: EventRecorderConfiguration(component: configuration.component), clock: clock,
            logger: logger)
        registerEventHandlers()
    }

    /// Whether every informer has listed once.
    public var hasSynced: Bool {
        daemonSets.hasSynced && pods.hasSynced && nodes.hasSynced && revisions.hasSynced
    }

    /// Runs the informers, the event writer, the queue and, once the caches have synced, the workers.
    public func run() async throws {
        try await withThrowingDiscardingTaskGroup { group in
            if let ownInformers { group.addTask { try await ownInformers.run() } }
            group.addTask { try await self.recorder.run() }
            group.addTask { try await self.queue.run() }
            group.addTask {
                guard await self.daemonSets.waitForSync(), await self.pods.waitForSync(), await self.nodes.waitForSync(),
                    await self.revisions.waitForSync()
                else { return }
                await withDiscardingTaskGroup { workers in
                    for _ in 0..<max(1, self.configuration.workers) {
                        workers.addTask {
                            await self.queue.process { key in
                                try await self.sync(key)
                            } onFailure: { key, error in
                                self.logger.warning("rollout sync failed, will retry", metadata: ["daemonset": .string(key), "error": "\(error)"])
                            }
                        }
                    }
                }
            }
        }
    }

    private func registerEventHandlers() {
        daemonSets.addEventHandler(
            InformerEventHandler(
                onAdd: { [unowned self] in enqueue($0) },
                onUpdate: { [unowned self] _, new in enqueue(new) },
                onDelete: { _, _ in }))
        pods.addEventHandler(
            InformerEventHandler(
                onAdd: { [unowned self] in enqueueOwner(of: $0) },
                onUpdate: { [unowned self] old, new in
                    if old.metadata.resourceVersion != new.metadata.resourceVersion { enqueueOwner(of: new) }
                },
                onDelete: { [unowned self] pod, _ in enqueueOwner(of: pod) }))
        // A node's readiness or labels change which nodes block and which wave they are in.
        nodes.addEventHandler(
            InformerEventHandler(
                onAdd: { [unowned self] _ in enqueueAll() },
                onUpdate: { [unowned self] old, new in
                    if old.metadata.labels != new.metadata.labels || old.isReady != new.isReady { enqueueAll() }
                },
                onDelete: { [unowned self] _, _ in enqueueAll() }))
        revisions.addEventHandler(
            InformerEventHandler(
                onAdd: { [unowned self] in enqueueOwner(of: $0) },
                onUpdate: { [unowned self] _, new in enqueueOwner(of: new) },
                onDelete: { _, _ in }))
    }

    private func enqueue(_ daemonSet: DaemonSet) {
        guard RolloutPolicy.isProgressive(daemonSet.metadata.annotations) else { return }
        queue.add(daemonSet.key)
    }

    private func enqueueOwner(of object: some KubeObject) {
        guard let owner = object.metadata.controllerRef, owner.kind == "DaemonSet" else { return }
        if let daemonSet = daemonSets.store.get(object.metadata.namespace + "/" + owner.name), daemonSet.metadata.uid == owner.uid {
            enqueue(daemonSet)
        }
    }

    private func enqueueAll() {
        for daemonSet in daemonSets.store.list() { enqueue(daemonSet) }
    }
}

extension Node {
    /// Whether the node's Ready condition is True.
    var isReady: Bool {
        status.conditions.contains { $0.type == "Ready" && $0.status == "True" }
    }
}
