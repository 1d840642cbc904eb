/// The objects of one resource (in one namespace, or all of them) at one resourceVersion, sorted by key,
/// kept so later pages of a paged list come from the same state as the first (what etcd's MVCC gives
/// upstream). A namespaced list snapshots only its namespace: a page of 50 pods must not sort every pod of
/// the cluster.
///
/// A class so the snapshot cache and a page in progress share one array without copying it.
final class ListSnapshot: Sendable {
    let resource: String
    /// The namespace listed; nil for a list across namespaces.
    let namespace: String?
    let resourceVersion: Int64
    let items: [StoredObject]

    init(resource: String, namespace: String?, resourceVersion: Int64, items: [StoredObject]) {
        self.resource = resource
        self.namespace = namespace
        self.resourceVersion = resourceVersion
        self.items = items
    }

    /// The index of the first item whose (namespace, name) is not below the given pair.
    func lowerBound(namespace: String, name: String) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            let key = items[middle].key
            if key.namespace < namespace || (key.namespace == namespace && key.name < name) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    /// The index of the first item past `namespace` (all items when nil).
    func namespaceEnd(_ namespace: String?) -> Int {
        guard let namespace else { return items.count }
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if items[middle].key.namespace <= namespace { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
