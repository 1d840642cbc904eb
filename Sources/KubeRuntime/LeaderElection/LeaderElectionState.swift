import KubeModel

/// What one candidate believes about the lease, and the decision it makes from it: client-go's
/// `tryAcquireOrRenew` without the I/O.
///
/// The safety rule is client-go's: a candidate trusts its own clock only. It notes the instant it last saw
/// the record change (`observedTime`), and treats the lease as held until `leaseDuration` after that
/// instant, whatever times the record itself carries; clocks of different machines never get compared.
struct LeaderElectionState: Sendable {
    /// What the candidate last wrote or saw.
    private(set) var observedRecord: LeaderElectionRecord?
    /// When, by the candidate's clock, the record last changed.
    private(set) var observedTime: AnyClock.Instant?
    let identity: String
    let leaseDurationSeconds: Int

    init(identity: String, leaseDuration: Duration) {
        self.identity = identity
        self.leaseDurationSeconds = Int(leaseDuration.wholeSeconds)
    }

    /// Whether the last record seen names this candidate.
    var isLeader: Bool { observedRecord?.holderIdentity == identity }

    /// Whether the lease seen is still held at `now`: less than its duration since it last changed.
    func isLeaseValid(now: AnyClock.Instant) -> Bool {
        guard let observedRecord, let observedTime else { return false }
        return now < observedTime.advanced(by: .seconds(observedRecord.leaseDurationSeconds))
    }

    /// Notes `record` read from the server at `now`; only a change restarts the lease's time.
    mutating func observe(_ record: LeaderElectionRecord, now: AnyClock.Instant) {
        guard record != observedRecord else { return }
        observedRecord = record
        observedTime = now
    }

    /// Notes that the candidate wrote `record` at `now`.
    mutating func wrote(_ record: LeaderElectionRecord, now: AnyClock.Instant) {
        observedRecord = record
        observedTime = now
    }

    /// The record a leader writes to renew without reading first (the fast path), or nil when it must read:
    /// it is not the leader, or its own view of the lease has expired.
    func renewal(now: AnyClock.Instant, at date: MicroTime) -> LeaderElectionRecord? {
        guard isLeader, isLeaseValid(now: now), let observedRecord else { return nil }
        return LeaderElectionRecord(
            holderIdentity: identity, leaseDurationSeconds: leaseDurationSeconds,
            acquireTime: observedRecord.acquireTime, renewTime: date,
            leaderTransitions: observedRecord.leaderTransitions)
    }

    /// The record to write over `current` (just observed), or nil when another holder's lease is still valid.
    func takeover(of current: LeaderElectionRecord, now: AnyClock.Instant, at date: MicroTime) -> LeaderElectionRecord? {
        if !current.holderIdentity.isEmpty, isLeaseValid(now: now), !isLeader { return nil }
        // Renewing keeps the acquisition; taking over counts a transition.
        return LeaderElectionRecord(
            holderIdentity: identity, leaseDurationSeconds: leaseDurationSeconds,
            acquireTime: isLeader ? current.acquireTime : date, renewTime: date,
            leaderTransitions: isLeader ? current.leaderTransitions : current.leaderTransitions + 1)
    }

    /// The first record, for a lease that does not exist yet.
    func creation(at date: MicroTime) -> LeaderElectionRecord {
        LeaderElectionRecord(
            holderIdentity: identity, leaseDurationSeconds: leaseDurationSeconds, acquireTime: date, renewTime: date,
            leaderTransitions: 0)
    }

    /// The record that gives the lease up (client-go's `release`): no holder, a 1-second duration so the next
    /// candidate need not wait out the full one, transitions kept.
    func release(at date: MicroTime) -> LeaderElectionRecord {
        LeaderElectionRecord(
            holderIdentity: "", leaseDurationSeconds: 1, acquireTime: date, renewTime: date,
            leaderTransitions: observedRecord?.leaderTransitions ?? 0)
    }
}
