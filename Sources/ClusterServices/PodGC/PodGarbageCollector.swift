import Foundation
import KubeClient
import KubeModel
import KubeRuntime
import Logging
import ServiceLifecycle

/// Deletes pods nobody else will finish, as kube-controller-manager's pod garbage collector: pods bound to
/// a node that no longer exists (upstream `gcOrphaned`), and unbound pods already being deleted (no kubelet
/// will ever confirm them, `gcUnscheduledTerminating`). Both are deleted at once (grace period 0), guarded by
/// the pod's UID.
public final class PodGarbageCollector: Service, Sendable {
    /// How the collector behaves.
    public struct Configuration: Sendable, Hashable {
        /// How often to look: 20 s, upstream's `gcCheckPeriod`.
        public var period: Duration = .seconds(20)

        /// The documented defaults.
        public init() {}
    }

    /// The configuration.
    public let configuration: Configuration
    /// The nodes.
    public let nodes: Informer<Node, Node>
    /// The pods.
    public let pods: Informer<Pod, Pod>
    private let client: KubeClient
    private let clock: AnyClock
    private let logger: Logger
    /// The informer factory this component runs itself; nil when its informers are shared and run by the caller.
    private let ownInformers: SharedInformerFactory?

    /// A collector writing through `client`, pacing and timestamping on `clock`, reading from the shared
    /// `informers` when given (their caller runs them), else from informers of its own.
    public init(
        client: KubeClient, informers shared: SharedInformerFactory? = nil, configuration: Configuration = Configuration(),
        clock: some Clock<Duration> = ContinuousClock(), logger: Logger = Logger(label: "daemonry.pod-gc")
    ) {
        self.configuration = configuration
        self.client = client
        self.clock = AnyClock(clock)
        self.logger = logger
        let informers = shared ?? SharedInformerFactory(client: client, logger: logger)
        self.ownInformers = shared == nil ? informers : nil
        self.nodes = informers.informer(Node.self)
        self.pods = informers.informer(Pod.self)
    }

    /// Collects every `period` until graceful shutdown.
    public func run() async throws {
        try await withThrowingDiscardingTaskGroup { group in
            if let ownInformers { group.addTask { try await ownInformers.run() } }
            guard await nodes.waitForSync(), await pods.waitForSync() else { return }
            group.addTask {
                try? await cancelWhenGracefulShutdown {
                    while true {
                        await self.collect()
                        try await self.clock.sleep(for: self.configuration.period)
                    }
                }
            }
        }
    }

    /// The pods to delete now, by the cached nodes: bound to a node not in `nodeNames`, or unbound and
    /// terminating.
    static func garbage(_ pods: [Pod], nodeNames: Set<String>) -> [Pod] {
        pods.filter { pod in
            if pod.spec.nodeName.isEmpty { return pod.metadata.deletionTimestamp != nil }
            return !nodeNames.contains(pod.spec.nodeName)
        }
    }

    /// One pass.
    func collect() async {
        let nodeNames = Set(nodes.store.keys)
        var confirmedGone: [String: Bool] = [:]
        for pod in Self.garbage(pods.store.list(), nodeNames: nodeNames) {
            do {
                let nodeName = pod.spec.nodeName
                if !nodeName.isEmpty {
                    // The cache may lag behind a node just created: ask the API before deleting, as upstream.
                    if confirmedGone[nodeName] == nil { confirmedGone[nodeName] = try await nodeIsGone(nodeName) }
                    guard confirmedGone[nodeName] == true else { continue }
                }
                logger.info(
                    "deleting orphaned pod", metadata: ["pod": .string(pod.key), "node": .string(nodeName)])
                if !nodeName.isEmpty {
                    try await client.markDisruptionTarget(
                        pod, reason: "DeletionByPodGC", message: "PodGC: node no longer exists", now: clock.date)
                }
                try await client.deleteDiscardingResponse(
                    Pod.self, name: pod.metadata.name, namespace: pod.metadata.namespace,
                    options: .precondition(uid: pod.metadata.uid, gracePeriodSeconds: 0))
            } catch {
                if let error = error as? KubeClientError, error.code == .notFound || error.code == .conflict { continue }
                logger.warning("unable to delete orphaned pod", metadata: ["pod": .string(pod.key), "error": "\(error)"])
            }
        }
    }

    private func nodeIsGone(_ name: String) async throws -> Bool {
        do {
            _ = try await client.get(Node.self, name: name)
            return false
        } catch {
            guard let error = error as? KubeClientError, error.code == .notFound else { throw error }
            return true
        }
    }
}
