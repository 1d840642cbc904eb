import KubeClient
import KubeModel

/// The three Lease calls leader election makes, so it runs on `KubeClient` and, in tests, on an in-memory
/// store. Failures are `KubeClientError`s: `.notFound` from `lease` when there is none, `.conflict` from
/// `updateLease` when the lease's resourceVersion is stale, `.alreadyExists` from `createLease`.
public protocol LeaseStore: Sendable {
    /// Reads the Lease `namespace/name`.
    func lease(name: String, namespace: String) async throws -> Lease
    /// Creates `lease`.
    func createLease(_ lease: Lease) async throws -> Lease
    /// Replaces `lease`, provided its `metadata.resourceVersion` is still current (optimistic concurrency).
    func updateLease(_ lease: Lease) async throws -> Lease
}

extension KubeClient: LeaseStore {
    /// GETs the Lease.
    public func lease(name: String, namespace: String) async throws -> Lease {
        try await get(Lease.self, name: name, namespace: namespace)
    }

    /// POSTs the Lease.
    public func createLease(_ lease: Lease) async throws -> Lease {
        try await create(lease)
    }

    /// PUTs the Lease.
    public func updateLease(_ lease: Lease) async throws -> Lease {
        try await update(lease)
    }
}
