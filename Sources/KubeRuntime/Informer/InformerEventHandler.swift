/// What an informer tells a controller about changes, client-go's `ResourceEventHandlerFuncs`.
///
/// The closures run on the informer's task, one change at a time, in order, after the store holds the
/// change; they must be quick and must not wait (enqueue a key; a controller's work happens in its workers).
/// They must not add handlers to the same informer.
public struct InformerEventHandler<Object: Sendable>: Sendable {
    /// An object appeared (also: every object already there, for a handler added late).
    public var onAdd: @Sendable (_ object: Object) -> Void
    /// An object changed, or a periodic resync re-announced it (then `old` and `new` are the same object).
    public var onUpdate: @Sendable (_ old: Object, _ new: Object) -> Void
    /// An object disappeared. `finalStateUnknown` when a relist found it gone, so `object` is the last state
    /// seen and the deletion itself was missed (client-go's `DeletedFinalStateUnknown` tombstone).
    public var onDelete: @Sendable (_ object: Object, _ finalStateUnknown: Bool) -> Void

    /// A handler with the given closures; those left out ignore their changes.
    public init(
        onAdd: @escaping @Sendable (_ object: Object) -> Void = { _ in },
        onUpdate: @escaping @Sendable (_ old: Object, _ new: Object) -> Void = { _, _ in },
        onDelete: @escaping @Sendable (_ object: Object, _ finalStateUnknown: Bool) -> Void = { _, _ in }
    ) {
        self.onAdd = onAdd
        self.onUpdate = onUpdate
        self.onDelete = onDelete
    }
}
