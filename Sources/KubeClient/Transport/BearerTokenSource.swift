import Foundation
import Synchronization

/// The bearer token for each request: a fixed token, or the contents of a token file re-read at most
/// once a `refreshInterval` (client-go's cached file token source, one minute) so rotated service-account
/// tokens are used without a restart. A failed re-read keeps the last good token, as client-go does (and waits another interval before trying again rather than
/// reading the file on every request).
final class BearerTokenSource: Sendable {
    /// How long a token read from the file is used before the file is read again: one minute, as client-go.
    static let refreshInterval: Duration = .seconds(60)

    private let file: String?
    private let clock = ContinuousClock()
    private let state: Mutex<(token: String?, readAt: ContinuousClock.Instant?)>

    /// A source for `token` and `file`; nil when both are nil (no bearer authentication).
    init?(token: String?, file: String?) {
        guard token != nil || file != nil else { return nil }
        self.file = file
        self.state = Mutex((token, nil))
    }

    /// The token to send now.
    func token() -> String? {
        guard let file else { return state.withLock { $0.token } }
        let now = clock.now
        let cached: String?? = state.withLock { state in
            guard let readAt = state.readAt, readAt.duration(to: now) < Self.refreshInterval else { return nil }
            return .some(state.token)
        }
        if let cached { return cached }
        let read = (try? LocalFile.readText(file))?.trimmingCharacters(in: .whitespacesAndNewlines)
        return state.withLock { state in
            if let read, !read.isEmpty { state.token = read }
            state.readAt = now
            return state.token
        }
    }
}
