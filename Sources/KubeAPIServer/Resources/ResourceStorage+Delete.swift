import Foundation
import KubeModel
import KubeStore

/// What a DELETE did.
public struct DeleteOutcome: Sendable {
    /// The object's last state: gone from the store, or still there with a `deletionTimestamp` while
    /// finalizers run or a pod terminates gracefully.
    public var data: Data
    /// The object's uid.
    public var uid: String
    /// Whether the object is gone (false: deletion is pending).
    public var deleted: Bool
}

extension ResourceStorage {
    /// The finalizer that makes the garbage collector orphan dependents before the owner goes.
    public static var orphanFinalizer: String { "orphan" }
    /// The finalizer that makes the garbage collector delete dependents before the owner goes.
    public static var foregroundFinalizer: String { "foregroundDeletion" }

    /// DELETE: checks preconditions, then either removes the object at once or, when finalizers must run
    /// (including the garbage collector's for Orphan and Foreground propagation) or a bound pod must
    /// terminate gracefully, marks it with `deletionTimestamp` and keeps it (upstream's `BeforeDelete`).
    public func delete(namespace: String, name: String, request: DeleteRequest) async throws(APIError) -> DeleteOutcome {
        let key = key(namespace: namespace, name: name)
        for _ in 0..<Self.maxAttempts {
            guard let current = store.get(key) else { throw notFound(name) }
            let object = try decodeStored(current)
            try checkPreconditions(request.options.preconditions, object: object, stored: current, name: name)

            let policy = request.propagationPolicy
            var finalizers = object.metadata.finalizers
            let gcFinalizers = [Self.orphanFinalizer, Self.foregroundFinalizer]
            if object.metadata.deletionTimestamp == nil || request.options.propagationPolicy != nil
                || request.options.orphanDependents != nil
            {
                finalizers.removeAll { gcFinalizers.contains($0) }
                if policy == "Orphan" { finalizers.append(Self.orphanFinalizer) }
                if policy == "Foreground" { finalizers.append(Self.foregroundFinalizer) }
            }
            let grace = gracePeriod(for: object, requested: request.options.gracePeriodSeconds)
            let pendingFinalizers = !finalizers.isEmpty || strategy.holdsDeletion(object)
            if !pendingFinalizers && grace == 0 {
                if request.dryRun {
                    return DeleteOutcome(data: current.data, uid: object.metadata.uid, deleted: true)
                }
                let readVersion = current.resourceVersion
                do {
                    let result = try await store.submit(key) { stored, next in
                        guard let stored, stored.resourceVersion == readVersion else { throw LostRace() }
                        var final = strategy.toStored(object)
                        final.metadata.resourceVersion = String(next)
                        return .deleteWithFinalData(final.jsonData())
                    }
                    remember(object, committed: result)
                    return DeleteOutcome(
                        data: result.object?.data ?? current.data, uid: object.metadata.uid, deleted: true)
                } catch is LostRace {
                    continue
                } catch {
                    throw APIError(storeError: error)
                }
            }

            // Deletion is pending: mark the object, shortening (never lengthening) a running grace period.
            var marked = object
            marked.metadata.finalizers = finalizers
            if strategy.holdsDeletion(object) { strategy.prepareForDelete(&marked) }
            let nowTime = currentTime()
            if let existingGrace = object.metadata.deletionGracePeriodSeconds, object.metadata.deletionTimestamp != nil {
                if grace < existingGrace {
                    marked.metadata.deletionGracePeriodSeconds = grace
                    marked.metadata.deletionTimestamp = Time(nowTime.date.addingTimeInterval(TimeInterval(grace)))
                }
            } else if object.metadata.deletionTimestamp == nil {
                marked.metadata.deletionGracePeriodSeconds = grace
                marked.metadata.deletionTimestamp = Time(nowTime.date.addingTimeInterval(TimeInterval(grace)))
            }
            let (write, data) = prepared(marked, at: current.resourceVersion)
            if data == current.data || request.dryRun {
                return DeleteOutcome(data: data, uid: object.metadata.uid, deleted: false)
            }
            let committed = try await commit(
                write, of: marked, key: key, over: current.resourceVersion, completingDeletion: false, fallback: data)
            guard let committed else { continue }
            return DeleteOutcome(data: committed, uid: object.metadata.uid, deleted: false)
        }
        throw conflict(name)
    }

    /// The grace period a deletion gets: only pods terminate gracefully, and only when bound to a node and
    /// not finished (upstream's pod `CheckGracefulDelete`): the request's value, else the pod's
    /// `terminationGracePeriodSeconds`, else 30; a negative request counts as 1.
    func gracePeriod(for object: Strategy.Object, requested: Int64?) -> Int64 {
        guard let pod = object as? Pod else { return 0 }
        if pod.spec.nodeName.isEmpty || pod.status.phase == "Succeeded" || pod.status.phase == "Failed" { return 0 }
        let grace = requested ?? pod.spec.terminationGracePeriodSeconds ?? 30
        return grace < 0 ? 1 : grace
    }

    /// `Preconditions` of a DELETE: 409 worded as upstream when the uid or resourceVersion differ.
    func checkPreconditions(
        _ preconditions: Preconditions?, object: Strategy.Object, stored: StoredObject, name: String
    ) throws(APIError) {
        guard let preconditions else { return }
        func failed(_ detail: String) -> APIError {
            APIError(
                .conflict,
                "Operation cannot be fulfilled on \(info.qualifiedResource) \"\(name)\": Precondition failed: \(detail)",
                details: StatusDetails(name: name, group: info.group, kind: info.resource))
        }
        if let uid = preconditions.uid, uid != object.metadata.uid {
            throw failed("UID in precondition: \(uid), UID in object meta: \(object.metadata.uid)")
        }
        if let version = preconditions.resourceVersion, version != String(stored.resourceVersion) {
            throw failed(
                "ResourceVersion in precondition: \(version), ResourceVersion in object meta: \(stored.resourceVersion)")
        }
    }

    /// DELETE on the collection: deletes every object `options` select with `request`, returning each one's
    /// last state. Objects that vanish meanwhile are skipped.
    public func deleteCollection(namespace: String?, options: ListOptions, request: DeleteRequest) async throws(APIError)
        -> [DeleteOutcome]
    {
        var listOptions = options
        listOptions.limit = nil
        listOptions.continueToken = nil
        let items = try list(namespace: namespace, options: listOptions).items
        var outcomes: [DeleteOutcome] = []
        for item in items {
            do {
                outcomes.append(try await delete(namespace: item.key.namespace, name: item.key.name, request: request))
            } catch where error.code == .notFound {
                continue
            }
        }
        return outcomes
    }
}
