import KubeModel

/// The two calls a reflector makes: list a collection, then watch it from the list's resourceVersion. The
/// client-backed implementation is `KubeListerWatcher`; tests script a fake, and an in-process transport can
/// implement it without HTTP.
public protocol ListerWatcher<Object>: Sendable {
    /// The kind listed and watched.
    associatedtype Object: KubeObject
    /// The events of one watch: ends when the server ends the watch, throws its `ERROR` (410 `Expired`: relist).
    associatedtype Events: AsyncSequence<WatchEvent<Object>, any Error>

    /// Lists every object at `resourceVersion` ("0": any cached state; "": the latest, a consistent read; else
    /// at least as new as that version).
    func list(resourceVersion: String) async throws -> ListResult<Object>

    /// Watches changes after `resourceVersion`, asking the server to end the watch after `timeoutSeconds` and,
    /// when `allowWatchBookmarks`, to send BOOKMARK events that carry a newer resourceVersion.
    func watch(resourceVersion: String, timeoutSeconds: Int, allowWatchBookmarks: Bool) async throws -> Events
}

/// The objects of a collection and the resourceVersion they were read at, where a watch resumes.
public struct ListResult<Object: KubeObject>: Sendable {
    /// The objects.
    public var items: [Object]
    /// The list's `metadata.resourceVersion`.
    public var resourceVersion: String

    /// A result with the given parts.
    public init(items: [Object], resourceVersion: String) {
        self.items = items
        self.resourceVersion = resourceVersion
    }
}
