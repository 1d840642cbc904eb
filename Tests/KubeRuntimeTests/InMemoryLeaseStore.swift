import KubeClient
import KubeModel
import KubeRuntime
import KubeTestSupport

/// A Lease store with the API server's rules for one Lease: create fails when it exists, update fails with
/// a conflict unless the resourceVersion is current, every write bumps the version.
final class InMemoryLeaseStore: LeaseStore, Sendable {
    private let state = Locked<(lease: Lease?, version: Int)>((nil, 0))

    /// The stored lease.
    var lease: Lease? { state.value.lease }

    func lease(name: String, namespace: String) async throws -> Lease {
        guard let lease = state.value.lease else { throw KubeClientError(.notFound, "leases \"\(name)\" not found", httpStatus: 404) }
        return lease
    }

    func createLease(_ lease: Lease) async throws -> Lease {
        try write(lease) { current in
            current == nil ? nil : KubeClientError(.alreadyExists, "exists", httpStatus: 409)
        }
    }

    func updateLease(_ lease: Lease) async throws -> Lease {
        try write(lease) { current in
            guard let current else { return KubeClientError(.notFound, "gone", httpStatus: 404) }
            guard current.metadata.resourceVersion == lease.metadata.resourceVersion else {
                return KubeClientError(.conflict, "the object has been modified", httpStatus: 409)
            }
            return nil
        }
    }

    /// Stores `lease` with the next resourceVersion unless `refusal` finds a reason not to, atomically.
    private func write(_ lease: Lease, refusal: (Lease?) -> KubeClientError?) throws -> Lease {
        try state.mutate { state -> Result<Lease, KubeClientError> in
            if let error = refusal(state.lease) { return .failure(error) }
            state.version += 1
            var stored = lease
            stored.metadata.resourceVersion = String(state.version)
            state.lease = stored
            return .success(stored)
        }.get()
    }
}

/// One candidate's way to the shared store, which the test can cut (a network partition) or slow down
/// (updates land at once, their answers come `answerDelay` later on `clock`).
struct PartitionableLeaseStore: LeaseStore {
    let store: InMemoryLeaseStore
    let clock: ManualClock
    let isCut = Locked(false)
    let answerDelay = Locked(Duration.zero)

    private func check() throws {
        if isCut.value { throw KubeClientError(.transport, "connection refused") }
    }

    func lease(name: String, namespace: String) async throws -> Lease {
        try check()
        return try await store.lease(name: name, namespace: namespace)
    }

    func createLease(_ lease: Lease) async throws -> Lease {
        try check()
        return try await store.createLease(lease)
    }

    func updateLease(_ lease: Lease) async throws -> Lease {
        try check()
        let updated = try await store.updateLease(lease)
        let delay = answerDelay.value
        if delay > .zero { try await clock.sleep(for: delay) }
        return updated
    }
}
