import Foundation
import KubeModel
import KubeStore
import Logging
import ServiceLifecycle

/// Upstream's service account controller, in process: every active namespace has a ServiceAccount named
/// `default`, made when the namespace appears and made again if it is deleted.
public struct ServiceAccountController: Service {
    /// The account every namespace gets.
    public static let defaultName = "default"

    private let namespaces: ResourceStorage<NamespaceResource>
    private let serviceAccounts: ResourceStorage<SchemaStrategy>?
    private let logger: Logger

    /// A controller over `namespaces` writing `serviceAccounts` (nil: nothing to do).
    public init(
        namespaces: ResourceStorage<NamespaceResource>, serviceAccounts: ResourceStorage<SchemaStrategy>?, logger: Logger
    ) {
        self.namespaces = namespaces
        self.serviceAccounts = serviceAccounts
        self.logger = logger
    }

    public func run() async throws {
        guard let serviceAccounts else { return }
        try await untilGracefulShutdown {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await follow(namespaces.info.qualifiedResource) { event in
                        if case .deleted = event { return nil }
                        return event.object?.key.name
                    }
                }
                group.addTask {
                    try await follow(serviceAccounts.info.qualifiedResource) { event in
                        guard case .deleted(let object) = event, object.key.name == Self.defaultName else { return nil }
                        return object.key.namespace
                    }
                }
                try await group.waitForAll()
            }
        }
    }

    /// Lists then watches `resource`, ensuring the account of every namespace `namespaceOf` names (every listed
    /// object's when listing namespaces).
    private func follow(_ resource: String, namespaceOf: @Sendable (StoreEvent) -> String?) async throws {
        let store = namespaces.store
        while !Task.isCancelled {
            do {
                let listed = try store.list(resource: resource)
                if resource == namespaces.info.qualifiedResource {
                    for object in listed.items { await ensure(object.key.name) }
                }
                for try await event in try store.watch(resource: resource, fromResourceVersion: listed.resourceVersion) {
                    if let namespace = namespaceOf(event) { await ensure(namespace) }
                }
            } catch is CancellationError {
                return
            } catch {
                logger.debug("service account controller watch restarts", metadata: ["error": "\(error)"])
                try await Task.sleep(for: .milliseconds(200))
            }
        }
    }

    /// Creates `default` in `namespace` unless it exists or the namespace is going away.
    private func ensure(_ namespace: String) async {
        guard let serviceAccounts,
            let stored = namespaces.store.get(namespaces.key(namespace: "", name: namespace)),
            (try? Namespace.decode(json: stored.data))?.metadata.deletionTimestamp == nil,
            serviceAccounts.store.get(serviceAccounts.key(namespace: namespace, name: Self.defaultName)) == nil
        else { return }
        var account = UnstructuredObject()
        account.metadata.name = Self.defaultName
        account.metadata.namespace = namespace
        do {
            _ = try await serviceAccounts.create(account, namespace: namespace, dryRun: false, manager: ManagedFields.serverManager)
        } catch {
            guard error.code != .alreadyExists else { return }
            logger.warning(
                "could not create the default service account", metadata: ["namespace": "\(namespace)", "error": "\(error)"])
        }
    }
}
