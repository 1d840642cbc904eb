/// How the `NodeLifecycleController` behaves; defaults are kube-controller-manager's.
public struct NodeLifecycleConfiguration: Sendable, Hashable {
    /// How long a node may go without renewing its Lease (or posting status) before it is marked
    /// Unknown and tainted unreachable: 40 s (`--node-monitor-grace-period`).
    public var nodeMonitorGracePeriod: Duration = .seconds(40)
    /// The same for a node whose kubelet never posted a Ready condition, counted from when it was first
    /// seen: 60 s (`--node-startup-grace-period`), as a kubelet takes longer to start than to renew.
    public var nodeStartupGracePeriod: Duration = .seconds(60)
    /// The namespace of node Leases: `kube-node-lease`.
    public var leaseNamespace = "kube-node-lease"
    /// Nodes processed at once: 8.
    public var workers = 8

    /// The documented defaults.
    public init() {}
}
