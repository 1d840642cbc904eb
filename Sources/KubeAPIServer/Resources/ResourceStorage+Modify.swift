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
            let (write, data) = prepared(object, at: current.resourceVersion)
            let completesDeletion = completesDeletion(object)
            if data == current.data && !completesDeletion {
                return WriteOutcome(data: data, created: false, warnings: [])
            }
            let committed = try await commit(
                write, of: object, key: key, over: current.resourceVersion, completingDeletion: completesDeletion, fallback: data)
            guard let committed else { continue }
            return WriteOutcome(data: committed, created: false, warnings: [])
        }
        throw conflict(name)
    }
}
