import Foundation
import KubeModel
import KubeStore
import Logging
import ServiceLifecycle

/// Upstream's namespace controller, in process: a namespace being deleted (`Terminating`, held by the
/// `kubernetes` spec finalizer) has every namespaced object in it deleted; once none is left the finalizer
/// is removed, which completes the namespace's deletion.
///
/// Objects that take time to go (pods terminating gracefully, objects with finalizers) keep the namespace
/// `Terminating`; it is checked again every `retryInterval` until they are gone, as upstream requeues.
public struct NamespaceController: Service {
    private let namespaces: ResourceStorage<NamespaceResource>
    /// The kinds a namespace holds, asked for each time (custom resources come and go).
    private let resources: @Sendable () -> [any ResourceOperations]
    private let retryInterval: Duration
    private let logger: Logger

    /// A controller for `namespaces`, emptying them of the namespaced kinds among `resources`.
    public init(
        namespaces: ResourceStorage<NamespaceResource>, resources: @escaping @Sendable () -> [any ResourceOperations],
        retryInterval: Duration = .seconds(1), logger: Logger
    ) {
        self.namespaces = namespaces
        self.resources = resources
        self.retryInterval = retryInterval
        self.logger = logger
    }

    /// Watches namespaces and finalizes the terminating ones until shutdown.
    public func run() async throws {
        let (queue, continuation) = AsyncStream<String>.makeStream()
        let pending = PendingNames(continuation)
        try await untilGracefulShutdown {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await observe(into: pending) }
                group.addTask { await work(queue, pending: pending) }
                try await group.waitForAll()
            }
        }
    }

    /// Lists then watches namespaces, queueing each one that carries a deletion timestamp.
    private func observe(into pending: PendingNames) async throws {
        let resource = namespaces.info.qualifiedResource
        while !Task.isCancelled {
            do {
                let listed = try namespaces.store.list(resource: resource)
                for object in listed.items where Self.isTerminating(object) { await pending.add(object.key.name) }
                for try await event in try namespaces.store.watch(resource: resource, fromResourceVersion: listed.resourceVersion) {
                    if case .modified(let object) = event, Self.isTerminating(object) {
                        await pending.add(object.key.name)
                    }
                }
            } catch is CancellationError {
                return
            } catch {
                logger.debug("namespace controller watch restarts", metadata: ["error": "\(error)"])
                try await Task.sleep(for: .milliseconds(200))
            }
        }
    }

    private static func isTerminating(_ object: StoredObject) -> Bool {
        (try? Namespace.decode(json: object.data))?.metadata.deletionTimestamp != nil
    }

    /// Finalizes queued namespaces one at a time; one with content left is queued again later.
    private func work(_ queue: AsyncStream<String>, pending: PendingNames) async {
        await withTaskGroup(of: Void.self) { retries in
            for await name in queue {
                await pending.remove(name)
                var finished = false
                do {
                    finished = try await finalize(name)
                } catch {
                    logger.warning("namespace deletion failed", metadata: ["namespace": "\(name)", "error": "\(error)"])
                }
                if !finished {
                    retries.addTask {
                        try? await Task.sleep(for: retryInterval)
                        await pending.add(name)
                    }
                }
            }
            retries.cancelAll()
        }
    }

    /// Deletes what is left in `name`; true once the namespace is gone or was never terminating.
    private func finalize(_ name: String) async throws -> Bool {
        guard let stored = namespaces.store.get(namespaces.key(namespace: "", name: name)) else { return true }
        let namespace = try Namespace.decode(json: stored.data)
        guard namespace.metadata.deletionTimestamp != nil,
            namespace.spec.finalizers.contains(NamespaceStrategy.kubernetesFinalizer)
        else { return true }
        let contents = resources().filter(\.info.namespaced)
        var remaining = 0
        for resource in contents {
            for object in try resource.names(namespace: name) {
                remaining += 1
                do {
                    _ = try await resource.delete(namespace: name, name: object, request: DeleteRequest())
                } catch {
                    guard error.code == .notFound else { throw error }
                }
            }
        }
        if remaining > 0 {
            // Deleted objects may be gone already; only what is still there holds the namespace.
            remaining = try contents.reduce(0) { $0 + (try $1.names(namespace: name).count) }
        }
        guard remaining == 0 else {
            logger.debug("namespace content remaining", metadata: ["namespace": "\(name)", "objects": "\(remaining)"])
            return false
        }
        _ = try await namespaces.modify(namespace: "", name: name) { (namespace: inout Namespace) in
            namespace.spec.finalizers.removeAll { $0 == NamespaceStrategy.kubernetesFinalizer }
        }
        logger.info("namespace deleted", metadata: ["namespace": "\(name)"])
        return true
    }
}

/// The namespaces waiting to be finalized, each queued once however many events name it.
private actor PendingNames {
    private var names: Set<String> = []
    private let continuation: AsyncStream<String>.Continuation

    init(_ continuation: AsyncStream<String>.Continuation) {
        self.continuation = continuation
    }

    func add(_ name: String) {
        guard names.insert(name).inserted else { return }
        continuation.yield(name)
    }

    func remove(_ name: String) {
        names.remove(name)
    }
}
