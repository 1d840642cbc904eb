import KubeClient
import KubeModel
import KubeRuntime

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
        try state.mutate { state -> Result<Lease, KubeClientError> in
            guard state.lease == nil else { return .failure(KubeClientError(.alreadyExists, "exists", httpStatus: 409)) }
            state.version += 1
            var stored = lease
            stored.metadata.resourceVersion = String(state.version)
            state.lease = stored
            return .success(stored)
        }.get()
    }

    func updateLease(_ lease: Lease) async throws -> Lease {
        try state.mutate { state -> Result<Lease, KubeClientError> in
            guard let current = state.lease else { return .failure(KubeClientError(.notFound, "gone", httpStatus: 404)) }
            guard current.metadata.resourceVersion == lease.metadata.resourceVersion else {
                return .failure(KubeClientError(.conflict, "the object has been modified", httpStatus: 409))
            }
            state.version += 1
            var stored = lease
            stored.metadata.resourceVersion = String(state.version)
            state.lease = stored
            return .success(stored)
        }.get()
    }
}

/// One candidate's way to the shared store, which the test can cut (a network partition).
struct PartitionableLeaseStore: LeaseStore {
    let store: InMemoryLeaseStore
    let isCut = Locked(false)

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
        return try await store.updateLease(lease)
    }
}
