/// One check behind `/healthz`: a name and whether it passes now (an informer has synced, the leader
/// elector's lease is not overdue). Checks run on every request: keep them cheap.
public struct HealthCheck: Sendable {
    /// The name shown in a failing `/healthz` answer.
    public var name: String
    /// Whether the check passes.
    public var check: @Sendable () -> Bool

    /// A check named `name`.
    public init(name: String, check: @escaping @Sendable () -> Bool) {
        self.name = name
        self.check = check
    }
}
