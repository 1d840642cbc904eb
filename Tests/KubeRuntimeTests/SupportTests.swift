import Foundation
import KubeTestSupport
import Testing

@testable import KubeRuntime

/// The small pieces: the erased clock, backoff sequences, jitter.
struct SupportTests {
    @Test func anErasedClockKeepsTheWrappedClocksTimeAndSleeps() async throws {
        let manual = ManualClock()
        manual.advance(by: .seconds(5))
        let epoch = Date(timeIntervalSince1970: 1_700_000_000)
        let clock = AnyClock(manual, epoch: epoch)
        #expect(clock.now.offset == .zero, "offsets count from the moment of wrapping")
        manual.advance(by: .seconds(2))
        #expect(clock.now.offset == .seconds(2))
        #expect(clock.date == epoch.addingTimeInterval(2))
        #expect(AnyClock(clock).now == clock.now, "wrapping an erased clock keeps it")

        try await onOneThread {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await clock.sleep(until: clock.now.advanced(by: .seconds(3))) }
                await manual.settle(sleepers: 1)
                #expect(manual.deadlines == [.seconds(10)])
                manual.advance(by: .seconds(3))
                try await group.next()
            }
        }
    }

    @Test func withoutAnEpochDatesComeFromTheSystemClock() {
        let clock = AnyClock(ManualClock())
        #expect(abs(clock.date.timeIntervalSinceNow) < 60)
        #expect(abs(clock.date(at: clock.now.advanced(by: .seconds(3600))).timeIntervalSinceNow - 3600) < 60)
    }

    @Test func backoffDoublesToItsCapAndResetsAfterAQuietPeriod() {
        var backoff = Backoff(policy: BackoffPolicy())
        var now = AnyClock.Instant(offset: .zero)
        let none = RandomSource.constant(0)
        var delays: [Duration] = []
        for _ in 0..<8 {
            delays.append(backoff.next(now: now, random: none))
            now = now.advanced(by: .seconds(1))
        }
        #expect(delays == [
            .milliseconds(800), .milliseconds(1600), .milliseconds(3200), .milliseconds(6400),
            .milliseconds(12800), .milliseconds(25600), .seconds(30), .seconds(30),
        ])
        #expect(backoff.next(now: now.advanced(by: .seconds(119)), random: none) == .seconds(30), "2 min since the last: kept")
        #expect(backoff.next(now: now.advanced(by: .seconds(241)), random: none) == .milliseconds(800))
    }

    @Test(arguments: [(0.0, Duration.seconds(2)), (0.5, .milliseconds(3200)), (1.0, .milliseconds(4400))])
    func jitterAddsUpToTheFactorTimesTheDuration(draw: Double, expected: Duration) {
        let jittered = RandomSource.constant(draw).jitter(.seconds(2), factor: 1.2)
        // A draw of 1 is clamped just below it.
        #expect(abs((jittered - expected) / .nanoseconds(1)) < 1_000)
    }
}
