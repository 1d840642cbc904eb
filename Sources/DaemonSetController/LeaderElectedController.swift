import Foundation
import KubeClient
import KubeRuntime
import Logging
import ServiceLifecycle

/// The controller behind Lease leader election: it runs only while this process holds the Lease, and the
/// Lease is released on graceful shutdown so a standby takes over at once.
///
/// Losing the Lease any other way ends `run()` with an error, as kube-controller-manager exits then: a
/// process that stopped leading cannot be sure its caches and expectations are still right, and a restart
/// under a supervisor is the safe way back.
public final class LeaderElectedController: Service, Sendable {
    /// `kube-system/daemonset-controller`: its own Lease, so it can run beside kube-controller-manager (whose
    /// Lease is `kube-controller-manager`) with `--controllers=*,-daemonset-controller`.
    public static let defaultLeaseName = "daemonset-controller"
    /// `kube-system`, where kube-controller-manager keeps its Lease.
    public static let defaultLeaseNamespace = "kube-system"

    private let elector: LeaderElector

    /// Campaigns for `configuration`'s Lease through `client` and runs `controller` (the DaemonSet controller,
    /// the rollout driver) while leading.
    public init(
        controller: some Service, client: KubeClient, configuration: LeaderElectionConfiguration,
        logger: Logger = Logger(label: "daemonry.leader-election")
    ) throws(KubeRuntimeError) {
        elector = try LeaderElector(
            configuration: configuration, store: client,
            callbacks: LeaderCallbacks(onStartedLeading: { try await controller.run() }), logger: logger)
    }

    /// Whether this process leads now.
    public var isLeader: Bool { elector.isLeader }

    /// Campaigns and leads until graceful shutdown; throws when leadership ended otherwise.
    public func run() async throws {
        try await elector.run()
        if !Task.isShuttingDownGracefully && !Task.isCancelled {
            throw DaemonSetControllerError("leader election lost")
        }
    }

    /// A candidate identity unique per process, as upstream: the host name, `_`, a UUID.
    public static func defaultIdentity() -> String {
        ProcessInfo.processInfo.hostName + "_" + UUID().uuidString
    }
}
