/// Runs `body` again while it fails with a `Conflict` (a stale resourceVersion): client-go's
/// `retry.RetryOnConflict` with `retry.DefaultRetry`, at most 5 attempts 10 ms apart. `body` must read
/// the object afresh on each attempt; the last error is thrown once the attempts are spent. (Upstream's
/// 10 % jitter is left out: it spreads many writers of one object, and here each object has one owner.)
public func retryOnConflict<T, C: Clock>(
    maximumAttempts: Int = 5, delay: Duration = .milliseconds(10), clock: C = ContinuousClock(),
    _ body: () async throws -> T
) async throws -> T where C.Duration == Duration {
    var attempt = 1
    while true {
        do {
            return try await body()
        } catch let error as KubeClientError where error.code == .conflict && attempt < maximumAttempts {
            attempt += 1
            try await clock.sleep(for: delay, tolerance: nil)
        }
    }
}
