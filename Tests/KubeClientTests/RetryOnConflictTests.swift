import KubeClient
import Testing

/// client-go's `RetryOnConflict`, on injected time.
struct RetryOnConflictTests {
    @Test(arguments: [(2, true), (4, true), (5, false)])
    func retriesConflictsOnly(conflicts: Int, succeeds: Bool) async throws {
        let clock = JumpingClock()
        let attempts = Locked(0)
        let result = try? await retryOnConflict(clock: clock) {
            attempts.mutate { $0 += 1 }
            if attempts.value <= conflicts { throw KubeClientError(.conflict, "stale") }
            return "written"
        }
        #expect(result == (succeeds ? "written" : nil))
        #expect(attempts.value == min(conflicts + 1, 5))
        #expect(clock.sleeps == Array(repeating: .milliseconds(10), count: min(conflicts, 4)))
    }

    @Test func otherErrorsAreNotRetried() async {
        let attempts = Locked(0)
        await #expect(throws: KubeClientError.self) {
            try await retryOnConflict(clock: JumpingClock()) {
                attempts.mutate { $0 += 1 }
                throw KubeClientError(.notFound, "gone")
            }
        }
        #expect(attempts.value == 1)
    }
}
