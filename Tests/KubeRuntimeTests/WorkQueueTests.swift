import KubeTestSupport
import Metrics
import Prometheus
import Testing

@testable import KubeRuntime

/// The queue with its waiting getters and delay loop, on a manual clock.
struct WorkQueueTests {
    func makeQueue(
        clock: ManualClock = ManualClock(), rateLimiter: any WorkQueueRateLimiter<String> = MaxOfRateLimiter<String>.defaultController(),
        coalescing: Duration = .zero
    ) -> WorkQueue<String> {
        WorkQueue(
            name: "test", rateLimiter: rateLimiter, clock: clock, coalescing: coalescing,
            metricsFactory: PrometheusMetricsFactory(registry: PrometheusCollectorRegistry()))
    }

    @Test func aGetterWaitsForTheNextAdd() async {
        let queue = makeQueue()
        await withTaskGroup(of: String?.self) { group in
            group.addTask { await queue.get() }
            await Task.yield()
            queue.add("a")
            #expect(await group.next() == "a")
        }
    }

    @Test func aWorkerForgetsSuccessesAndRequeuesFailuresRateLimited() async {
        let queue = makeQueue()
        queue.addRateLimited("b")
        #expect(queue.numRequeues("b") == 1)
        queue.add("a")
        queue.add("b")
        queue.shutdown()
        let handled = Locked<[String]>([])
        let failed = Locked<[String]>([])
        struct Failure: Error {}
        // After shutdown the queue hands out what it holds, then the worker ends.
        await queue.process { key in
            handled.mutate { $0.append(key) }
            if key == "a" { throw Failure() }
        } onFailure: { key, _ in
            failed.mutate { $0.append(key) }
        }
        #expect(handled.value == ["a", "b"])
        #expect(failed.value == ["a"])
        #expect(queue.numRequeues("a") == 1)
        #expect(queue.numRequeues("b") == 0)
    }

    @Test func twoWorkersNeverHoldTheSameKey() async {
        let queue = makeQueue()
        queue.add("a")
        let first = await queue.get()
        #expect(first == "a")
        queue.add("a")
        queue.add("b")
        // The second worker gets b: a is held by the first, and comes back only after done.
        #expect(await queue.get() == "b")
        #expect(queue.queuedKeys.isEmpty)
        queue.done("a")
        #expect(queue.queuedKeys == ["a"])
        #expect(await queue.get() == "a")
    }

    @Test func manyWorkersProcessEveryKeyOnceAndNeverConcurrently() async {
        let queue = makeQueue()
        let held = Locked<Set<String>>([])
        let processed = Locked<[String: Int]>([:])
        let violations = Locked(0)
        for key in 0..<50 { queue.add("k\(key % 10)") }
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    while let key = await queue.get() {
                        if !held.mutate({ $0.insert(key).inserted }) { violations.mutate { $0 += 1 } }
                        await Task.yield()
                        processed.mutate { $0[key, default: 0] += 1 }
                        held.mutate { _ = $0.remove(key) }
                        queue.done(key)
                    }
                }
            }
            #expect(await eventually { processed.value.count == 10 && queue.count == 0 })
            queue.shutdown()
        }
        #expect(violations.value == 0)
        #expect(processed.value.values.allSatisfy { $0 == 1 }, "ten distinct keys added five times each: once each")
    }

    @Test func delayedAddsComeDueOnTheClock() async throws {
        await onOneThread {
            let clock = ManualClock()
            let queue = makeQueue(clock: clock)
            await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await queue.run() }
                queue.addAfter("slow", delay: .seconds(10))
                queue.addAfter("fast", delay: .seconds(1))
                queue.addAfter("now", delay: .zero)
                #expect(queue.queuedKeys == ["now"], "a zero delay adds at once")
                await clock.settle(sleepers: 1)
                #expect(clock.deadlines == [.seconds(1)], "the loop sleeps until the earliest key")

                clock.advance(by: .milliseconds(999))
                #expect(queue.queuedKeys == ["now"])
                clock.advance(by: .milliseconds(1))
                #expect(await eventually { queue.queuedKeys == ["now", "fast"] })
                await clock.settle(sleepers: 1)
                #expect(clock.deadlines == [.seconds(10)])

                // A key due earlier than the loop's planned wake-up wakes it.
                queue.addAfter("sooner", delay: .seconds(2))
                #expect(await eventually { clock.deadlines == [.seconds(3)] })
                clock.advance(by: .seconds(9))
                #expect(await eventually { queue.queuedKeys == ["now", "fast", "sooner", "slow"] })
                queue.shutdown()
            }
        }
    }

    @Test func coalescedDelaysComeDueTogetherAtMostThatLate() async throws {
        await onOneThread {
            let clock = ManualClock()
            let queue = makeQueue(clock: clock, coalescing: .milliseconds(50))
            await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await queue.run() }
                queue.addAfter("a", delay: .seconds(1))
                await clock.settle(sleepers: 1)
                #expect(clock.deadlines == [.milliseconds(1050)], "the loop sleeps until the earliest key, plus the coalescing")
                for (key, delay) in [("b", 1_020), ("c", 1_049), ("d", 1_200)] {
                    queue.addAfter(key, delay: .milliseconds(delay))
                }
                await clock.settle(sleepers: 1)
                #expect(clock.deadlines == [.milliseconds(1050)], "keys due within the coalescing of the wake-up do not wake the loop")

                clock.advance(by: .milliseconds(1049))
                #expect(queue.queuedKeys.isEmpty, "nothing is handed out early")
                clock.advance(by: .milliseconds(1))
                #expect(await eventually { Set(queue.queuedKeys) == ["a", "b", "c"] }, "one wake-up moves every key due by then")
                await clock.settle(sleepers: 1)
                #expect(clock.deadlines == [.milliseconds(1250)])

                // A key due well before the planned wake-up still wakes the loop.
                queue.addAfter("e", delay: .milliseconds(10))
                #expect(await eventually { clock.deadlines == [.milliseconds(1110)] })
                clock.advance(by: .milliseconds(200))
                #expect(await eventually { queue.count == 5 })
                queue.shutdown()
            }
        }
    }

    @Test func rateLimitedAddsBackOffPerKeyUntilForgotten() async throws {
        await onOneThread {
            let clock = ManualClock()
            let queue = makeQueue(clock: clock, rateLimiter: ItemExponentialFailureRateLimiter<String>())
            await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await queue.run() }
                for (attempt, delay) in [5, 10, 20, 40].enumerated() {
                    queue.addRateLimited("a")
                    #expect(queue.numRequeues("a") == attempt + 1)
                    await clock.settle(sleepers: 1)
                    #expect(clock.deadlines == [clock.elapsed + .milliseconds(delay)])
                    clock.advance(by: .milliseconds(delay))
                    #expect(await queue.get() == "a")
                    queue.done("a")
                }
                queue.forget("a")
                #expect(queue.numRequeues("a") == 0)
                queue.addRateLimited("a")
                await clock.settle(sleepers: 1)
                #expect(clock.deadlines == [clock.elapsed + .milliseconds(5)], "forgotten: back to the base delay")
                queue.shutdown()
            }
        }
    }

    @Test func shutdownHandsOutWhatIsQueuedThenNil() async {
        let queue = makeQueue()
        queue.add("a")
        queue.add("b")
        queue.shutdown()
        queue.add("c")
        #expect(await queue.get() == "a")
        #expect(await queue.get() == "b")
        #expect(await queue.get() == nil)
        #expect(queue.isShuttingDown)
    }

    @Test func shutdownWakesWaitingGettersWithNil() async {
        let queue = makeQueue()
        await withTaskGroup(of: String?.self) { group in
            group.addTask { await queue.get() }
            group.addTask { await queue.get() }
            await Task.yield()
            queue.shutdown()
            #expect(await group.next() == .some(nil))
            #expect(await group.next() == .some(nil))
        }
    }

    @Test func shutdownWithDrainWaitsForKeysInProcess() async {
        let queue = makeQueue()
        queue.add("a")
        #expect(await queue.get() == "a")
        let drained = Locked(false)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await queue.shutdownWithDrain()
                drained.mutate { $0 = true }
            }
            #expect(await eventually { queue.isShuttingDown })
            for _ in 0..<100 { await Task.yield() }
            #expect(!drained.value, "a is still being processed")
            queue.done("a")
        }
        #expect(drained.value)
    }

    @Test func aCancelledGetterReturnsNilAndLosesNoKey() async {
        let queue = makeQueue()
        await withTaskGroup(of: String?.self) { group in
            group.addTask { await queue.get() }
            group.cancelAll()
            #expect(await group.next() == .some(nil))
        }
        queue.add("a")
        #expect(await queue.get() == "a")
    }
}

/// The rate limiters' delays, as client-go computes them.
struct WorkQueueRateLimiterTests {
    let now = AnyClock.Instant(offset: .zero)

    @Test(arguments: [
        (1, Duration.milliseconds(5)),
        (2, .milliseconds(10)),
        (3, .milliseconds(20)),
        (11, .milliseconds(5120)),
        (18, .milliseconds(655_360)),
        (19, .seconds(1000)),
        (200, .seconds(1000)),
        (5000, .seconds(1000)),
    ])
    func itemExponentialDoublesFromFiveMillisecondsToAThousandSeconds(failures: Int, delay: Duration) {
        var limiter = ItemExponentialFailureRateLimiter<String>()
        var last = Duration.zero
        for _ in 0..<failures { last = limiter.when("a", now: now) }
        #expect(last == delay, "after \(failures) failures")
        #expect(limiter.numRequeues("a") == failures)
        #expect(limiter.when("b", now: now) == .milliseconds(5), "keys back off independently")
    }

    @Test func theDefaultControllerLimiterIsTheSlowerOfPerKeyAndOverallLimits() {
        var limiter = MaxOfRateLimiter<String>.defaultController()
        // 100 distinct keys use the bucket's burst: each waits its first 5 ms.
        for key in 0..<100 { #expect(limiter.when("k\(key)", now: now) == .milliseconds(5)) }
        // Then the bucket refills 10 per second: the 101st key waits 100 ms, the next 200 ms.
        #expect(limiter.when("k100", now: now) == .milliseconds(100))
        #expect(limiter.when("k101", now: now) == .milliseconds(200))
        #expect(limiter.numRequeues("k0") == 1)
        limiter.forget("k0")
        #expect(limiter.numRequeues("k0") == 0)
    }
}
