import Testing
@testable import DaemonSetCore

/// The prefetch finds every field it is meant to fetch: a field turned into a computed property would
/// otherwise silently stop being prefetched (and the no-op sync get slower).
@Test func podPrefetchFindsEveryFieldItReads() {
    #expect(PodPrefetch.valueOffsets.count == 4)
    #expect(PodPrefetch.buffers.count == 3)
}
