import Dispatch

/// Runs every job on one thread, in order: under it a test's `Task.yield()` lets every ready task of the code
/// under test run before the test goes on, so a manual clock is advanced only once they have all reached
/// their next wait (a shared thread pool gives no such guarantee).
public final class SerialTaskExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "daemonry.tests.serial-executor")

    /// A fresh executor with its own queue.
    public init() {}

    /// Runs `job` after every job enqueued before it.
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// Runs `body`, and every child task it starts, on a `SerialTaskExecutor`.
public func onOneThread<T: Sendable>(_ body: () async throws -> T) async rethrows -> T {
    try await withTaskExecutorPreference(SerialTaskExecutor(), operation: body)
}
