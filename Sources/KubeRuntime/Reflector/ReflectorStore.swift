import KubeModel

/// Where a reflector puts what it lists and watches: an informer, or a test's recording.
/// Calls come from the reflector's one task, in the order the server sent them.
public protocol ReflectorStore<Object>: Sendable {
    /// The kind stored.
    associatedtype Object: KubeObject

    /// Replaces the whole content with a fresh list read at `resourceVersion`.
    func replace(with objects: [Object], resourceVersion: String)
    /// A watch said the object was created (or is seen for the first time).
    func add(_ object: Object)
    /// A watch said the object changed.
    func update(_ object: Object)
    /// A watch said the object was deleted; `object` is its last state.
    func delete(_ object: Object)
}
