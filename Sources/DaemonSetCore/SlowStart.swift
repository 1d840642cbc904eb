/// Slow-start batching of pod creations (`syncNodes`): batches of 1, 2, 4, 8, ... each issued concurrently
/// and awaited; once a batch fails, the rest is skipped so a broken template costs one failed call, not
/// hundreds.
public enum SlowStart {
    /// Upstream's `SlowStartInitialBatchSize`.
    public static let initialBatchSize = 1

    /// The outcome of a slow-start run.
    public struct Result<Failure: Error & Sendable>: Sendable {
        /// Operations that ran and succeeded.
        public var succeeded: Int
        /// The errors of the operations that failed.
        public var errors: [Failure]
        /// Operations never attempted because an earlier batch failed (their expectations must be lowered).
        public var skipped: Int
    }

    /// The batch sizes for `count` operations.
    public static func batchSizes(count: Int, initial: Int = initialBatchSize) -> [Int] {
        var sizes: [Int] = []
        var position = 0
        var size = min(count, initial)
        while position < count && size > 0 {
            sizes.append(size)
            position += size
            size = min(2 * size, count - position)
        }
        return sizes
    }

    /// Runs `operation` on each index in `0..<count` in slow-start batches; `operation` returns nil on
    /// success or the error to report.
    public static func run<Failure: Error & Sendable>(
        count: Int, initial: Int = initialBatchSize,
        operation: @escaping @Sendable (Int) async -> Failure?
    ) async -> Result<Failure> {
        var result = Result<Failure>(succeeded: 0, errors: [], skipped: 0)
        var position = 0
        for size in batchSizes(count: count, initial: initial) {
            let start = position
            let failures = await withTaskGroup(of: Failure?.self, returning: [Failure].self) { group in
                for index in start..<(start + size) {
                    group.addTask { await operation(index) }
                }
                var failures: [Failure] = []
                for await failure in group {
                    if let failure { failures.append(failure) }
                }
                return failures
            }
            position += size
            result.succeeded += size - failures.count
            result.errors += failures
            if !failures.isEmpty {
                result.skipped = count - position
                break
            }
        }
        return result
    }
}
