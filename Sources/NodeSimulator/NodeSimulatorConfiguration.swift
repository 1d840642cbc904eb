/// How the `NodeSimulator` behaves; intervals default to the kubelet's.
public struct NodeSimulatorConfiguration: Sendable, Hashable {
    /// Which nodes the simulator acts as the kubelet of.
    public enum Management: Sendable, Hashable {
        /// Every node.
        case allNodes
        /// Nodes annotated `sim.daemonry.io/managed: "true"` (nodes it creates always are).
        case annotatedNodes
    }

    /// Which nodes to manage: annotated ones.
    public var management = Management.annotatedNodes
    /// Nodes to create at start, named `namePrefix-0` ... : 0.
    public var nodeCount = 0
    /// The prefix of created node names: `sim-node`.
    public var namePrefix = "sim-node"
    /// How often each node's Lease is renewed: 10 s, the kubelet's (a quarter of the 40 s lease duration).
    /// Renewals of many nodes are spread over the interval.
    public var leaseRenewInterval: Duration = .seconds(10)
    /// The Lease duration written: 40 s, the kubelet's `nodeLeaseDurationSeconds`.
    public var leaseDurationSeconds: Int32 = 40
    /// The namespace of node Leases: `kube-node-lease`.
    public var leaseNamespace = "kube-node-lease"
    /// How often an unchanged node status is posted anyway: 5 minutes, the kubelet's
    /// `nodeStatusReportFrequency` (the Lease is the frequent heartbeat).
    public var nodeStatusReportFrequency: Duration = .seconds(300)
    /// How often a crash-looping container restarts: 10 s (the kubelet's first back-off).
    public var crashLoopInterval: Duration = .seconds(10)
    /// Concurrent API writers per kind of work (leases, node status, pods): 16.
    public var workers = 16
    /// Node creations in flight at start: 32.
    public var creationConcurrency = 32

    /// The documented defaults.
    public init() {}
}
