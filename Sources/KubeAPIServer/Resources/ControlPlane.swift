import Foundation
import KubeModel
import KubeStore
import Logging

/// The API server's storage side: the SQLite object store under the data directory, a registry per
/// resource, and the routes that serve them. Opening it creates the namespaces every cluster starts with.
public struct ControlPlane: Sendable {
    /// The object store (`DATA_DIR/store.sqlite`).
    public let store: ObjectStore
    /// Pods, for in-process components that write them.
    public let pods: ResourceStorage<PodResource>
    /// The request handler of every resource.
    public let handlers: [any ResourceRequestHandler]

    /// The namespaces a new cluster has, as upstream's `system namespaces` controller creates them.
    public static let initialNamespaces = ["default", "kube-system", "kube-public", "kube-node-lease"]

    /// Opens (or creates) the store in `dataDirectory` and makes sure the initial namespaces exist.
    public init(dataDirectory: String, logger: Logger, now: @escaping @Sendable () -> Date = { Date() }) async throws {
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        let store = try ObjectStore(
            configuration: ObjectStore.Configuration(path: dataDirectory + "/store.sqlite"), logger: logger)
        self.store = store
        let pods = ResourceStorage(strategy: PodResource(), store: store, now: now)
        self.pods = pods
        let namespaces = ResourceStorage(strategy: NamespaceResource(), store: store, now: now)
        var handlers: [any ResourceRequestHandler] = []
        handlers.append(ResourceEndpoint<NamespaceResource>(storage: namespaces))
        handlers.append(ResourceEndpoint<NodeResource>(storage: ResourceStorage(strategy: NodeResource(), store: store, now: now)))
        handlers.append(
            ResourceEndpoint<PodResource>(storage: pods, customSubresources: PodSubresources(pods: pods).handlers))
        handlers.append(ResourceEndpoint<EventResource>(storage: ResourceStorage(strategy: EventResource(), store: store, now: now)))
        handlers.append(
            ResourceEndpoint<DaemonSetResource>(storage: ResourceStorage(strategy: DaemonSetResource(), store: store, now: now)))
        handlers.append(
            ResourceEndpoint<ControllerRevisionResource>(
                storage: ResourceStorage(strategy: ControllerRevisionResource(), store: store, now: now)))
        handlers.append(ResourceEndpoint<LeaseResource>(storage: ResourceStorage(strategy: LeaseResource(), store: store, now: now)))
        handlers.append(
            ResourceEndpoint<EventsV1Resource>(storage: ResourceStorage(strategy: EventsV1Resource(), store: store, now: now)))
        self.handlers = handlers
        for name in Self.initialNamespaces where store.get(namespaces.key(namespace: "", name: name)) == nil {
            var namespace = Namespace()
            namespace.metadata.name = name
            do {
                _ = try await namespaces.create(namespace, namespace: "", dryRun: false)
            } catch {
                // Not `catch where`: with typed throws that form hangs the 6.3 compiler's AllocBoxToStack pass.
                guard error.code == .alreadyExists else { throw error }
            }
        }
    }

    /// The routes of every resource.
    public var routes: [any APIRouteProvider] { [ResourceRouter(handlers)] }
}
