import ServiceLifecycle

/// Runs a background service's `operation` until graceful shutdown cancels it. That cancellation is the
/// service's normal end, so it returns instead of throwing: a service group takes a throw for a failure.
func untilGracefulShutdown(_ operation: @escaping @Sendable () async throws -> Void) async throws {
    do {
        try await cancelWhenGracefulShutdown(operation)
    } catch is CancellationError {
        return
    }
}
