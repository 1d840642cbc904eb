import KubeModel

/// A pending pod's scheduling constraints, compiled once per attempt so each node is checked without
/// parsing: required node affinity with the node selector, tolerations, resource request and host ports.
public struct SchedulingPod: Sendable {
    /// The pod's `namespace/name`.
    public let key: String
    /// The pod's UID, part of the tie-break between equally good nodes.
    public let uid: String
    /// `spec.nodeSelector` ANDed with required node affinity.
    public let affinity: RequiredNodeAffinity
    /// The pod's tolerations.
    public let tolerations: [Toleration]
    /// What the pod requests.
    public let request: ResourceRequest
    /// The request used for scoring: containers without a cpu or memory request count as 100m and 200Mi
    /// (upstream `schedutil.GetNonzeroRequests`), so best-effort pods still spread.
    public let scoringRequest: ResourceRequest
    /// The host ports the pod binds.
    public let hostPorts: [HostPort]
    /// The only nodes the pod can go to, when its required node affinity names them in every term
    /// (`matchFields` `metadata.name In [...]`, as DaemonSet pods do); nil when any node may fit. Upstream's
    /// NodeAffinity PreFilter result: the scheduler then looks at those nodes only.
    public let candidateNodeNames: Set<String>?
    /// Whether `spec.preemptionPolicy` is `Never`.
    public let neverPreempts: Bool

    /// Compiles `pod`.
    public init(_ pod: Pod) {
        key = pod.key
        uid = pod.metadata.uid
        affinity = RequiredNodeAffinity(pod: pod)
        tolerations = pod.spec.tolerations
        request = ResourceRequest(pod: pod.spec)
        scoringRequest = Self.nonZeroRequest(pod.spec)
        hostPorts = HostPort.ports(of: pod.spec)
        candidateNodeNames = Self.candidateNodeNames(pod.spec)
        neverPreempts = pod.spec.preemptionPolicy == "Never"
    }

    /// Upstream NodeAffinity `PreFilter`: when every required term has a `metadata.name In` field
    /// requirement, the union over terms of the names each term allows (a term's several such requirements
    /// intersect); nil when some term allows any name.
    static func candidateNodeNames(_ spec: PodSpec) -> Set<String>? {
        guard let terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms,
            !terms.isEmpty
        else { return nil }
        var union = Set<String>()
        for term in terms {
            var termNames: Set<String>?
            for requirement in term.matchFields where requirement.key == "metadata.name" && requirement.operator == "In" {
                let values = Set(requirement.values)
                termNames = termNames.map { $0.intersection(values) } ?? values
            }
            guard let termNames else { return nil }
            union.formUnion(termNames)
        }
        return union
    }

    /// The request with upstream's non-zero defaults per container for cpu (100m) and memory (200Mi).
    static func nonZeroRequest(_ spec: PodSpec) -> ResourceRequest {
        var total = ResourceRequest()
        for container in spec.containers {
            var request = ResourceRequest(container.resources.requests)
            if container.resources.requests[ResourceName.cpu] == nil { request.milliCPU = defaultMilliCPURequest }
            if container.resources.requests[ResourceName.memory] == nil { request.memory = defaultMemoryRequest }
            total.add(request)
        }
        return total
    }

    /// 100 millicores, upstream `DefaultMilliCPURequest`.
    static let defaultMilliCPURequest: Int64 = 100
    /// 200 MiB, upstream `DefaultMemoryRequest`.
    static let defaultMemoryRequest: Int64 = 200 * 1024 * 1024
}
