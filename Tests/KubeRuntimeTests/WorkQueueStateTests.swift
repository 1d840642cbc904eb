import Testing

@testable import KubeRuntime

/// The queue's bookkeeping as a value: order, de-duplication, processing exclusivity, delays.
struct WorkQueueStateTests {
    let t0 = AnyClock.Instant(offset: .zero)

    func drain(_ state: inout WorkQueueState<String>) -> [String] {
        var keys: [String] = []
        while let handout = state.get(now: t0) { keys.append(handout.key) }
        return keys
    }

    @Test func keysComeOutInTheOrderTheyWereFirstAdded() {
        var state = WorkQueueState<String>()
        for key in ["a", "b", "a", "c", "b"] { _ = state.add(key, now: t0) }
        #expect(drain(&state) == ["a", "b", "c"])
    }

    @Test(arguments: [
        // adds, then what each add did
        (["a"], [WorkQueueState<String>.AddOutcome.queued]),
        (["a", "a"], [.queued, .duplicate]),
        (["a", "b", "a"], [.queued, .queued, .duplicate]),
    ])
    func aQueuedKeyIsQueuedOnce(adds: [String], outcomes: [WorkQueueState<String>.AddOutcome]) {
        var state = WorkQueueState<String>()
        #expect(adds.map { state.add($0, now: t0) } == outcomes)
        #expect(state.count == Set(adds).count)
    }

    @Test func aKeyBeingProcessedIsNotHandedOutAgainUntilDone() {
        var state = WorkQueueState<String>()
        _ = state.add("a", now: t0)
        #expect(state.get(now: t0)?.key == "a")
        #expect(state.add("a", now: t0) == .deferred)
        #expect(state.add("a", now: t0) == .duplicate)
        #expect(state.get(now: t0) == nil, "a is being processed")
        #expect(state.done("a", now: t0) != nil)
        #expect(state.get(now: t0)?.key == "a", "added while processed: processed again after done")
        _ = state.done("a", now: t0)
        #expect(state.get(now: t0) == nil)
    }

    @Test func theHandoutSaysHowLongTheKeyWaited() {
        var state = WorkQueueState<String>()
        _ = state.add("a", now: t0)
        _ = state.add("a", now: t0.advanced(by: .seconds(1)))
        let handout = state.get(now: t0.advanced(by: .seconds(3)))
        #expect(handout?.waited == .seconds(3), "measured from the first add")
        #expect(state.done("a", now: t0.advanced(by: .seconds(5))) == .seconds(2))
    }

    @Test func delayedKeysComeDueInTimeOrderAndKeepTheEarlierTime() {
        var state = WorkQueueState<String>()
        let changed = [
            state.addAfter("late", due: t0.advanced(by: .seconds(5))),
            state.addAfter("early", due: t0.advanced(by: .seconds(1))),
            state.addAfter("late", due: t0.advanced(by: .seconds(2))),
            state.addAfter("early", due: t0.advanced(by: .seconds(3))),
        ]
        #expect(changed == [true, true, true, false], "an earlier time replaces a later one, a later one does not")
        #expect(state.nextDue() == t0.advanced(by: .seconds(1)))
        #expect(state.popDue(now: t0.advanced(by: .milliseconds(999))).isEmpty)
        #expect(state.popDue(now: t0.advanced(by: .seconds(2))) == ["early", "late"])
        #expect(state.nextDue() == nil, "the superseded entry for late is dropped")
        #expect(state.waitingCount == 0)
    }

    @Test func shutdownIgnoresAddsAndDropsDelayedKeysButKeepsQueuedOnes() {
        var state = WorkQueueState<String>()
        _ = state.add("a", now: t0)
        _ = state.addAfter("b", due: t0.advanced(by: .seconds(1)))
        state.shutDown()
        #expect(state.add("c", now: t0) == .ignored)
        let delayed = state.addAfter("d", due: t0)
        #expect(!delayed)
        #expect(state.waitingCount == 0)
        #expect(drain(&state) == ["a"])
    }
}
