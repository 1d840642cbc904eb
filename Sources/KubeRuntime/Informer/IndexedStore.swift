import KubeModel
import Synchronization

/// A thread-safe map of objects by key (`namespace/name`) with secondary indexes: client-go's `cache.Indexer`.
///
/// An informer writes it; controllers read it from any task (`get`, `list`, `byIndex`). Tests may fill it
/// directly, as upstream's controller tests fill their informers' indexers. Reads return copies: the store
/// never hands out a reference into its own state.
public final class IndexedStore<Object: Sendable>: Sendable {
    private let keyFunction: @Sendable (Object) -> String
    private let state: Mutex<Content>

    /// An empty store filing objects under `key` and maintaining `indexes` (names must be distinct).
    public init(key: @escaping @Sendable (Object) -> String, indexes: [IndexFunction<Object>] = []) {
        self.keyFunction = key
        var content = Content()
        content.addIndexes(indexes)
        self.state = Mutex(content)
    }

    /// Adds the indexes whose names are not maintained yet and files every stored object in them: several
    /// components sharing one informer each bring the indexes they query (client-go's `AddIndexers`).
    public func addIndexes(_ indexes: [IndexFunction<Object>]) {
        state.withLock { $0.addIndexes(indexes) }
    }

    /// The key `object` is stored under.
    public func key(of object: Object) -> String { keyFunction(object) }

    // MARK: Reads

    /// The object stored under `key`.
    public func get(_ key: String) -> Object? {
        state.withLock { $0.items[key] }
    }

    /// Every object, in no particular order.
    public func list() -> [Object] {
        state.withLock { Array($0.items.values) }
    }

    /// Every key, in no particular order.
    public var keys: [String] {
        state.withLock { Array($0.items.keys) }
    }

    /// How many objects are stored.
    public var count: Int {
        state.withLock { $0.items.count }
    }

    /// The objects filed under `value` in the index `name` (empty for an unknown index or value). The index
    /// keeps this array itself, changing only the slots of objects that change, so a controller's sync of
    /// 10,000 pods gets it for one reference count instead of 10,000 lookups, and unchanged objects keep
    /// their positions (a removal moves the last object into the removed one's slot).
    public func byIndex(_ name: String, _ value: String) -> [Object] {
        state.withLock { $0.indices[name]?[value]?.objects ?? [] }
    }

    /// The keys filed under `value` in the index `name`.
    public func keys(inIndex name: String, value: String) -> [String] {
        state.withLock { $0.indices[name]?[value]?.keys ?? [] }
    }

    /// The values present in the index `name`.
    public func indexedValues(_ name: String) -> [String] {
        state.withLock { Array(($0.indices[name] ?? [:]).keys) }
    }

    // MARK: Writes

    /// Stores `object` (inserting or replacing) and returns what it replaced.
    @discardableResult
    public func add(_ object: Object) -> Object? {
        let key = keyFunction(object)
        return state.withLock { $0.set(object, key: key) }
    }

    /// Stores `object`; the same as `add`, named as client-go names the call for a changed object.
    @discardableResult
    public func update(_ object: Object) -> Object? {
        add(object)
    }

    /// Removes the object stored under `object`'s key and returns it.
    @discardableResult
    public func delete(_ object: Object) -> Object? {
        delete(key: keyFunction(object))
    }

    /// Removes the object stored under `key` and returns it.
    @discardableResult
    public func delete(key: String) -> Object? {
        state.withLock { $0.remove(key: key) }
    }

    /// Replaces the whole content with `objects` and returns the previous content by key.
    @discardableResult
    public func replace(with objects: [Object]) -> [String: Object] {
        let keyed = objects.map { (keyFunction($0), $0) }
        return state.withLock { current in
            var content = Content()
            content.addIndexes(current.indexes)
            for (key, object) in keyed { content.set(object, key: key) }
            defer { current = content }
            return current.items
        }
    }

    /// The objects and, per index, the objects filed under each value. The index functions live here, under
    /// the same lock, so an index added while objects arrive never misses one.
    private struct Content: Sendable {
        var items: [String: Object] = [:]
        var indices: [String: [String: Filed]] = [:]
        var indexes: [IndexFunction<Object>] = []

        /// Adds the indexes not maintained yet and files every object in them.
        mutating func addIndexes(_ added: [IndexFunction<Object>]) {
            for index in added where indices[index.name] == nil {
                indexes.append(index)
                var filed: [String: Filed] = [:]
                for (key, object) in items {
                    for value in index.values(object) { filed[value, default: Filed()].put(object, key: key) }
                }
                indices[index.name] = filed
            }
        }

        /// Stores `object` under `key`, refiling it in every index; returns the object it replaced.
        @discardableResult
        mutating func set(_ object: Object, key: String) -> Object? {
            let old = items.updateValue(object, forKey: key)
            for index in indexes {
                let before = old.map(index.values) ?? []
                let after = index.values(object)
                for value in before where !after.contains(value) { unfile(key, value: value, index: index.name) }
                for value in after { indices[index.name, default: [:]][value, default: Filed()].put(object, key: key) }
            }
            return old
        }

        /// Removes the object under `key` from the items and every index; returns it.
        mutating func remove(key: String) -> Object? {
            guard let old = items.removeValue(forKey: key) else { return nil }
            for index in indexes {
                for value in index.values(old) { unfile(key, value: value, index: index.name) }
            }
            return old
        }

        private mutating func unfile(_ key: String, value: String, index: String) {
            indices[index]?[value]?.remove(key: key)
            // Drop empty entries so an index over churning values (node names) does not grow without bound.
            if indices[index]?[value]?.objects.isEmpty == true { indices[index]?[value] = nil }
        }
    }

    /// The objects filed under one value of one index, with their keys at the same positions.
    private struct Filed: Sendable {
        var objects: [Object] = []
        var keys: [String] = []
        var positions: [String: Int] = [:]

        /// Files `object` under `key`: in its slot if filed already, else at the end.
        mutating func put(_ object: Object, key: String) {
            if let position = positions[key] {
                objects[position] = object
                return
            }
            positions[key] = objects.count
            objects.append(object)
            keys.append(key)
        }

        /// Unfiles `key`, moving the last object into its slot.
        mutating func remove(key: String) {
            guard let position = positions.removeValue(forKey: key) else { return }
            let last = objects.count - 1
            if position != last {
                objects[position] = objects[last]
                keys[position] = keys[last]
                positions[keys[position]] = position
            }
            objects.removeLast()
            keys.removeLast()
        }
    }
}

extension IndexedStore where Object: KubeObject {
    /// An empty store of API objects keyed by `namespace/name` (`name` when cluster-scoped).
    public convenience init(indexes: [IndexFunction<Object>] = []) {
        self.init(key: { $0.key }, indexes: indexes)
    }
}
