import Foundation
import KubeModel
import KubeTestSupport
import Logging
import ServiceLifecycle
import Testing

@testable import KubeRuntime

/// The decision rules alone, on explicit instants.
struct LeaderElectionStateTests {
    let t0 = AnyClock.Instant(offset: .zero)
    let date = MicroTime(Date(timeIntervalSince1970: 1_700_000_000))

    func held(by holder: String, transitions: Int = 0) -> LeaderElectionRecord {
        LeaderElectionRecord(
            holderIdentity: holder, leaseDurationSeconds: 15, acquireTime: date, renewTime: date,
            leaderTransitions: transitions)
    }

    @Test(arguments: [
        // seconds since the candidate saw the record change, whether it may take the lease
        (0, false), (14, false), (15, true), (60, true),
    ])
    func anotherHoldersLeaseIsTakenOnlyAfterItsDurationOnTheCandidatesClock(seconds: Int, takes: Bool) {
        var state = LeaderElectionState(identity: "b", leaseDuration: .seconds(15))
        state.observe(held(by: "a", transitions: 3), now: t0)
        let later = t0.advanced(by: .seconds(seconds))
        let takeover = state.takeover(of: held(by: "a", transitions: 3), now: later, at: date)
        #expect((takeover != nil) == takes)
        #expect(takeover?.holderIdentity ?? "b" == "b")
        #expect(takeover?.leaderTransitions ?? 4 == 4, "a new holder counts a transition")
    }

    @Test func aRenewalSeenRestartsTheWaitButTheSameRecordDoesNot() {
        var state = LeaderElectionState(identity: "b", leaseDuration: .seconds(15))
        state.observe(held(by: "a"), now: t0)
        state.observe(held(by: "a"), now: t0.advanced(by: .seconds(10)))
        #expect(!state.isLeaseValid(now: t0.advanced(by: .seconds(15))), "unchanged: the wait runs from the first sight")
        var renewed = held(by: "a")
        renewed.renewTime = MicroTime(date.date.addingTimeInterval(12))
        state.observe(renewed, now: t0.advanced(by: .seconds(12)))
        #expect(state.isLeaseValid(now: t0.advanced(by: .seconds(26))))
        #expect(!state.isLeaseValid(now: t0.advanced(by: .seconds(27))))
    }

    @Test func aReleasedLeaseIsTakenAtOnce() {
        var state = LeaderElectionState(identity: "b", leaseDuration: .seconds(15))
        var released = held(by: "", transitions: 1)
        released.leaseDurationSeconds = 1
        state.observe(released, now: t0)
        #expect(state.takeover(of: released, now: t0, at: date)?.leaderTransitions == 2)
    }

    @Test func theLeaderRenewsKeepingItsAcquisitionAndReleasesKeepingTransitions() {
        var state = LeaderElectionState(identity: "a", leaseDuration: .seconds(15))
        let first = state.creation(at: date)
        state.wrote(first, now: t0)
        #expect(state.isLeader)
        let later = MicroTime(date.date.addingTimeInterval(2))
        let renewal = state.renewal(now: t0.advanced(by: .seconds(2)), at: later)
        #expect(renewal?.acquireTime == date)
        #expect(renewal?.renewTime == later)
        #expect(state.renewal(now: t0.advanced(by: .seconds(15)), at: later) == nil, "its own view expired: read first")
        let release = state.release(at: later)
        #expect(release.holderIdentity == "")
        #expect(release.leaseDurationSeconds == 1)
        #expect(release.leaderTransitions == 0)
    }

    @Test(arguments: [
        (Duration.seconds(15), Duration.seconds(10), Duration.seconds(2), true),
        (.seconds(10), .seconds(10), .seconds(2), false),
        (.seconds(15), .seconds(2), .seconds(2), false),
        (.seconds(15), .milliseconds(2400), .seconds(2), false),
    ])
    func durationsMustLeaveRoomForRetries(lease: Duration, renew: Duration, retry: Duration, valid: Bool) {
        var configuration = LeaderElectionConfiguration(leaseName: "l", leaseNamespace: "kube-system", identity: "a")
        configuration.leaseDuration = lease
        configuration.renewDeadline = renew
        configuration.retryPeriod = retry
        #expect((configuration.problem == nil) == valid)
    }
}

/// Two candidates on one in-memory Lease store and one manual clock, advanced in 200 ms steps.
struct LeaderElectorTests {
    /// A candidate and what it did: its leading periods (clock offsets) and the leaders it saw.
    final class Candidate: Sendable {
        let elector: LeaderElector
        let access: PartitionableLeaseStore
        let periods = Locked<[(start: Duration, stop: Duration?)]>([])
        let leadersSeen = Locked<[String]>([])

        init(_ identity: String, store: InMemoryLeaseStore, clock: ManualClock) throws {
            let access = PartitionableLeaseStore(store: store, clock: clock)
            let periods = periods
            let leadersSeen = leadersSeen
            self.access = access
            elector = try LeaderElector(
                configuration: LeaderElectionConfiguration(
                    leaseName: "daemonset-controller", leaseNamespace: "kube-system", identity: identity),
                store: access,
                callbacks: LeaderCallbacks(
                    onStartedLeading: {
                        periods.mutate { $0.append((clock.elapsed, nil)) }
                        await waitUntilCancelled()
                        periods.mutate { $0[$0.count - 1].stop = clock.elapsed }
                    },
                    onNewLeader: { leader in leadersSeen.mutate { $0.append(leader) } }),
                clock: clock, random: .constant(0))
        }

        var isLeader: Bool { elector.isLeader }
    }

    let clock = ManualClock()
    let store = InMemoryLeaseStore()

    /// Advances the clock `seconds` in 200 ms steps, checking at every step that at most one candidate leads.
    func run(_ seconds: Int, _ candidates: [Candidate], sourceLocation: SourceLocation = #_sourceLocation) async {
        for _ in 0..<(seconds * 5) {
            clock.advance(by: .milliseconds(200))
            await clock.settle()
            let leaders = candidates.filter(\.isLeader).count
            #expect(leaders <= 1, "two leaders at \(clock.elapsed)", sourceLocation: sourceLocation)
        }
    }

    /// Whether the candidates' leading periods never overlap.
    func disjoint(_ candidates: [Candidate]) -> Bool {
        let periods = candidates.flatMap { $0.periods.value }.sorted { $0.start < $1.start }
        return zip(periods, periods.dropFirst()).allSatisfy { earlier, later in
            earlier.stop.map { $0 <= later.start } ?? false
        }
    }

    func serviceGroup(_ candidate: Candidate) -> ServiceGroup {
        ServiceGroup(configuration: ServiceGroupConfiguration(services: [candidate.elector], logger: Logger(label: "test")))
    }

    @Test func theFirstCandidateLeadsAndTheSecondWaitsWhileItRenews() async throws {
        try await onOneThread {
            let a = try Candidate("a", store: store, clock: clock)
            let b = try Candidate("b", store: store, clock: clock)
            await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await a.elector.run() }
                await clock.settle(sleepers: 1)
                #expect(a.isLeader)
                group.addTask { try await b.elector.run() }
                await clock.settle(sleepers: 2)
                await run(60, [a, b])
                #expect(a.isLeader && !b.isLeader)
                #expect(b.elector.leader == "a")
                group.cancelAll()
            }
            #expect(store.lease?.spec.holderIdentity == "a")
            #expect(store.lease?.spec.leaseDurationSeconds == 15)
            #expect(store.lease?.spec.leaseTransitions == 0)
            #expect(a.leadersSeen.value == ["a"])
            #expect(b.leadersSeen.value == ["a"])
        }
    }

    @Test func aCleanShutdownReleasesTheLeaseAndTheNextCandidateTakesOverAtOnce() async throws {
        try await onOneThread {
            let a = try Candidate("a", store: store, clock: clock)
            let b = try Candidate("b", store: store, clock: clock)
            let groupA = serviceGroup(a)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await groupA.run() }
                await clock.settle(sleepers: 1)
                group.addTask { try await b.elector.run() }
                await clock.settle(sleepers: 2)
                await run(10, [a, b])

                await groupA.triggerGracefulShutdown()
                #expect(await eventually { store.lease?.spec.holderIdentity == "" })
                #expect(store.lease?.spec.leaseDurationSeconds == 1)
                #expect(!a.isLeader)
                let released = clock.elapsed

                await run(3, [a, b])
                #expect(b.isLeader)
                let takeover = try #require(b.periods.value.first?.start)
                #expect(takeover - released <= .seconds(2), "the next retry takes a released lease")
                group.cancelAll()
            }
            #expect(store.lease?.spec.holderIdentity == "b")
            #expect(store.lease?.spec.leaseTransitions == 1)
            #expect(disjoint([a, b]))
        }
    }

    @Test func aLeaderThatCannotRenewStopsBeforeAnotherCandidateTakesOver() async throws {
        try await onOneThread {
            let a = try Candidate("a", store: store, clock: clock)
            let b = try Candidate("b", store: store, clock: clock)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await a.elector.run() }
                await clock.settle(sleepers: 1)
                group.addTask { try await b.elector.run() }
                await clock.settle(sleepers: 2)
                await run(10, [a, b])

                a.access.isCut.mutate { $0 = true }
                let cut = clock.elapsed
                await run(30, [a, b])

                let stop = try #require(a.periods.value.first?.stop)
                let start = try #require(b.periods.value.first?.start)
                #expect(stop - cut <= .seconds(12), "a gives up within its renew deadline after its last renewal")
                #expect(start - cut >= .seconds(13), "b waits a whole lease duration after a's last renewal it saw")
                #expect(start > stop)
                #expect(b.isLeader && !a.isLeader)
                group.cancelAll()
            }
            #expect(store.lease?.spec.holderIdentity == "b")
            #expect(store.lease?.spec.leaseTransitions == 1)
            #expect(disjoint([a, b]))
        }
    }

    @Test func aRenewalAnsweredLateDoesNotExtendLeadership() async throws {
        try await onOneThread {
            let a = try Candidate("a", store: store, clock: clock)
            let b = try Candidate("b", store: store, clock: clock)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await a.elector.run() }
                await clock.settle(sleepers: 1)
                group.addTask { try await b.elector.run() }
                await clock.settle(sleepers: 2)
                await run(10, [a, b])

                // The renewal at 12 s lands at once but is answered at 21 s; meanwhile the network goes.
                a.access.answerDelay.mutate { $0 = .seconds(9) }
                await run(3, [a, b])
                a.access.isCut.mutate { $0 = true }
                await run(30, [a, b])

                let stop = try #require(a.periods.value.first?.stop)
                let start = try #require(b.periods.value.first?.start)
                #expect(stop <= .seconds(24), "12 s after the start of the last renewal that succeeded")
                #expect(start >= .seconds(27), "15 s after b saw that renewal")
                #expect(b.isLeader && !a.isLeader)
                group.cancelAll()
            }
            #expect(disjoint([a, b]))
        }
    }

    @Test func aConfigurationWithDurationsOutOfOrderIsRefused() {
        var configuration = LeaderElectionConfiguration(leaseName: "l", leaseNamespace: "ns", identity: "a")
        configuration.renewDeadline = .seconds(20)
        #expect(throws: KubeRuntimeError.self) {
            _ = try LeaderElector(configuration: configuration, store: store, callbacks: LeaderCallbacks(onStartedLeading: {}))
        }
    }
}
