import KubeClient
import KubeModel
import Logging
import ServiceLifecycle
import Synchronization

/// Leader election on a `coordination.k8s.io/v1` Lease, client-go's `leaderelection.LeaderElector`.
///
/// Candidates try to acquire the lease every `retryPeriod` (jittered); the holder renews it every
/// `retryPeriod` and gives leadership up when it cannot renew within `renewDeadline`. Writes use the lease's
/// resourceVersion, so of two candidates racing, one gets a conflict. A candidate takes an unreleased lease
/// only after seeing it unchanged for `leaseDuration` on its own clock, longer than any holder keeps
/// believing in an unrenewed lease, so two candidates never lead at once. On graceful shutdown the leader
/// stops its work, then releases the lease so the next candidate takes over at once.
///
/// A `Service`: `run()` campaigns, leads once, and returns when leadership ends or on graceful shutdown.
public final class LeaderElector: Service, Sendable {
    /// How the elector campaigns.
    public typealias Configuration = LeaderElectionConfiguration

    /// The configuration.
    public let configuration: Configuration
    private let store: any LeaseStore
    private let callbacks: LeaderCallbacks
    private let clock: AnyClock
    private let random: RandomSource
    private let logger: Logger
    private let state: Mutex<Inner>

    /// An elector for `configuration` on `store`; throws `.invalidConfiguration` when the durations are out of
    /// order (`leaseDuration > renewDeadline > retryPeriod * 1.2`).
    public init(
        configuration: Configuration, store: any LeaseStore, callbacks: LeaderCallbacks,
        clock: some Clock<Duration> = ContinuousClock(), random: RandomSource = .system,
        logger: Logger = Logger(label: "daemonry.leader-election")
    ) throws(KubeRuntimeError) {
        if let problem = configuration.problem { throw KubeRuntimeError(.invalidConfiguration, problem) }
        self.configuration = configuration
        self.store = store
        self.callbacks = callbacks
        self.clock = AnyClock(clock)
        self.random = random
        var logger = logger
        logger[metadataKey: "lease"] = .string(configuration.leaseNamespace + "/" + configuration.leaseName)
        logger[metadataKey: "identity"] = .string(configuration.identity)
        self.logger = logger
        self.state = Mutex(
            Inner(election: LeaderElectionState(identity: configuration.identity, leaseDuration: configuration.leaseDuration)))
    }

    /// Whether this candidate is leading now (its work is running).
    public var isLeader: Bool { state.withLock { $0.isLeading } }

    /// The holder last observed ("" when released), nil before the first observation.
    public var leader: String? { state.withLock { $0.election.observedRecord?.holderIdentity } }

    /// Campaigns, leads until leadership ends, then releases the lease (when configured). Graceful shutdown
    /// ends the campaign or the leadership; the release still happens, as it runs after the cancelled part.
    public func run() async throws {
        let led = await cancelWhenGracefulShutdown { await self.campaignAndLead() }
        if led, configuration.releaseOnCancel, !Task.isCancelled { await release() }
    }

    // MARK: Campaign

    /// Acquires the lease, runs the leader's work beside the renewal loop until either ends, and returns
    /// whether it led at all.
    private func campaignAndLead() async -> Bool {
        guard let acquiredAt = await acquire() else { return false }
        state.withLock { $0.isLeading = true }
        logger.info("started leading")
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await self.callbacks.onStartedLeading()
                } catch {
                    self.logger.error("the leader's work failed", metadata: ["error": "\(error)"])
                }
            }
            group.addTask { await self.renewUntilLost(renewedAt: acquiredAt) }
            // Whichever ends first (the work, or the renewals) ends the leadership.
            await group.next()
            group.cancelAll()
        }
        state.withLock { $0.isLeading = false }
        logger.info("stopped leading")
        callbacks.onStoppedLeading()
        return true
    }

    /// Tries every `retryPeriod` (jittered by up to 1.2 times) until the lease is ours; returns when the
    /// successful attempt started, nil when cancelled.
    private func acquire() async -> AnyClock.Instant? {
        while !Task.isCancelled {
            let attempt = clock.now
            let acquired = await tryAcquireOrRenew()
            reportLeader()
            if acquired { return attempt }
            try? await clock.sleep(for: random.jitter(configuration.retryPeriod, factor: Configuration.jitterFactor))
        }
        return nil
    }

    /// Renews every `retryPeriod` (retrying failures every `retryPeriod`); returns when a renewal did not
    /// succeed in time, or when cancelled.
    ///
    /// In time means within `renewDeadline` of the cycle's start, as client-go, and also within
    /// `retryPeriod + renewDeadline` of the start of the last successful renewal. Other candidates count
    /// `leaseDuration` from when they saw that renewal, which is no earlier than its start; bounding by it
    /// keeps a leader whose renewal was answered late from leading past the moment another may take over.
    private func renewUntilLost(renewedAt acquiredAt: AnyClock.Instant) async {
        var renewedAt = acquiredAt
        while !Task.isCancelled {
            try? await clock.sleep(for: configuration.retryPeriod)
            let deadline = min(
                clock.now.advanced(by: configuration.renewDeadline),
                renewedAt.advanced(by: configuration.retryPeriod + configuration.renewDeadline))
            var renewed = false
            while !renewed, !Task.isCancelled, clock.now < deadline {
                let attempt = clock.now
                // The attempt itself is bounded too: a hung request must not keep a lost leader leading.
                renewed = (try? await withDeadline(deadline, clock: clock) { await self.tryAcquireOrRenew() }) == true
                if renewed {
                    renewedAt = attempt
                } else {
                    try? await clock.sleep(until: min(clock.now.advanced(by: configuration.retryPeriod), deadline))
                }
            }
            reportLeader()
            guard renewed else {
                if !Task.isCancelled { logger.warning("failed to renew the lease in time") }
                return
            }
        }
    }

    /// One attempt to acquire or renew, client-go's `tryAcquireOrRenew`.
    private func tryAcquireOrRenew() async -> Bool {
        let now = clock.now
        let date = MicroTime(clock.date(at: now))

        // 1. The leader renews optimistically with the lease it last wrote; a conflict falls back to reading.
        let (renewal, cached) = state.withLock { ($0.election.renewal(now: now, at: date), $0.lease) }
        if let renewal, let cached, await write(renewal, over: cached, create: false) { return true }

        // 2. Read the lease, or create it.
        let current: Lease
        do {
            current = try await store.lease(name: configuration.leaseName, namespace: configuration.leaseNamespace)
        } catch let error as KubeClientError where error.code == .notFound {
            var lease = Lease(name: configuration.leaseName, namespace: configuration.leaseNamespace)
            let record = state.withLock { $0.election.creation(at: date) }
            record.apply(to: &lease.spec)
            return await write(record, over: lease, create: true)
        } catch {
            if !Task.isCancelled { logger.warning("failed to read the lease", metadata: ["error": "\(error)"]) }
            return false
        }

        // 3. Someone else holds a lease still valid by this candidate's clock: wait.
        let record = LeaderElectionRecord(spec: current.spec)
        let takeover = state.withLock { inner -> LeaderElectionRecord? in
            inner.lease = current
            inner.election.observe(record, now: clock.now)
            return inner.election.takeover(of: record, now: now, at: date)
        }
        guard let takeover else { return false }

        // 4. Take it over (or renew it), conditional on the resourceVersion just read.
        return await write(takeover, over: current, create: false)
    }

    /// Writes `record` into `lease` (creating or updating it) and notes the result; false on any failure.
    private func write(_ record: LeaderElectionRecord, over lease: Lease, create: Bool) async -> Bool {
        var lease = lease
        record.apply(to: &lease.spec)
        do {
            let stored = create ? try await store.createLease(lease) : try await store.updateLease(lease)
            let now = clock.now
            state.withLock { inner in
                inner.lease = stored
                inner.election.wrote(record, now: now)
            }
            return true
        } catch {
            if !Task.isCancelled {
                logger.debug(
                    create ? "failed to create the lease" : "failed to update the lease",
                    metadata: ["error": "\(error)"])
            }
            return false
        }
    }

    /// Gives the lease up if this candidate holds it (client-go's `release`), bounded by `renewDeadline`.
    private func release() async {
        let deadline = clock.now.advanced(by: configuration.renewDeadline)
        let released = try? await withDeadline(deadline, clock: clock) { () async -> Bool in
            // A renewal cut off by the shutdown may still land on the server after the read: the release then
            // conflicts with it, and reading again sees it.
            for _ in 0..<3 where await self.tryRelease() {
                return true
            }
            return false
        }
        if released == true {
            logger.info("released the lease")
        } else {
            logger.warning("failed to release the lease")
        }
    }

    /// Reads the lease and, if this candidate holds it, writes the released record; false on any failure.
    private func tryRelease() async -> Bool {
        let current: Lease
        do {
            current = try await store.lease(name: configuration.leaseName, namespace: configuration.leaseNamespace)
        } catch {
            return false
        }
        let now = clock.now
        let record = state.withLock { inner -> LeaderElectionRecord? in
            inner.lease = current
            inner.election.observe(LeaderElectionRecord(spec: current.spec), now: now)
            return inner.election.isLeader ? inner.election.release(at: MicroTime(clock.date(at: now))) : nil
        }
        guard let record else { return true }
        return await write(record, over: current, create: false)
    }

    /// Tells `onNewLeader` when the observed holder changed since last reported.
    private func reportLeader() {
        let changed = state.withLock { inner -> String? in
            guard let holder = inner.election.observedRecord?.holderIdentity, holder != inner.reportedLeader else {
                return nil
            }
            inner.reportedLeader = holder
            return holder
        }
        if let changed {
            logger.info("new leader observed", metadata: ["leader": .string(changed)])
            callbacks.onNewLeader(changed)
        }
    }

    /// Everything behind the lock.
    private struct Inner: Sendable {
        var election: LeaderElectionState
        /// The lease as last read or written: its resourceVersion makes the next write conditional.
        var lease: Lease?
        /// The holder last reported to `onNewLeader`.
        var reportedLeader: String?
        /// Whether the leader's work is running.
        var isLeading = false
    }
}
