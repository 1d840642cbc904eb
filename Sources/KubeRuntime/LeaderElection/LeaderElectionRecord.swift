import KubeModel

/// What a Lease says about leadership, client-go's `LeaderElectionRecord`: compared whole to tell whether the
/// holder has renewed since a candidate last looked.
public struct LeaderElectionRecord: Sendable, Hashable {
    /// The holder; "" when released.
    public var holderIdentity: String
    /// How long after `renewTime` the lease expires, in seconds.
    public var leaseDurationSeconds: Int
    /// When the holder acquired it.
    public var acquireTime: MicroTime?
    /// When the holder last renewed it.
    public var renewTime: MicroTime?
    /// How many times it changed holders.
    public var leaderTransitions: Int

    /// A record with the given parts.
    public init(
        holderIdentity: String, leaseDurationSeconds: Int, acquireTime: MicroTime?, renewTime: MicroTime?,
        leaderTransitions: Int
    ) {
        self.holderIdentity = holderIdentity
        self.leaseDurationSeconds = leaseDurationSeconds
        self.acquireTime = acquireTime
        self.renewTime = renewTime
        self.leaderTransitions = leaderTransitions
    }

    /// The record a Lease's spec holds (client-go's `LeaseSpecToLeaderElectionRecord`).
    public init(spec: LeaseSpec) {
        self.init(
            holderIdentity: spec.holderIdentity ?? "", leaseDurationSeconds: Int(spec.leaseDurationSeconds ?? 0),
            acquireTime: spec.acquireTime, renewTime: spec.renewTime, leaderTransitions: Int(spec.leaseTransitions ?? 0))
    }

    /// Writes the record into a Lease's spec, keeping its other fields (client-go's
    /// `LeaderElectionRecordToLeaseSpec` writes `holderIdentity` even when empty).
    public func apply(to spec: inout LeaseSpec) {
        spec.holderIdentity = holderIdentity
        spec.leaseDurationSeconds = Int32(clamping: leaseDurationSeconds)
        spec.acquireTime = acquireTime
        spec.renewTime = renewTime
        spec.leaseTransitions = Int32(clamping: leaderTransitions)
    }
}
