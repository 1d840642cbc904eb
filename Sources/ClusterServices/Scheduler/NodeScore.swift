import KubeModel

/// How good a feasible node is for a pod: upstream's `LeastAllocated` strategy of NodeResourcesFit (the
/// free share of cpu and memory after placing the pod, weighted equally), so pods spread over the least
/// loaded nodes.
public enum NodeScore {
    /// 0 (full) to 100 (empty), from the scoring requests (non-zero defaults for best-effort containers).
    public static func leastAllocated(_ pod: SchedulingPod, allocatable: ResourceList, usage: NodeUsage) -> Int64 {
        let cpu = freeShare(
            wanted: pod.scoringRequest.milliCPU + usage.scoringRequested.milliCPU,
            capacity: allocatable[ResourceName.cpu]?.milliValue ?? 0)
        let memory = freeShare(
            wanted: pod.scoringRequest.memory + usage.scoringRequested.memory,
            capacity: allocatable[ResourceName.memory]?.value ?? 0)
        return (cpu + memory) / 2
    }

    /// `(capacity - wanted) * 100 / capacity`, 0 when nothing is left or the node reports no capacity.
    static func freeShare(wanted: Int64, capacity: Int64) -> Int64 {
        guard capacity > 0, wanted <= capacity else { return 0 }
        return (capacity - wanted).multipliedReportingOverflow(by: 100).partialValue / capacity
    }

    /// A deterministic tie-break between equally scored nodes that still spreads pods: a stable hash of
    /// the pod's UID and the node's name (FNV-1a; Swift's `Hasher` is seeded per process). Upstream picks
    /// at random among ties.
    public static func tieBreak(podUID: String, nodeName: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in podUID.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        hash = (hash ^ 0x2f) &* 0x0000_0100_0000_01b3
        for byte in nodeName.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
