import DaemonSetCore
import Foundation
import KubeClient
import KubeModel
import KubeRuntime
import Logging
import Metrics
import ServiceLifecycle

/// The apps/v1 DaemonSet controller: upstream's `DaemonSetsController` over any API server.
///
/// Informers keep DaemonSets, pods, nodes and ControllerRevisions in memory; their event handlers only put
/// DaemonSet keys (`namespace/name`) on a rate-limited work queue. Workers take keys (never one key twice at
/// once), plan a sync with the pure `DaemonSetSync.plan` from the caches, and carry the plan out through
/// `KubeClient`. Nothing is decided from events: every sync recomputes from observed state, so a restarted
/// controller converges without duplicates.
///
/// A `Service`: `run()` returns on graceful shutdown (in-flight syncs finish, buffered events are written)
/// or cancellation.
public final class DaemonSetController: Service, Sendable {
    /// How the controller runs.
    public typealias Configuration = DaemonSetControllerConfiguration

    /// DaemonSets, indexed by namespace.
    public let daemonSets: Informer<DaemonSet, DaemonSet>
    /// Pods, indexed by node, by controller UID and (orphans) by namespace.
    public let pods: Informer<Pod, Pod>
    /// Nodes.
    public let nodes: Informer<Node, Node>
    /// ControllerRevisions, indexed by namespace.
    public let revisions: Informer<ControllerRevision, ControllerRevision>
    /// The DaemonSet keys waiting for a sync.
    public let queue: WorkQueue<String>
    /// The configuration.
    public let configuration: Configuration

    let client: KubeClient
    let expectations: ControllerExpectations
    let recorder: EventRecorder
    let syncMetrics: ControllerSyncMetrics
    let backoffs: FailedPodBackoffTable
    let podFacts = PodFactsMemoTable()
    let nodeSnapshots = NodeSnapshotCache()
    let placements = PlacementCache()
    let clock: AnyClock
    let logger: Logger
    /// The informer factory the controller runs itself; nil when its informers are shared and run by the caller.
    private let ownInformers: SharedInformerFactory?

    /// A controller writing through `client`, with its metrics registered in `metricsFactory`, reading from
    /// the shared `informers` when given (their caller runs them), else from informers of its own.
    public init(
        client: KubeClient, informers shared: SharedInformerFactory? = nil, configuration: Configuration = Configuration(),
        metricsFactory: any MetricsFactory = MetricsSystem.factory, clock: some Clock<Duration> = ContinuousClock(),
        logger: Logger = Logger(label: "daemonry.daemonset-controller")
    ) {
        let clock = AnyClock(clock)
        self.client = client
        self.configuration = configuration
        self.clock = clock
        self.logger = logger
        let informers = shared ?? SharedInformerFactory(client: client, logger: logger)
        ownInformers = shared == nil ? informers : nil
        daemonSets = informers.informer(DaemonSet.self, indexes: [.byNamespace])
        pods = informers.informer(Pod.self, indexes: [.podsByNodeName, .byControllerUID, .orphansByNamespace])
        nodes = informers.informer(Node.self)
        revisions = informers.informer(ControllerRevision.self, indexes: [.byNamespace])
        queue = WorkQueue(name: configuration.queueName, clock: clock, metricsFactory: metricsFactory)
        expectations = ControllerExpectations(timeout: configuration.expectationsTimeout, clock: clock, logger: logger)
        recorder = EventRecorder(
            sink: client, configuration: EventRecorderConfiguration(component: configuration.component), clock: clock,
            logger: logger)
        syncMetrics = ControllerSyncMetrics(controller: "daemonset", factory: metricsFactory, clock: clock)
        backoffs = FailedPodBackoffTable(
            initial: configuration.failedPodBackoffInitial, maximum: configuration.failedPodBackoffMaximum)
        registerEventHandlers()
    }

    /// Whether every informer has listed once (the `/healthz` check of a running controller).
    public var hasSynced: Bool {
        daemonSets.hasSynced && pods.hasSynced && nodes.hasSynced && revisions.hasSynced
    }

    /// Runs the informers, the event writer and the queue; once every cache has synced, the workers. Returns
    /// when they have all stopped (graceful shutdown or cancellation).
    public func run() async throws {
        logger.info("starting", metadata: ["workers": .stringConvertible(configuration.workers)])
        try await withThrowingDiscardingTaskGroup { group in
            if let ownInformers { group.addTask { try await ownInformers.run() } }
            group.addTask { try await self.recorder.run() }
            group.addTask { try await self.queue.run() }
            group.addTask {
                // Workers start only once the caches are complete: a sync on a partial cache would create
                // pods that already exist.
                guard await self.waitForCaches() else { return }
                self.logger.info("caches synced")
                await withDiscardingTaskGroup { workers in
                    for _ in 0..<max(1, self.configuration.workers) {
                        workers.addTask { await self.work() }
                    }
                }
            }
        }
        logger.info("stopped")
    }

    /// Waits for every informer's first list; false when cancelled first.
    private func waitForCaches() async -> Bool {
        guard await daemonSets.waitForSync(), await pods.waitForSync(), await nodes.waitForSync(),
            await revisions.waitForSync()
        else { return false }
        return true
    }

    /// One worker: takes keys until the queue shuts down.
    private func work() async {
        await queue.process { key in
            try await syncMetrics.measure { try await self.sync(key) }
        } onFailure: { key, error in
            logger.warning("sync failed, will retry", metadata: ["daemonset": .string(key), "error": "\(error)"])
        }
    }

    /// Queues `key` for a sync.
    func enqueue(_ key: String) {
        queue.add(key)
    }
}
