import Foundation
import KubeModel
import KubeStore

extension ResourceStorage {
    /// A system write that bypasses the update strategy and validation (upstream's registry-internal updates,
    /// such as a binding setting `spec.nodeName`): reads, lets `change` edit the object, and commits unless
    /// the object changed meanwhile, retrying from a fresh read. Removing the last finalizer of an object being
    /// deleted (with no grace period left) deletes it, as an update would.
    func modify(
        namespace: String, name: String, _ change: (inout Strategy.Object) throws -> Void
    ) async throws(APIError) -> WriteOutcome {
        let key = key(namespace: namespace, name: name)
        for _ in 0..<Self.maxAttempts {
            guard let current = store.get(key) else { throw notFound(name) }
            var object = try decodeStored(current)
            do {
                try change(&object)
            } catch {
                throw APIError(converting: error)
            }
            object.metadata.resourceVersion = String(current.resourceVersion)
            let data = object.jsonData()
            let completesDeletion =
                object.metadata.deletionTimestamp != nil && object.metadata.finalizers.isEmpty
                && (object.metadata.deletionGracePeriodSeconds ?? 0) == 0 && !strategy.holdsDeletion(object)
            if data == current.data && !completesDeletion {
                return WriteOutcome(data: data, created: false, warnings: [])
            }
            let write = prepared(object)
            let readVersion = current.resourceVersion
            do {
                let result = try await store.submit(key) { stored, next in
                    guard let stored, stored.resourceVersion == readVersion else { throw LostRace() }
                    if completesDeletion { return .deleteWithFinalData(write.encoded.data(resourceVersion: next)) }
                    return write.put(next)
                }
                return WriteOutcome(data: result.object?.data ?? data, created: false, warnings: [])
            } catch is LostRace {
                continue
            } catch {
                throw APIError(storeError: error)
            }
        }
        throw conflict(name)
    }
}
