import KubeModel

/// One host port a pod binds (upstream `framework.HostPortInfo` entry): protocol, address and port.
public struct HostPort: Sendable, Hashable {
    /// `TCP`, `UDP` or `SCTP`.
    public var `protocol`: String
    /// The address, `0.0.0.0` for all of them.
    public var hostIP: String
    /// The port number.
    public var port: Int32

    /// A port with upstream's defaults filled in: TCP, and every address.
    public init(protocol: String, hostIP: String, port: Int32) {
        self.protocol = `protocol`.isEmpty ? "TCP" : `protocol`
        self.hostIP = hostIP.isEmpty ? HostPort.anyAddress : hostIP
        self.port = port
    }

    /// The wildcard address.
    public static let anyAddress = "0.0.0.0"

    /// Whether the two cannot be bound together: the same protocol and port, and addresses that overlap
    /// (equal, or either is the wildcard), as upstream `HostPortInfo.CheckConflict`.
    public func conflicts(with other: HostPort) -> Bool {
        guard port == other.port, self.protocol == other.protocol else { return false }
        return hostIP == other.hostIP || hostIP == HostPort.anyAddress || other.hostIP == HostPort.anyAddress
    }

    /// The host ports a pod spec binds: container ports with a non-zero `hostPort` (upstream
    /// `schedutil.GetHostPorts`, which reads the regular containers).
    public static func ports(of spec: PodSpec) -> [HostPort] {
        var ports: [HostPort] = []
        for container in spec.containers {
            for port in container.ports where port.hostPort > 0 {
                ports.append(HostPort(protocol: port.protocol, hostIP: port.hostIP, port: port.hostPort))
            }
        }
        return ports
    }
}
