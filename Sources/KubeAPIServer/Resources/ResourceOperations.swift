import KubeModel

/// The kind-independent operations in-process controllers (the garbage collector) use on any resource.
public protocol ResourceOperations: Sendable {
    /// Names, scope and verbs.
    var info: ResourceInfo { get }
    /// The names of the objects in `namespace`.
    func names(namespace: String) throws(APIError) -> [String]
    /// DELETE with `request`'s options.
    func delete(namespace: String, name: String, request: DeleteRequest) async throws(APIError) -> DeleteOutcome
    /// Edits the object's metadata as a system write (no strategy, no validation). Removing the last finalizer
    /// of an object being deleted completes its deletion.
    func updateMetadata(namespace: String, name: String, _ change: @Sendable (inout ObjectMeta) -> Void) async throws(APIError)
}

extension ResourceStorage: ResourceOperations {
    public func names(namespace: String) throws(APIError) -> [String] {
        do {
            return try store.list(resource: strategy.storageResource, namespace: namespace).items.map(\.key.name)
        } catch {
            throw APIError(storeError: error)
        }
    }

    public func updateMetadata(
        namespace: String, name: String, _ change: @Sendable (inout ObjectMeta) -> Void
    ) async throws(APIError) {
        _ = try await modify(namespace: namespace, name: name) { (object: inout Strategy.Object) in change(&object.metadata) }
    }
}
