/// The current objects of one resource: by key for reads, and each namespace's names kept in list order, so
/// that a list walks only the namespace it asks for, already sorted. Before, every list of 50 pods in one
/// namespace filtered every pod of the cluster and sorted what was left.
struct ResourceObjects {
    let resource: String
    private var byKey: [ObjectKey: StoredObject] = [:]
    /// Each namespace's object names, sorted as `ObjectKey` orders them ("" for cluster-scoped objects).
    private var names: [String: [String]] = [:]

    init(resource: String) { self.resource = resource }

    var count: Int { byKey.count }

    subscript(key: ObjectKey) -> StoredObject? { byKey[key] }

    /// Stores `object`, new or replacing the one at its key.
    mutating func upsert(_ object: StoredObject) {
        let key = object.key
        guard byKey.updateValue(object, forKey: key) == nil else { return }
        names[key.namespace, default: []].insertSorted(key.name)
    }

    /// Removes the object at `key`, if any.
    mutating func remove(_ key: ObjectKey) {
        guard byKey.removeValue(forKey: key) != nil else { return }
        names[key.namespace]?.removeSorted(key.name)
        if names[key.namespace]?.isEmpty == true { names[key.namespace] = nil }
    }

    /// How many objects `namespace` holds.
    func count(namespace: String) -> Int { names[namespace]?.count ?? 0 }

    /// The objects in `namespace` (every namespace when nil) that `filter` selects, ordered by namespace then
    /// name.
    func sorted(namespace: String?, matching filter: StoreFilter) -> [StoredObject] {
        let namespaces = namespace.map { [$0] } ?? names.keys.sorted()
        var objects: [StoredObject] = []
        for namespace in namespaces {
            guard let sortedNames = names[namespace] else { continue }
            objects.reserveCapacity(objects.count + sortedNames.count)
            for name in sortedNames {
                guard let object = byKey[ObjectKey(resource: resource, namespace: namespace, name: name)],
                    filter.matches(object)
                else { continue }
                objects.append(object)
            }
        }
        return objects
    }
}

extension Array where Element == String {
    /// Inserts `name` at its place in this sorted array (no duplicates are expected).
    fileprivate mutating func insertSorted(_ name: String) {
        // Names mostly arrive in order (generated and numbered ones): try the end first.
        if let last, last < name {
            append(name)
            return
        }
        insert(name, at: lowerBound(name))
    }

    /// Removes `name` from this sorted array, if present.
    fileprivate mutating func removeSorted(_ name: String) {
        let index = lowerBound(name)
        if index < count, self[index] == name { remove(at: index) }
    }

    private func lowerBound(_ name: String) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < name { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
