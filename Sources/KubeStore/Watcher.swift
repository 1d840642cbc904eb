/// One registered watch: where its events go and which it wants.
struct Watcher: Sendable {
    var resource: String
    var namespace: String?
    var filter: StoreFilter
    var allowBookmarks: Bool
    /// The bounded buffer between the commit path and the reader; `yield` reports `.dropped` when full.
    var continuation: AsyncThrowingStream<StoreEvent, any Error>.Continuation
}
