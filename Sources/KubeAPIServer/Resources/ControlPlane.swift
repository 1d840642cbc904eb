import Foundation
import KubeModel
import KubeStore
import Logging
import ServiceLifecycle

/// The API server's storage side: the SQLite object store under the data directory, a registry per
/// resource, and the routes that serve them. Opening it creates the namespaces every cluster starts with.
public struct ControlPlane: Sendable {
    /// The object store (`DATA_DIR/store.sqlite`).
    public let store: ObjectStore
    /// Pods, for in-process components that write them.
    public let pods: ResourceStorage<PodResource>
    /// Namespaces, for the namespace controller.
    public let namespaces: ResourceStorage<NamespaceResource>
    /// What is served: the built-in resources and those of the custom resource definitions.
    public let api: ServedAPI
    /// The custom resource definitions' resources.
    public let customResources: CustomResourceRegistry
    /// ServiceAccounts, for the controller that gives every namespace its `default` one.
    let serviceAccounts: ResourceStorage<SchemaStrategy>?
    /// Every resource's registry, as the garbage collector uses them.
    public let operations: [any ResourceOperations]
    /// The typed objects of the last writes, shared by every registry and by in-process readers of the
    /// store's watches (`KubeClient.Configuration.recentObjects`).
    public let recentObjects = RecentObjects()
    private let logger: Logger

    /// The namespaces a new cluster has, as upstream's `system namespaces` controller creates them.
    public static let initialNamespaces = ["default", "kube-system", "kube-public", "kube-node-lease"]

    /// The priority classes every cluster has, as upstream's API server creates them.
    public static let systemPriorityClasses: [(String, Int64)] = [
        ("system-node-critical", 2_000_001_000), ("system-cluster-critical", 2_000_000_000),
    ]

    /// Opens (or creates) the store in `dataDirectory` and makes sure the initial namespaces exist.
    public init(dataDirectory: String, logger: Logger, now: @escaping @Sendable () -> Date = { Date() }) async throws {
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        let store = try ObjectStore(
            configuration: ObjectStore.Configuration(path: dataDirectory + "/store.sqlite"), logger: logger)
        self.store = store
        self.logger = logger
        let pods = ResourceStorage(strategy: PodResource(), store: store, recent: recentObjects, now: now)
        self.pods = pods
        let namespaces = ResourceStorage(strategy: NamespaceResource(), store: store, recent: recentObjects, now: now)
        self.namespaces = namespaces
        let nodes = ResourceStorage(strategy: NodeResource(), store: store, recent: recentObjects, now: now)
        let events = ResourceStorage(strategy: EventResource(), store: store, recent: recentObjects, now: now)
        let daemonSets = ResourceStorage(strategy: DaemonSetResource(), store: store, recent: recentObjects, now: now)
        let revisions = ResourceStorage(strategy: ControllerRevisionResource(), store: store, recent: recentObjects, now: now)
        let leases = ResourceStorage(strategy: LeaseResource(), store: store, recent: recentObjects, now: now)
        let eventsV1 = ResourceStorage(strategy: EventsV1Resource(), store: store, recent: recentObjects, now: now)
        var handlers: [any ResourceRequestHandler] = [
            ResourceEndpoint(storage: namespaces),
            ResourceEndpoint(storage: nodes),
            ResourceEndpoint(storage: pods, customSubresources: PodSubresources(pods: pods).handlers),
            ResourceEndpoint(storage: events),
            ResourceEndpoint(storage: daemonSets),
            ResourceEndpoint(storage: revisions),
            ResourceEndpoint(storage: leases),
            ResourceEndpoint(storage: eventsV1),
        ]
        let recent = recentObjects
        let schemaKinds = BuiltinKinds.all.map { definition in
            ResourceStorage(
                strategy: SchemaStrategy(definition, definitions: BuiltinKinds.definitions), store: store,
                recent: recent, now: now)
        }
        handlers += schemaKinds.map { ResourceEndpoint(storage: $0) }
        serviceAccounts = schemaKinds.first { $0.info.resource == "serviceaccounts" }
        operations = [namespaces, nodes, pods, events, daemonSets, revisions, leases, eventsV1] + schemaKinds
        let builtinGroups = Set(handlers.map(\.info.group) + ["apiextensions.k8s.io"])
        let definitions = ResourceStorage(
            strategy: CustomResourceDefinitionStrategy(builtinGroups: builtinGroups, now: now), store: store,
            recent: recentObjects, now: now)
        let api = ServedAPI(builtin: handlers)
        self.api = api
        let customResources = CustomResourceRegistry(definitions: definitions, api: api, recent: recentObjects, now: now)
        self.customResources = customResources
        api.addBuiltin(CustomResourceDefinitionEndpoint(endpoint: ResourceEndpoint(storage: definitions), registry: customResources))
        customResources.sync()
        if let priorityClasses = schemaKinds.first(where: { $0.info.resource == "priorityclasses" }) {
            await Self.createSystemPriorityClasses(in: priorityClasses)
        }
        for name in Self.initialNamespaces where store.get(namespaces.key(namespace: "", name: name)) == nil {
            var namespace = Namespace()
            namespace.metadata.name = name
            do {
                _ = try await namespaces.create(namespace, namespace: "", dryRun: false, manager: ManagedFields.serverManager)
            } catch {
                // Not `catch where`: with typed throws that form hangs the 6.3 compiler's AllocBoxToStack pass.
                guard error.code == .alreadyExists else { throw error }
            }
        }
    }

    /// The built-in priority classes, unless the store has them already.
    private static func createSystemPriorityClasses(in priorityClasses: ResourceStorage<SchemaStrategy>) async {
        for (name, value) in systemPriorityClasses
        where priorityClasses.store.get(priorityClasses.key(namespace: "", name: name)) == nil {
            var priorityClass = UnstructuredObject()
            priorityClass.metadata.name = name
            priorityClass.unknownFields = [
                "value": .int(value), "description": "Built in: for pods a node or the cluster cannot run without.",
            ]
            _ = try? await priorityClasses.create(priorityClass, namespace: "", dryRun: false, manager: ManagedFields.serverManager)
        }
    }

    /// What `/readyz` checks: that the store can commit (it fails on a full disk and recovers with it).
    public var readinessChecks: [ReadinessCheck] {
        let store = store
        return [ReadinessCheck(name: "store") { store.commitFailure() }]
    }

    /// Discovery, OpenAPI and the routes of every resource.
    public var routes: [any APIRouteProvider] {
        [DiscoveryRoutes(api), OpenAPIRoutes(api), ResourceRouter(api)]
    }

    /// The registry of every resource served now, built-in and custom.
    private var served: @Sendable () -> [any ResourceOperations] {
        { [operations, customResources] in operations + customResources.operations }
    }

    /// What runs beside the server: the garbage collector, the namespace controller, the custom resource
    /// definitions' cleanup, the service account controller and the watch bookmark ticker.
    public var services: [any Service] {
        [
            GarbageCollector(store: store, resources: served, recent: recentObjects, logger: logger),
            NamespaceController(namespaces: namespaces, resources: served, logger: logger),
            CustomResourceDefinitionController(registry: customResources, logger: logger),
            ServiceAccountController(namespaces: namespaces, serviceAccounts: serviceAccounts, logger: logger),
            WatchBookmarkService(store: store),
        ]
    }
}
