import KubeClient
import KubeModel
import Logging
import ServiceLifecycle
import Synchronization

/// One informer per resource and namespace for every component of a process, as client-go's
/// `SharedInformerFactory`: the scheduler, the node lifecycle controller, the pod garbage collector, the
/// simulated kubelets and the DaemonSet controller of `daemonry up` all read pods and nodes, and with an
/// informer each every pod change would be watched, decoded and stored five times.
///
/// Components ask for their informers when they are built and add their own indexes and handlers; the
/// factory is a `Service` that runs every informer it handed out, also those asked for after it started,
/// until graceful shutdown.
public final class SharedInformerFactory: Service, Sendable {
    private let client: KubeClient
    private let logger: Logger
    private let informers = Mutex<[InformerKey: any Sendable]>([:])
    private let started: (stream: AsyncStream<any Service>, continuation: AsyncStream<any Service>.Continuation)

    private struct InformerKey: Hashable {
        var type: ObjectIdentifier
        var namespace: String?
    }

    /// A factory of informers (with the default configuration) reading through `client`.
    public init(client: KubeClient, logger: Logger = Logger(label: "daemonry.informer")) {
        self.client = client
        self.logger = logger
        self.started = AsyncStream.makeStream()
    }

    /// The informer of `type` in `namespace` (nil: all namespaces), created on first request, with
    /// `indexes` added to those earlier callers asked for.
    public func informer<Object: RESTResource>(
        _ type: Object.Type, namespace: String? = nil, indexes: [IndexFunction<Object>] = []
    ) -> Informer<Object, Object> {
        let key = InformerKey(type: ObjectIdentifier(type), namespace: namespace)
        let informer = informers.withLock { informers in
            if let shared = informers[key] as? Informer<Object, Object> { return shared }
            // Controllers never read managedFields; like kube-controller-manager's informers, the cache drops them.
            let created = Informer(
                source: KubeListerWatcher<Object>(client: client, namespace: namespace),
                transform: { object in
                    guard !object.metadata.managedFields.isEmpty else { return object }
                    var trimmed = object
                    trimmed.metadata.managedFields = []
                    return trimmed
                }, key: { $0.key }, logger: logger)
            informers[key] = created
            started.continuation.yield(created)
            return created
        }
        informer.addIndexes(indexes)
        return informer
    }

    /// Runs every informer handed out, now or later, until graceful shutdown. Run it once.
    public func run() async throws {
        try await withThrowingDiscardingTaskGroup { group in
            await withGracefulShutdownHandler {
                for await informer in started.stream {
                    group.addTask { try await informer.run() }
                }
            } onGracefulShutdown: {
                self.started.continuation.finish()
            }
        }
    }
}
