import Foundation
import Hummingbird
import KubeModel
import KubeStore
import Synchronization

/// Serves the resources of the CustomResourceDefinitions in the store: after every write of a definition (and
/// at start) it reads them all, builds a registry and endpoint per served version of each new or changed one,
/// and hands the set to `ServedAPI`, which routes, discovery and OpenAPI read.
///
/// Every version of a resource shares one key space in the store (`widgets.example.com`), as upstream stores
/// one object whatever the version it was written at.
public final class CustomResourceRegistry: Sendable {
    /// What one definition serves, kept while its resourceVersion stays the same.
    private struct Served {
        var resourceVersion: Int64
        var endpoints: [any ResourceRequestHandler]
        var storages: [ResourceStorage<SchemaStrategy>]
        var definitions: [String: JSONValue]
    }

    /// The definitions' own registry.
    let definitions: ResourceStorage<CustomResourceDefinitionStrategy>
    private let api: ServedAPI
    private let recent: RecentObjects?
    private let now: @Sendable () -> Date
    private let served = Mutex<[String: Served]>([:])

    init(
        definitions: ResourceStorage<CustomResourceDefinitionStrategy>, api: ServedAPI, recent: RecentObjects?,
        now: @escaping @Sendable () -> Date
    ) {
        self.definitions = definitions
        self.api = api
        self.recent = recent
        self.now = now
    }

    private var store: ObjectStore { definitions.store }

    /// Brings what is served in line with the definitions stored now.
    public func sync() {
        // A list that fails changes nothing: what is served stays until the store can say otherwise.
        guard let stored = try? store.list(resource: definitions.info.qualifiedResource).items else { return }
        served.withLock { served in
            var next: [String: Served] = [:]
            for object in stored {
                if let current = served[object.key.name], current.resourceVersion == object.resourceVersion {
                    next[object.key.name] = current
                    continue
                }
                guard let crd = try? UnstructuredObject.decode(json: object.data) else { continue }
                next[object.key.name] = build(CustomResourceDefinitionFacts(crd), resourceVersion: object.resourceVersion)
            }
            served = next
            let ordered = next.keys.sorted().compactMap { next[$0] }
            api.setCustom(
                ordered.flatMap(\.endpoints),
                definitions: ordered.reduce(into: [:]) { $0.merge($1.definitions) { first, _ in first } })
        }
    }

    private func build(_ facts: CustomResourceDefinitionFacts, resourceVersion: Int64) -> Served {
        var result = Served(resourceVersion: resourceVersion, endpoints: [], storages: [], definitions: [:])
        for kind in facts.kinds {
            let storage = ResourceStorage(
                strategy: SchemaStrategy(kind, definitions: kind.definitions), store: store, recent: recent, now: now)
            let scale = facts.versions.first { $0.name == kind.info.version }?.scale
            let endpoint = ResourceEndpoint(
                storage: storage, customSubresources: scale.map { ScaleSubresource(storage: storage, scale: $0).handlers } ?? [:])
            result.endpoints.append(facts.terminating ? TerminatingResourceEndpoint(endpoint: endpoint) : endpoint)
            result.storages.append(storage)
            result.definitions.merge(kind.definitions) { first, _ in first }
        }
        return result
    }

    /// The registry of each custom resource (at its first served version: every version holds the same
    /// objects), for the namespace controller and the cleanup of a deleted definition.
    public var operations: [any ResourceOperations] {
        served.withLock { served in served.values.compactMap { $0.storages.first } }
    }

    /// The registry of the resource a definition serves, if it serves one.
    func storage(definition name: String) -> ResourceStorage<SchemaStrategy>? {
        served.withLock { $0[name]?.storages.first }
    }
}

/// The resource of a definition being deleted: creates are refused as upstream refuses them, the rest is served
/// so the objects can be read and deleted.
struct TerminatingResourceEndpoint: ResourceRequestHandler {
    let endpoint: ResourceEndpoint<SchemaStrategy>

    var info: ResourceInfo { endpoint.info }

    func handle(_ request: Request, context: APIRequestContext, path: ResourcePath) async throws -> Response {
        if request.method == .post && path.name == nil {
            throw APIError(
                .methodNotAllowed, "create not allowed while custom resource definition is terminating",
                details: StatusDetails(group: info.group, kind: info.resource))
        }
        return try await endpoint.handle(request, context: context, path: path)
    }
}

/// The definitions' endpoint: every write is followed by a `sync`, so a client that created a definition finds
/// its resource served in the next request.
struct CustomResourceDefinitionEndpoint: ResourceRequestHandler {
    let endpoint: ResourceEndpoint<CustomResourceDefinitionStrategy>
    let registry: CustomResourceRegistry

    var info: ResourceInfo { endpoint.info }

    func handle(_ request: Request, context: APIRequestContext, path: ResourcePath) async throws -> Response {
        let response = try await endpoint.handle(request, context: context, path: path)
        if request.method != .get { registry.sync() }
        return response
    }
}
