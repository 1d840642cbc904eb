import Foundation
import KubeModel

/// The status a simulated kubelet reports for its node, without I/O.
public enum SimulatedNodeStatus {
    /// The version reported until the API server's is known.
    public static let fallbackKubeletVersion = "v1.32.0"

    /// What a node has when nothing else says: 4 cpu, 16Gi memory, 110 pods (the kubelet's `maxPods`).
    public static let defaultCapacity: ResourceList = ["cpu": "4", "memory": "16Gi", "pods": "110"]

    /// The status to report: capacity and allocatable (the node's own where set, else the defaults),
    /// addresses, system info, the kubelet's four conditions (Ready per the `sim.daemonry.io/ready`
    /// annotation), heartbeats at `now`. Transition times are kept while a condition's status holds.
    public static func desired(
        for node: Node, now: Date, kubeletVersion: String = fallbackKubeletVersion
    ) -> NodeStatus {
        var status = node.status
        for (name, quantity) in defaultCapacity where status.capacity[name] == nil {
            status.capacity[name] = quantity
        }
        for (name, quantity) in status.capacity where status.allocatable[name] == nil {
            status.allocatable[name] = quantity
        }
        let name = node.metadata.name
        status.addresses = [
            NodeAddress(type: NodeAddressType.internalIP, address: internalIP(of: name)),
            NodeAddress(type: NodeAddressType.hostname, address: name),
        ]
        status.daemonEndpoints.kubeletEndpoint.port = 10250
        status.nodeInfo.machineID = name
        status.nodeInfo.systemUUID = name
        status.nodeInfo.bootID = name
        status.nodeInfo.kernelVersion = "6.8.0-daemonry"
        status.nodeInfo.osImage = "Daemonry simulated node"
        status.nodeInfo.containerRuntimeVersion = "daemonry://0.1.0"
        status.nodeInfo.kubeletVersion = kubeletVersion
        status.nodeInfo.operatingSystem = node.metadata.labels["kubernetes.io/os"] ?? "linux"
        status.nodeInfo.architecture = node.metadata.labels["kubernetes.io/arch"] ?? "amd64"
        let ready = node.metadata.annotations[SimulationAnnotation.ready] != "false"
        let wanted: [(String, String, String, String)] = [
            ("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
            ("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
            ("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
            ready
                ? ("Ready", "True", "KubeletReady", "kubelet is posting ready status")
                : ("Ready", "False", "KubeletNotReady", "container runtime network not ready: simulated"),
        ]
        status.conditions = wanted.map { type, value, reason, message in
            let previous = node.status.condition(type)
            let transition = previous?.status == value ? previous?.lastTransitionTime ?? Time(now) : Time(now)
            return NodeCondition(
                type: type, status: value, lastHeartbeatTime: Time(now), lastTransitionTime: transition, reason: reason,
                message: message)
        }
        return status
    }

    /// Whether `current` differs from `desired` in anything but heartbeat times: what makes a status write
    /// needed before the periodic report is due. Conditions the kubelet does not write (NetworkUnavailable,
    /// set by a network plugin) are not its business: its strategic merge patch leaves them in place.
    public static func needsUpdate(current: NodeStatus, desired: NodeStatus) -> Bool {
        let types = Set(desired.conditions.map(\.type))
        func stripped(_ status: NodeStatus) -> NodeStatus {
            var status = status
            status.conditions = status.conditions.filter { types.contains($0.type) }.sorted { $0.type < $1.type }.map {
                condition in
                var condition = condition
                condition.lastHeartbeatTime = nil
                return condition
            }
            return status
        }
        return stripped(current) != stripped(desired)
    }

    /// A stable address in 10.0.0.0/8 for a node name.
    public static func internalIP(of name: String) -> String {
        let hash = StableHash.fnv1a(name)
        return "10.\((hash >> 16) & 0xff).\((hash >> 8) & 0xff).\(max(1, hash & 0xff))"
    }
}

/// FNV-1a, a hash that is the same in every process (Swift's `Hasher` is seeded per process), for
/// addresses and for spreading heartbeats.
enum StableHash {
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
