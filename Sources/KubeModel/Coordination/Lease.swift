import Foundation

/// `coordination.k8s.io/v1` `Lease`: a node heartbeat or a leader-election lock.
public struct Lease: KubeObject, Hashable {
    public static let apiVersion = "coordination.k8s.io/v1"
    public static let kind = "Lease"
    public var apiVersion: String = Lease.apiVersion
    public var kind: String = Lease.kind
    public var metadata = ObjectMeta()
    public var spec = LeaseSpec()
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String, namespace: String) {
        metadata = ObjectMeta(name: name, namespace: namespace)
    }

    public static let schema = Schema<Lease>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
        .field("spec", \.spec),
    ])
}

/// `coordination.k8s.io/v1` `LeaseSpec`: who holds the lease, since when, and for how long.
public struct LeaseSpec: APIModel, Hashable {
    public var holderIdentity: String?
    /// How long candidates wait after `renewTime` before they may take the lease.
    public var leaseDurationSeconds: Int32?
    public var acquireTime: MicroTime?
    public var renewTime: MicroTime?
    /// How many times the lease changed holders.
    public var leaseTransitions: Int32?
    /// Coordinated leader election's strategy ("OldestEmulationVersion"); alpha.
    public var strategy: String?
    /// Coordinated leader election asks the holder to give the lease up to this identity; alpha.
    public var preferredHolder: String?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<LeaseSpec>([
        .optional("holderIdentity", \.holderIdentity),
        .optional("leaseDurationSeconds", \.leaseDurationSeconds),
        .optional("acquireTime", \.acquireTime),
        .optional("renewTime", \.renewTime),
        .optional("leaseTransitions", \.leaseTransitions),
        .optional("strategy", \.strategy),
        .optional("preferredHolder", \.preferredHolder),
    ])
}
