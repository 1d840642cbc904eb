import KubeModel

/// What a pod asks of a node, in the units the scheduler compares: millicores, bytes and counts
/// (upstream `framework.Resource`).
public struct ResourceRequest: Sendable, Hashable {
    /// CPU in thousandths of a core.
    public var milliCPU: Int64 = 0
    /// Memory in bytes.
    public var memory: Int64 = 0
    /// Ephemeral storage in bytes.
    public var ephemeralStorage: Int64 = 0
    /// Extended resources (`example.com/gpu`), hugepages and the like, as whole units.
    public var scalar: [String: Int64] = [:]

    /// Nothing requested.
    public init() {}

    /// Reads a resource list: cpu, memory and ephemeral-storage by name, every other resource but `pods` as a
    /// scalar.
    public init(_ list: ResourceList) {
        for (name, quantity) in list {
            switch name {
            case ResourceName.cpu: milliCPU = quantity.milliValue
            case ResourceName.memory: memory = quantity.value
            case ResourceName.ephemeralStorage: ephemeralStorage = quantity.value
            case ResourceName.pods: continue
            default: scalar[name] = quantity.value
            }
        }
    }

    /// The pod's effective request (upstream `resource.PodRequests` without in-place resize): the pod-level
    /// `spec.resources` when set; else the containers' sum, raised to any larger init container (init
    /// containers run one at a time, before the others); plus the runtime's `overhead`. A sidecar (an init
    /// container with `restartPolicy: Always`) keeps running: it adds to the sum, and every init container
    /// after it runs beside it, so counts with the sidecars started before it.
    public init(pod spec: PodSpec) {
        if let podLevel = spec.resources, !podLevel.requests.isEmpty {
            self.init(podLevel.requests)
        } else {
            self.init()
            for container in spec.containers { add(ResourceRequest(container.resources.requests)) }
            var sidecars = ResourceRequest()
            var initPeak = ResourceRequest()
            for container in spec.initContainers {
                var request = ResourceRequest(container.resources.requests)
                if container.restartPolicy == "Always" {
                    add(request)
                    sidecars.add(request)
                    request = sidecars
                } else {
                    request.add(sidecars)
                }
                initPeak.raise(to: request)
            }
            raise(to: initPeak)
        }
        if !spec.overhead.isEmpty { add(ResourceRequest(spec.overhead)) }
    }

    /// Adds `other` resource by resource.
    public mutating func add(_ other: ResourceRequest) {
        milliCPU += other.milliCPU
        memory += other.memory
        ephemeralStorage += other.ephemeralStorage
        for (name, value) in other.scalar { scalar[name, default: 0] += value }
    }

    /// Takes, per resource, the larger of this and `other`.
    public mutating func raise(to other: ResourceRequest) {
        milliCPU = max(milliCPU, other.milliCPU)
        memory = max(memory, other.memory)
        ephemeralStorage = max(ephemeralStorage, other.ephemeralStorage)
        for (name, value) in other.scalar { scalar[name] = max(scalar[name] ?? 0, value) }
    }
}

/// The resource names the scheduler reads (upstream `v1.ResourceName` constants).
public enum ResourceName {
    /// CPU cores.
    public static let cpu = "cpu"
    /// Memory bytes.
    public static let memory = "memory"
    /// Local ephemeral storage bytes.
    public static let ephemeralStorage = "ephemeral-storage"
    /// How many pods a node takes.
    public static let pods = "pods"
}
