/// How a `LeaderElector` campaigns; the durations are client-go's and kube-controller-manager's defaults.
public struct LeaderElectionConfiguration: Sendable, Hashable {
    /// The Lease's name (kube-controller-manager: `kube-controller-manager`).
    public var leaseName: String
    /// The Lease's namespace (kube-controller-manager: `kube-system`).
    public var leaseNamespace: String
    /// This candidate's identity, unique among candidates (upstream: hostname plus a UUID).
    public var identity: String
    /// How long a candidate waits after last seeing the lease change before taking it: 15 s. It bounds how
    /// long the system goes leaderless after a leader dies.
    public var leaseDuration: Duration = .seconds(15)
    /// How long the leader keeps retrying a failed renewal before giving up leadership: 10 s. Shorter than
    /// `leaseDuration`, so a leader that cannot renew stops before anyone else may take over.
    public var renewDeadline: Duration = .seconds(10)
    /// How long to wait between attempts: 2 s (candidates add up to 1.2 times this as jitter, as client-go).
    public var retryPeriod: Duration = .seconds(2)
    /// Give the lease up when leadership ends (holder cleared, duration 1 s) so the next candidate takes over
    /// at once instead of after `leaseDuration`: true, client-go's `ReleaseOnCancel` as kube-controller-manager
    /// sets it.
    public var releaseOnCancel = true

    /// The jitter factor on a candidate's retries: client-go's `JitterFactor`, 1.2.
    public static let jitterFactor = 1.2

    /// A configuration for `identity` campaigning on the Lease `leaseNamespace/leaseName`.
    public init(leaseName: String, leaseNamespace: String, identity: String) {
        self.leaseName = leaseName
        self.leaseNamespace = leaseNamespace
        self.identity = identity
    }

    /// Why the configuration cannot work, as client-go's `NewLeaderElector` checks it; nil when it can.
    public var problem: String? {
        if identity.isEmpty { return "leader election requires an identity" }
        if leaseName.isEmpty || leaseNamespace.isEmpty { return "leader election requires a lease name and namespace" }
        if leaseDuration <= renewDeadline { return "leaseDuration must be greater than renewDeadline" }
        if renewDeadline <= retryPeriod * Self.jitterFactor {
            return "renewDeadline must be greater than retryPeriod*JitterFactor"
        }
        if retryPeriod <= .zero { return "retryPeriod must be greater than zero" }
        return nil
    }
}
