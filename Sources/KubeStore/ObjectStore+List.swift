extension ObjectStore {
    /// The objects of `resource` (in `namespace`, or all namespaces when nil) that `filter` selects, from one
    /// consistent snapshot, ordered by namespace then name.
    ///
    /// With a `limit`, at most that many items are returned with a continue token when more remain; passing
    /// the token back (with the same resource, namespace and filter) returns the next page from the same
    /// snapshot, as etcd's MVCC does for upstream. A token whose snapshot is gone (evicted, or older than the
    /// compacted history) fails with `expired` (410), and the client starts a new list.
    public func list(
        resource: String, namespace: String? = nil, matching filter: StoreFilter = .everything, limit: Int? = nil,
        continue continueToken: String? = nil
    ) throws(StoreError) -> ListResult {
        let limit = limit.flatMap { $0 > 0 ? $0 : nil }
        if let continueToken {
            let token = try ContinueToken(decoding: continueToken)
            let snapshot = state.withLock { state -> ListSnapshot? in
                guard token.rv > state.compactedResourceVersion else { return nil }
                return state.snapshot(resource: resource, namespace: namespace, resourceVersion: token.rv)
            }
            guard let snapshot else {
                throw StoreError(
                    .expired,
                    "The provided continue parameter is too old to display a consistent list result. "
                        + "You can start a new list without the continue parameter.")
            }
            let start = token.startNamespaceAndName
            var from = snapshot.lowerBound(namespace: start.namespace, name: start.name)
            if from < snapshot.items.count, snapshot.items[from].key.namespace == start.namespace,
                snapshot.items[from].key.name == start.name
            {
                from += 1
            }
            return page(snapshot, from: from, namespace: namespace, filter: filter, limit: limit)
        }

        guard let limit else {
            let (items, resourceVersion) = state.withLock { state in
                (state.objects[resource]?.sorted(namespace: namespace, matching: filter) ?? [], state.resourceVersion)
            }
            return ListResult(items: items, resourceVersion: resourceVersion, continueToken: nil, remainingItemCount: nil)
        }

        // A paged list: the listed objects, in order, become a snapshot that later pages reuse.
        let snapshot = state.withLock { state -> ListSnapshot in
            if let cached = state.snapshot(resource: resource, namespace: namespace, resourceVersion: state.resourceVersion) {
                return cached
            }
            let snapshot = ListSnapshot(
                resource: resource, namespace: namespace, resourceVersion: state.resourceVersion,
                items: state.objects[resource]?.sorted(namespace: namespace, matching: .everything) ?? [])
            state.remember(snapshot, capacity: configuration.listSnapshotCapacity)
            return snapshot
        }
        return page(snapshot, from: 0, namespace: namespace, filter: filter, limit: limit)
    }

    /// One page of `snapshot` from index `from`: up to `limit` selected items, and a token if any selected
    /// item follows.
    private func page(_ snapshot: ListSnapshot, from: Int, namespace: String?, filter: StoreFilter, limit: Int?)
        -> ListResult
    {
        let end = snapshot.namespaceEnd(namespace)
        var items: [StoredObject] = []
        var index = from
        while index < end {
            let object = snapshot.items[index]
            index += 1
            guard namespace == nil || object.key.namespace == namespace, filter.matches(object) else { continue }
            if let limit, items.count == limit {
                // One more selected item exists: hand out a token resuming after the last one returned.
                index -= 1
                break
            }
            items.append(object)
        }
        guard index < end, let last = items.last else {
            return ListResult(items: items, resourceVersion: snapshot.resourceVersion, continueToken: nil, remainingItemCount: nil)
        }
        let token = ContinueToken(resourceVersion: snapshot.resourceVersion, after: last.key).encoded
        let remaining: Int64? = filter.isRestrictive ? nil : Int64(end - index)
        return ListResult(
            items: items, resourceVersion: snapshot.resourceVersion, continueToken: token, remainingItemCount: remaining)
    }
}
