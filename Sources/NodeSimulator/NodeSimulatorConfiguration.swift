import KubeModel

/// How the `NodeSimulator` behaves; intervals default to the kubelet's.
public struct NodeSimulatorConfiguration: Sendable, Hashable {
    /// Which nodes the simulator acts as the kubelet of.
    public enum Management: Sendable, Hashable {
        /// Every node.
        case allNodes
        /// Nodes whose annotations match the selector, written in label-selector syntax as kwok's
        /// `--manage-nodes-with-annotation-selector` (nodes it creates are annotated to match).
        case annotatedNodes(LabelQuery)

        /// `sim.daemonry.io/managed=true`: the nodes managed by default.
        public static let defaultAnnotations = LabelQuery(matchingLabels: [SimulationAnnotation.managed: "true"])

        /// Whether the simulator is the kubelet of a node annotated `annotations`.
        public func manages(annotations: [String: String]) -> Bool {
            switch self {
            case .allNodes: true
            case .annotatedNodes(let selector): selector.matches(labels: annotations)
            }
        }

        /// The annotations of the nodes the simulator creates: `sim.daemonry.io/managed: "true"`, plus a value
        /// for each term of the selector that asks for one (`key=value`, `key in (value,...)`, `key`), so that
        /// they are managed. A selector only a missing annotation satisfies (`!key`) may still exclude them:
        /// `manages(annotations:)` on the result says.
        public var createdNodeAnnotations: [String: String] {
            var annotations = [SimulationAnnotation.managed: "true"]
            guard case .annotatedNodes(let selector) = self else { return annotations }
            for requirement in selector.requirements {
                switch requirement.operator {
                case .equals, .doubleEquals, .in:
                    if let value = requirement.values.first { annotations[requirement.key] = value }
                case .exists:
                    if annotations[requirement.key] == nil { annotations[requirement.key] = "true" }
                case .notEquals, .notIn, .doesNotExist, .greaterThan, .lessThan:
                    continue
                }
            }
            return annotations
        }
    }

    /// Which nodes to manage: those annotated `sim.daemonry.io/managed=true`.
    public var management = Management.annotatedNodes(Management.defaultAnnotations)
    /// Nodes to create at start, named `namePrefix-0` ... : 0.
    public var nodeCount = 0
    /// The first of them to create: 0, or the count an earlier run on the same cluster already created
    /// (`daemonry up` remembers it), so that a node deleted since is not made again.
    public var firstNodeIndex = 0
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
    /// How often a pod whose ConfigMap or Secret is missing looks for it again (and reports `FailedMount`): 2 s.
    public var volumeRetryInterval: Duration = .seconds(2)
    /// How often a crash-looping container restarts: 10 s (the kubelet's first back-off).
    public var crashLoopInterval: Duration = .seconds(10)
    /// Concurrent API writers per kind of work (leases, node status, pods): 16.
    public var workers = 16
    /// Node creations in flight at start: 32.
    public var creationConcurrency = 32

    /// The documented defaults.
    public init() {}
}
