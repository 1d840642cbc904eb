import NIOCore
import Testing

@testable import daemonry

/// The in-process transport's deadlines: one timer loop cancels what outlives its deadline.
struct RequestDeadlinesTests {
    struct Expired: Error {}

    @Test func aRequestWithinItsDeadlineAnswersAndOneOutlivingItIsCancelled() async throws {
        let deadlines = RequestDeadlines(tick: .milliseconds(10))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await deadlines.run() }
            let answer = try await deadlines.run(until: .now() + .seconds(30), onExpiry: { Expired() }) { 42 }
            #expect(answer == 42)

            let started = ContinuousClock.now
            await #expect(throws: Expired.self) {
                try await deadlines.run(until: .now() + .milliseconds(50), onExpiry: { Expired() }) {
                    try await Task.sleep(for: .seconds(30))
                }
            }
            let waited = ContinuousClock.now - started
            #expect(waited >= .milliseconds(50) && waited < .seconds(10), "cancelled at its deadline, not after the sleep")

            // A handler that ignores cancellation still answers the deadline's error once it returns.
            await #expect(throws: Expired.self) {
                try await deadlines.run(until: .now() + .milliseconds(20), onExpiry: { Expired() }) {
                    let until = ContinuousClock.now + .milliseconds(100)
                    while ContinuousClock.now < until { await Task.yield() }
                    return 1
                }
            }
            group.cancelAll()
        }
    }
}
