import KubeModel

/// What is already placed on a node: the sum of its active pods' requests, their count and the host ports
/// they bind (upstream `framework.NodeInfo`'s `Requested`, `Pods` and `UsedPorts`).
public struct NodeUsage: Sendable, Hashable {
    /// The summed requests.
    public var requested = ResourceRequest()
    /// The summed requests with the non-zero defaults, for scoring.
    public var scoringRequested = ResourceRequest()
    /// How many pods are placed.
    public var podCount = 0
    /// The host ports in use.
    public var hostPorts: [HostPort] = []

    /// Nothing placed.
    public init() {}

    /// Counts one more pod.
    public mutating func add(_ pod: SchedulingPod) {
        requested.add(pod.request)
        scoringRequested.add(pod.scoringRequest)
        podCount += 1
        hostPorts.append(contentsOf: pod.hostPorts)
    }
}

extension NodeUsage {
    /// Stops counting a pod counted by `add`.
    mutating func remove(_ pod: SchedulingPod) {
        requested.subtract(pod.request)
        scoringRequested.subtract(pod.scoringRequest)
        podCount -= 1
        for port in pod.hostPorts {
            if let index = hostPorts.firstIndex(of: port) { hostPorts.remove(at: index) }
        }
    }
}

extension ResourceRequest {
    /// Subtracts `other` resource by resource.
    mutating func subtract(_ other: ResourceRequest) {
        milliCPU -= other.milliCPU
        memory -= other.memory
        ephemeralStorage -= other.ephemeralStorage
        for (name, value) in other.scalar { scalar[name, default: 0] -= value }
    }
}
