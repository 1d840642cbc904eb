import KubeStore
import ServiceLifecycle

/// Sends a BOOKMARK to every watcher that allows them once a minute (upstream's watch cache does about the
/// same), so informers whose selectors skip most changes still learn a recent resourceVersion and resume
/// cheaply after a disconnect.
public struct WatchBookmarkService: Service {
    private let store: ObjectStore
    private let interval: Duration

    /// Bookmarks from `store` every `interval` (default one minute).
    public init(store: ObjectStore, interval: Duration = .seconds(60)) {
        self.store = store
        self.interval = interval
    }

    /// Ticks until shutdown.
    public func run() async throws {
        try await untilGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                store.sendBookmarks()
            }
        }
    }
}
