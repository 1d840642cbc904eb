/// The events of one watch, in resourceVersion order: first the replayed or initial events, then live ones.
///
/// Live events pass through a bounded buffer filled by the commit path; a reader that lets it fill up is
/// ended with `StoreError.watcherTooSlow` after the events already buffered. Stop the watch by cancelling the
/// task that reads it (or dropping the stream): the store then forgets the watcher.
public struct WatchStream: AsyncSequence, Sendable {
    /// Each element is one event.
    public typealias Element = StoreEvent

    /// The resourceVersion the watch starts after: the snapshot's for a watch from 0, else the one asked for.
    public let startResourceVersion: Int64
    let initial: [StoreEvent]
    let live: AsyncThrowingStream<StoreEvent, any Error>

    /// Reads the initial events, then the live ones; throws `StoreError` when the watch is ended by the store.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var initial: IndexingIterator<[StoreEvent]>
        var live: AsyncThrowingStream<StoreEvent, any Error>.AsyncIterator

        /// The next event, or nil when the store closed the watch.
        public mutating func next() async throws -> StoreEvent? {
            if let event = initial.next() { return event }
            return try await live.next()
        }
    }

    /// An iterator over this watch; a watch is meant to be iterated once.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(initial: initial.makeIterator(), live: live.makeAsyncIterator())
    }
}
