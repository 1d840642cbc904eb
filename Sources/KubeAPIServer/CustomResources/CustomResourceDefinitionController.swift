import Foundation
import KubeModel
import KubeStore
import Logging
import ServiceLifecycle
import Synchronization

/// Upstream's CRD finalizer controller, in process: a deleted CustomResourceDefinition has every object of its
/// resource deleted, then its `customresourcecleanup` finalizer removed, which completes its deletion. It also
/// keeps the served resources in line with definitions changed by anything but the API (a deletion completing).
final class CustomResourceDefinitionController: Service {
    let registry: CustomResourceRegistry
    let logger: Logger
    /// How often a definition whose objects are still going is looked at again.
    let retryInterval: Duration = .milliseconds(500)
    private let cleaning = Mutex<Set<String>>([])

    init(registry: CustomResourceRegistry, logger: Logger) {
        self.registry = registry
        self.logger = logger
    }

    func run() async throws {
        let store = registry.definitions.store
        let resource = registry.definitions.info.qualifiedResource
        try await untilGracefulShutdown { [self] in
            try await withThrowingTaskGroup(of: Void.self) { group in
                while !Task.isCancelled {
                    do {
                        let listed = try store.list(resource: resource)
                        registry.sync()
                        for object in listed.items { start(object, in: &group) }
                        for try await event in try store.watch(resource: resource, fromResourceVersion: listed.resourceVersion) {
                            switch event {
                            case .added(let object), .modified(let object):
                                registry.sync()
                                start(object, in: &group)
                            case .deleted:
                                registry.sync()
                            case .bookmark:
                                break
                            }
                        }
                    } catch is CancellationError {
                        return
                    } catch {
                        logger.debug("custom resource definition watch restarts", metadata: ["error": "\(error)"])
                        try await Task.sleep(for: .milliseconds(200))
                    }
                }
            }
        }
    }

    /// Starts the cleanup of a deleted definition, unless one runs already.
    private func start(_ object: StoredObject, in group: inout ThrowingTaskGroup<Void, any Error>) {
        guard let crd = try? UnstructuredObject.decode(json: object.data), crd.metadata.deletionTimestamp != nil,
            crd.metadata.finalizers.contains(CustomResourceDefinitionStrategy.cleanupFinalizer),
            cleaning.withLock({ $0.insert(crd.metadata.name).inserted })
        else { return }
        group.addTask { [self] in
            defer { _ = cleaning.withLock { $0.remove(crd.metadata.name) } }
            try await cleanUp(crd.metadata.name)
        }
    }

    /// Deletes the definition's objects until none is left, then releases the definition.
    private func cleanUp(_ name: String) async throws {
        while !Task.isCancelled {
            if let storage = registry.storage(definition: name) {
                let remaining = try storage.store.list(resource: storage.info.qualifiedResource).items
                if !remaining.isEmpty {
                    for object in remaining {
                        do {
                            _ = try await storage.delete(namespace: object.key.namespace, name: object.key.name, request: DeleteRequest())
                        } catch {
                            guard error.code == .notFound else { throw error }
                        }
                    }
                    try await Task.sleep(for: retryInterval)
                    continue
                }
            }
            do {
                try await registry.definitions.updateMetadata(namespace: "", name: name) { metadata in
                    metadata.finalizers.removeAll { $0 == CustomResourceDefinitionStrategy.cleanupFinalizer }
                }
            } catch {
                guard error.code == .notFound else { throw error }
            }
            logger.info("custom resource definition cleaned up", metadata: ["name": "\(name)"])
            return
        }
    }
}
