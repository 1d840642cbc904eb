import KubeModel
import Synchronization

/// The part of an informer the reflector writes to: it transforms each object, updates the store and tells
/// the handlers, all under one lock so handlers see changes in the order the store made them, and a resync
/// never interleaves with a watch event.
final class InformerCore<Object: KubeObject, Cached: Sendable>: ReflectorStore, Sendable {
    let store: IndexedStore<Cached>
    let synced = AsyncFlag(autoReset: false)
    private let transform: @Sendable (Object) -> Cached
    /// The handlers; its lock also serializes every store change with its notifications.
    private let handlers = Mutex<[InformerEventHandler<Cached>]>([])

    init(store: IndexedStore<Cached>, transform: @escaping @Sendable (Object) -> Cached) {
        self.store = store
        self.transform = transform
    }

    /// Adds `handler`, announcing every object already stored to it as an add, as client-go does for a
    /// handler registered on a running informer.
    func addHandler(_ handler: InformerEventHandler<Cached>) {
        handlers.withLock { handlers in
            handlers.append(handler)
            for object in store.list() { handler.onAdd(object) }
        }
    }

    func replace(with objects: [Object], resourceVersion: String) {
        let fresh = objects.map(transform)
        handlers.withLock { handlers in
            let previous = store.replace(with: fresh)
            var kept = Set<String>()
            for object in fresh {
                let key = store.key(of: object)
                kept.insert(key)
                if let old = previous[key] {
                    for handler in handlers { handler.onUpdate(old, object) }
                } else {
                    for handler in handlers { handler.onAdd(object) }
                }
            }
            for (key, old) in previous where !kept.contains(key) {
                for handler in handlers { handler.onDelete(old, true) }
            }
        }
        // After the handlers saw the list: "synced" promises they did, as client-go's HasSynced.
        synced.raise()
    }

    func add(_ object: Object) {
        upsert(object)
    }

    func update(_ object: Object) {
        upsert(object)
    }

    func delete(_ object: Object) {
        let last = transform(object)
        handlers.withLock { handlers in
            // A deletion of an object never seen (one the last relist already dropped) is old news.
            guard store.delete(last) != nil else { return }
            for handler in handlers { handler.onDelete(last, false) }
        }
    }

    /// Re-announces every stored object as an update to itself (a periodic resync).
    func resync() {
        handlers.withLock { handlers in
            for object in store.list() {
                for handler in handlers { handler.onUpdate(object, object) }
            }
        }
    }

    /// Stores the object; watch ADDED and MODIFIED both become an update when the key is already stored and an
    /// add otherwise, as client-go's informer handles its deltas.
    private func upsert(_ object: Object) {
        let new = transform(object)
        handlers.withLock { handlers in
            if let old = store.add(new) {
                for handler in handlers { handler.onUpdate(old, new) }
            } else {
                for handler in handlers { handler.onAdd(new) }
            }
        }
    }
}
