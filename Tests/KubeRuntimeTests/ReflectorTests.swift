import KubeClient
import KubeModel
import KubeTestSupport
import Testing

@testable import KubeRuntime

/// The reflector against a scripted lister-watcher, on a jumping clock with jitter fixed at one half (so
/// every backoff is 1.5 times its base and every watch timeout is 450 s).
struct ReflectorTests {
    typealias Call = ScriptedListerWatcher.Call

    static let expired = KubeClientError(.expired, "too old resource version: 5 (12)", httpStatus: 410)
    static let refused = KubeClientError(.transport, "connection refused")

    /// Runs a reflector over `steps` until the script is spent; returns the calls, the store's changes,
    /// the clock's sleeps and the last synced version.
    func play(_ steps: [ScriptedListerWatcher.Step]) async throws -> (
        calls: [Call], changes: [RecordingStore.Change], sleeps: [Duration], resourceVersion: String
    ) {
        let clock = JumpingClock()
        let source = ScriptedListerWatcher(steps, clock: clock)
        let store = RecordingStore()
        let reflector = Reflector(source: source, store: store, clock: clock, random: .constant(0.5))
        await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await reflector.run() }
            #expect(await eventually { source.isSpent }, "the reflector stopped before the script ended")
            group.cancelAll()
        }
        return (source.calls, store.changes, clock.sleeps, reflector.lastSyncResourceVersion)
    }

    @Test func listsThenWatchesFromTheListsResourceVersion() async throws {
        let result = try await play([
            .list([Fixtures.pod("a"), Fixtures.pod("b")], resourceVersion: "10"),
            .watch([
                Fixtures.event(.added, Fixtures.pod("c", resourceVersion: "11")),
                Fixtures.event(.modified, Fixtures.pod("a", resourceVersion: "12")),
                Fixtures.event(.deleted, Fixtures.pod("b", resourceVersion: "13")),
            ]),
        ])
        #expect(result.calls == [
            .list(resourceVersion: "0"),
            .watch(resourceVersion: "10", timeoutSeconds: 450, bookmarks: true),
            // The watch ended cleanly (its timeout): resume from the last event, no relist, no backoff.
            .watch(resourceVersion: "13", timeoutSeconds: 450, bookmarks: true),
        ])
        #expect(result.changes == [.replace(["a", "b"], resourceVersion: "10"), .add("c"), .update("a"), .delete("b")])
        #expect(result.sleeps.isEmpty)
        #expect(result.resourceVersion == "13")
    }

    @Test func aBookmarkAdvancesTheResourceVersionWithoutTouchingTheStore() async throws {
        let result = try await play([
            .list([Fixtures.pod("a")], resourceVersion: "5"),
            .watch([Fixtures.bookmark("9")]),
        ])
        #expect(result.calls.last == .watch(resourceVersion: "9", timeoutSeconds: 450, bookmarks: true))
        #expect(result.changes == [.replace(["a"], resourceVersion: "5")])
    }

    @Test func anExpiredWatchRelistsFromTheLastSeenVersionAfterABackoff() async throws {
        let result = try await play([
            .list([Fixtures.pod("a")], resourceVersion: "5"),
            .watch([Fixtures.event(.added, Fixtures.pod("x", resourceVersion: "6"))], end: Self.expired),
            .list([Fixtures.pod("a"), Fixtures.pod("x")], resourceVersion: "20"),
        ])
        #expect(result.calls == [
            .list(resourceVersion: "0"),
            .watch(resourceVersion: "5", timeoutSeconds: 450, bookmarks: true),
            .list(resourceVersion: "6"),
            .watch(resourceVersion: "20", timeoutSeconds: 450, bookmarks: true),
        ])
        #expect(result.sleeps == [.milliseconds(1200)])
        #expect(result.changes.last == .replace(["a", "x"], resourceVersion: "20"))
    }

    @Test func aListAtAnExpiredVersionRetriesAtOnceWithTheLatest() async throws {
        let result = try await play([
            .list([], resourceVersion: "5"),
            .watch([], end: Self.expired),
            .listFails(Self.expired),
            .list([Fixtures.pod("a")], resourceVersion: "30"),
        ])
        #expect(result.calls == [
            .list(resourceVersion: "0"),
            .watch(resourceVersion: "5", timeoutSeconds: 450, bookmarks: true),
            .list(resourceVersion: "5"),
            .list(resourceVersion: ""),
            .watch(resourceVersion: "30", timeoutSeconds: 450, bookmarks: true),
        ])
        #expect(result.sleeps == [.milliseconds(1200)], "only the expired watch backs off")
    }

    @Test func failuresBackOffExponentiallyAndTheBackoffResetsAfterTwoMinutesOfHealth() async throws {
        let internalError = KubeClientError(.internalError, "etcd leader changed", httpStatus: 500)
        let result = try await play([
            .listFails(Self.refused),
            .listFails(Self.refused),
            .listFails(Self.refused),
            .list([], resourceVersion: "3"),
            .watchFails(internalError),
            .list([], resourceVersion: "4"),
            .watch([], end: internalError, lasting: .seconds(180)),
            .list([], resourceVersion: "5"),
        ])
        #expect(result.calls.prefix(4) == [.list(resourceVersion: "0"), .list(resourceVersion: "0"),
                                           .list(resourceVersion: "0"), .list(resourceVersion: "0")])
        // 800 ms doubling, each plus half of itself as jitter; then, after three healthy minutes, 800 ms again.
        #expect(result.sleeps == [
            .milliseconds(1200), .milliseconds(2400), .milliseconds(4800), .milliseconds(9600), .milliseconds(1200),
        ])
    }

    @Test func aRefusedOrThrottledWatchIsRetriedWithoutRelisting() async throws {
        let throttled = KubeClientError(.tooManyRequests, "slow down", httpStatus: 429)
        let result = try await play([
            .list([], resourceVersion: "3"),
            .watchFails(Self.refused),
            .watch([], end: throttled),
        ])
        #expect(result.calls == [
            .list(resourceVersion: "0"),
            .watch(resourceVersion: "3", timeoutSeconds: 450, bookmarks: true),
            .watch(resourceVersion: "3", timeoutSeconds: 450, bookmarks: true),
            .watch(resourceVersion: "3", timeoutSeconds: 450, bookmarks: true),
        ])
        #expect(result.sleeps == [.milliseconds(1200), .milliseconds(2400)])
    }

    @Test func aWatchEndingAtOnceWithoutEventsCountsAsAFailure() async throws {
        let result = try await play([
            .list([], resourceVersion: "3"),
            .watch([], lasting: .milliseconds(10)),
        ])
        #expect(result.calls.last == .list(resourceVersion: "3"))
        #expect(result.sleeps == [.milliseconds(1200)])
    }
}

/// The state machine alone: how each way a watch can end decides the next step.
struct ReflectorStateMachineTests {
    enum Next: Hashable { case watch, relist, backoffThenWatch, backoffThenRelist }

    static let cases: [(error: KubeClientError?, events: Int, lasted: Duration, next: Next)] = [
        (nil, 3, .seconds(300), .watch),
        (nil, 0, .seconds(300), .watch),
        (nil, 0, .milliseconds(500), .backoffThenRelist),
        (KubeClientError(.transport, "connection reset"), 2, .seconds(30), .watch),
        (KubeClientError(.expired, "gone", httpStatus: 410), 2, .seconds(30), .backoffThenRelist),
        (KubeClientError(.gone, "gone", httpStatus: 410), 0, .seconds(30), .backoffThenRelist),
        (KubeClientError(.tooManyRequests, "busy", httpStatus: 429), 1, .seconds(30), .backoffThenWatch),
        (KubeClientError(.decoding, "bad event"), 1, .seconds(30), .backoffThenRelist),
    ]

    @Test(arguments: cases)
    func aWatchEnd(error: KubeClientError?, events: Int, lasted: Duration, next: Next) {
        var machine = ReflectorStateMachine(configuration: ReflectorConfiguration(), random: .constant(0))
        let start = AnyClock.Instant(offset: .zero)
        #expect(machine.nextAction(now: start) == .list(resourceVersion: "0"))
        machine.listSucceeded(resourceVersion: "7")
        #expect(machine.nextAction(now: start) == .watch(resourceVersion: "7", timeoutSeconds: 300))
        for version in 0..<events { machine.watchEvent(resourceVersion: String(8 + version)) }
        machine.watchEnded(error: error, now: start.advanced(by: lasted))

        let version = String(7 + events)
        var action = machine.nextAction(now: start.advanced(by: lasted))
        let backedOff = action == .sleep(.milliseconds(800))
        if backedOff { action = machine.nextAction(now: start.advanced(by: lasted)) }
        switch next {
        case .watch, .backoffThenWatch:
            #expect(action == .watch(resourceVersion: version, timeoutSeconds: 300))
        case .relist, .backoffThenRelist:
            #expect(action == .list(resourceVersion: version))
        }
        #expect(backedOff == (next == .backoffThenWatch || next == .backoffThenRelist))
    }

    @Test(arguments: [0.0, 0.25, 0.999])
    func watchTimeoutsSpreadBetweenFiveAndTenMinutes(draw: Double) {
        var machine = ReflectorStateMachine(configuration: ReflectorConfiguration(), random: .constant(draw))
        machine.listSucceeded(resourceVersion: "1")
        guard case .watch(_, let timeout) = machine.nextAction(now: AnyClock.Instant(offset: .zero)) else {
            Issue.record("expected a watch")
            return
        }
        #expect(timeout == Int(300 * (1 + draw)))
        #expect((300..<600).contains(timeout))
    }
}
