import Foundation
import KubeModel
import KubeStore
import Logging
import ServiceLifecycle

/// The garbage collector (upstream's `garbagecollector` controller, in process): it deletes objects whose
/// owners are all gone (Background propagation), deletes the dependents of an owner deleted in the Foreground
/// and then lets the owner go, and orphans the dependents of an owner deleted with Orphan.
///
/// It watches every resource from the store, keeps an `OwnerGraph`, and settles one uid at a time from a
/// de-duplicating queue. Before it deletes a dependent it re-reads each owner from the store (by kind, name and
/// uid) so an owner whose watch lags behind its dependent's is never taken for missing; owners of kinds this
/// server does not serve are never judged.
public struct GarbageCollector: Service {
    private let store: ObjectStore
    /// The resources collected over, asked for again as custom resources come and go.
    private let resources: @Sendable () -> [any ResourceOperations]
    private let recent: RecentObjects?
    private let logger: Logger
    private let state: GarbageCollectorState

    /// A collector over `resources` in `store`, reading the headers of the store's `recent` writes from their
    /// typed objects.
    public init(
        store: ObjectStore, resources: @escaping @Sendable () -> [any ResourceOperations], recent: RecentObjects? = nil,
        logger: Logger
    ) {
        self.store = store
        self.resources = resources
        self.recent = recent
        self.logger = logger
        self.state = GarbageCollectorState()
    }

    /// Watches and collects until cancelled or shut down.
    public func run() async throws {
        let (queue, continuation) = AsyncStream<String>.makeStream()
        await state.attach(continuation)
        try await untilGracefulShutdown {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await work(queue) }
                // Every resource is watched from when it is first served; a custom one within a second.
                var observed: Set<ResourceInfo> = []
                while !Task.isCancelled {
                    for resource in resources() where observed.insert(resource.info).inserted {
                        group.addTask { try await observe(resource.info) }
                    }
                    try? await Task.sleep(for: .seconds(1))
                }
                try await group.waitForAll()
            }
        }
    }

    /// Lists then watches one resource, feeding the graph; relists when the watch ends.
    private func observe(_ info: ResourceInfo) async throws {
        while !Task.isCancelled {
            do {
                let listed = try store.list(resource: info.qualifiedResource)
                await state.replace(info, with: listed.items.compactMap { Self.node($0, info: info, recent: recent) })
                for try await event in try store.watch(resource: info.qualifiedResource, fromResourceVersion: listed.resourceVersion) {
                    switch event {
                    case .added(let object), .modified(let object):
                        if let (uid, node) = Self.node(object, info: info, recent: recent) { await state.upsert(uid: uid, node: node) }
                    case .deleted(let object):
                        await state.remove(uid: object.uid)
                    case .bookmark:
                        break
                    }
                }
            } catch is CancellationError {
                return
            } catch {
                logger.debug("garbage collector watch restarts", metadata: ["resource": "\(info.qualifiedResource)", "error": "\(error)"])
                try await Task.sleep(for: .milliseconds(200))
            }
        }
    }

    /// Settles queued uids one at a time; a failure is retried a second later.
    private func work(_ queue: AsyncStream<String>) async {
        await withTaskGroup(of: Void.self) { retries in
            for await uid in queue {
                await state.markProcessing(uid)
                do {
                    try await settle(uid)
                } catch {
                    logger.warning("garbage collection failed", metadata: ["uid": "\(uid)", "error": "\(error)"])
                    retries.addTask {
                        try? await Task.sleep(for: .seconds(1))
                        await state.enqueue([uid])
                    }
                }
            }
            retries.cancelAll()
        }
    }

    /// Brings one object in line with its owners and dependents.
    private func settle(_ uid: String) async throws {
        guard let node = await state.node(uid) else { return }
        if node.deleting {
            if node.finalizers.contains("orphan") {
                for dependent in await state.dependents(of: uid) {
                    guard let child = await state.node(dependent), let operations = operations(child.resource) else { continue }
                    try await ignoringNotFound {
                        try await operations.updateMetadata(namespace: child.namespace, name: child.name) { meta in
                            meta.ownerReferences.removeAll { $0.uid == uid }
                        }
                    }
                }
                try await removeFinalizer("orphan", from: node)
            } else if node.finalizers.contains("foregroundDeletion") {
                var blocking = false
                for dependent in await state.dependents(of: uid) {
                    guard let child = await state.node(dependent), let operations = operations(child.resource) else { continue }
                    blocking = true
                    if !child.deleting {
                        try await ignoringNotFound {
                            _ = try await operations.delete(
                                namespace: child.namespace, name: child.name,
                                request: DeleteRequest(options: Self.foreground))
                        }
                    }
                }
                if !blocking { try await removeFinalizer("foregroundDeletion", from: node) }
            }
        }
        guard !node.owners.isEmpty, !node.deleting, let operations = operations(node.resource),
            let owners = currentOwners(of: node, uid: uid), !owners.isEmpty
        else { return }
        var missing: [OwnerReference] = []
        var ownerDeletingInForeground = false
        for owner in owners {
            switch ownerState(owner, namespace: node.namespace) {
            case .present(let deletingInForeground): ownerDeletingInForeground = ownerDeletingInForeground || deletingInForeground
            case .absent: missing.append(owner)
            case .unknownKind: break
            }
        }
        if missing.count == owners.count || ownerDeletingInForeground && missing.count + 1 >= owners.count {
            logger.debug("deleting dependent", metadata: ["object": "\(node.resource.resource)/\(node.name)"])
            var options = DeleteOptions()
            options.preconditions = Preconditions(uid: uid)
            try await ignoringNotFound {
                _ = try await operations.delete(namespace: node.namespace, name: node.name, request: DeleteRequest(options: options))
            }
        } else if !missing.isEmpty {
            let gone = Set(missing.map(\.uid))
            try await ignoringNotFound {
                try await operations.updateMetadata(namespace: node.namespace, name: node.name) { meta in
                    meta.ownerReferences.removeAll { gone.contains($0.uid) }
                }
            }
        }
    }

    /// The owner references the object has now, nil when it is gone, replaced or being deleted. Owners are
    /// judged on these, as upstream's `attemptToDeleteItem` re-reads the object: the graph may still hold
    /// owners an orphaning just removed, and deleting on those would delete what the user kept.
    private func currentOwners(of node: OwnerGraph.Node, uid: String) -> [OwnerReference]? {
        let key = ObjectKey(
            resource: node.resource.qualifiedResource, namespace: node.resource.namespaced ? node.namespace : "",
            name: node.name)
        guard let stored = store.get(key), stored.uid == uid,
            let header = ObjectHeader(stored, recent: recent),
            header.metadata.deletionTimestamp == nil
        else { return nil }
        return header.metadata.ownerReferences ?? []
    }

    private enum OwnerState {
        case present(deletingInForeground: Bool)
        case absent
        case unknownKind
    }

    /// Reads the owner from the store itself, not the graph: the graph may not have seen it yet.
    private func ownerState(_ owner: OwnerReference, namespace: String) -> OwnerState {
        guard let info = resources().first(where: { $0.info.groupVersion == owner.apiVersion && $0.info.kind == owner.kind })?.info
        else { return .unknownKind }
        let key = ObjectKey(resource: info.qualifiedResource, namespace: info.namespaced ? namespace : "", name: owner.name)
        guard let stored = store.get(key), stored.uid == owner.uid else { return .absent }
        guard let header = ObjectHeader(stored, recent: recent) else {
            return .present(deletingInForeground: false)
        }
        return .present(
            deletingInForeground: header.metadata.deletionTimestamp != nil
                && header.metadata.finalizers?.contains("foregroundDeletion") == true)
    }

    private func removeFinalizer(_ finalizer: String, from node: OwnerGraph.Node) async throws {
        guard let operations = operations(node.resource) else { return }
        try await ignoringNotFound {
            try await operations.updateMetadata(namespace: node.namespace, name: node.name) { meta in
                meta.finalizers.removeAll { $0 == finalizer }
            }
        }
    }

    private func operations(_ info: ResourceInfo) -> (any ResourceOperations)? {
        resources().first { $0.info == info }
    }

    private func ignoringNotFound(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as APIError where error.code == .notFound {
            return
        }
    }

    private static var foreground: DeleteOptions {
        var options = DeleteOptions()
        options.propagationPolicy = "Foreground"
        return options
    }

    /// The graph node of a stored object, nil if its metadata cannot be read.
    static func node(_ object: StoredObject, info: ResourceInfo, recent: RecentObjects?) -> (String, OwnerGraph.Node)? {
        guard let header = ObjectHeader(object, recent: recent) else { return nil }
        let meta = header.metadata
        return (
            object.uid,
            OwnerGraph.Node(
                resource: info, namespace: meta.namespace ?? "", name: meta.name ?? "", owners: meta.ownerReferences ?? [],
                deleting: meta.deletionTimestamp != nil, finalizers: meta.finalizers ?? [])
        )
    }
}

/// Only the metadata the collector reads: decoding skips labels, annotations, managed fields and the rest
/// of the object, which it would otherwise decode for every event of every resource.
struct ObjectHeader: Decodable {
    struct Metadata: Decodable {
        var namespace: String?
        var name: String?
        var ownerReferences: [OwnerReference]?
        var deletionTimestamp: String?
        var finalizers: [String]?
    }

    var metadata: Metadata

    /// The header of a stored object: from its typed state when it is among the `recent` writes, else decoded.
    init?(_ stored: StoredObject, recent: RecentObjects?) {
        if let object = recent?.object((any KubeObject).self, resourceVersion: stored.resourceVersion) {
            let meta = object.metadata
            metadata = Metadata(
                namespace: meta.namespace, name: meta.name, ownerReferences: meta.ownerReferences,
                deletionTimestamp: meta.deletionTimestamp?.rfc3339, finalizers: meta.finalizers)
        } else if let decoded = Self.decode(stored.data) {
            self = decoded
        } else {
            return nil
        }
    }

    /// The header of stored JSON: through `JSONReader`, which skips all but these members, or `JSONDecoder`.
    static func decode(_ data: Data) -> ObjectHeader? {
        if let read = try? JSONReader.read(data, { try ObjectHeader(reading: &$0) }) { return read.value }
        return try? JSONDecoder().decode(ObjectHeader.self, from: data)
    }

    private init(reading reader: inout JSONReader) throws {
        var metadata: Metadata?
        var cursor = try reader.beginObject()
        while let key = try reader.nextKey(&cursor) {
            guard key == "metadata" else {
                try reader.skipValue()
                continue
            }
            guard metadata == nil else { throw JSONReader.Declined() }
            metadata = try Metadata(reading: &reader)
        }
        guard let metadata else { throw JSONReader.Declined() }
        self.metadata = metadata
    }
}

extension ObjectHeader.Metadata {
    fileprivate init(reading reader: inout JSONReader) throws {
        var seen: Set<String> = []
        var cursor = try reader.beginObject()
        while let key = try reader.nextKey(&cursor) {
            guard seen.insert(key).inserted else { throw JSONReader.Declined() }
            if try reader.readNull() { continue }
            switch key {
            case "namespace": namespace = try reader.readString()
            case "name": name = try reader.readString()
            case "ownerReferences": ownerReferences = try [OwnerReference](reading: &reader)
            case "deletionTimestamp": deletionTimestamp = try reader.readString()
            case "finalizers": finalizers = try [String](reading: &reader)
            default: try reader.skipValue()
            }
        }
    }
}

/// The collector's graph and queue, shared by the watch tasks and the worker.
actor GarbageCollectorState {
    private var graph = OwnerGraph()
    private var queued: Set<String> = []
    private var continuation: AsyncStream<String>.Continuation?

    func attach(_ continuation: AsyncStream<String>.Continuation) { self.continuation = continuation }

    func node(_ uid: String) -> OwnerGraph.Node? { graph.nodes[uid] }

    func dependents(of uid: String) -> Set<String> { graph.dependents(of: uid) }

    func upsert(uid: String, node: OwnerGraph.Node) { enqueue(graph.upsert(uid: uid, node: node)) }

    func remove(uid: String) { enqueue(graph.remove(uid: uid)) }

    /// After a relist: the listed objects replace what was known of `info`'s objects.
    func replace(_ info: ResourceInfo, with listed: [(String, OwnerGraph.Node)]) {
        let listedUIDs = Set(listed.map(\.0))
        for (uid, node) in graph.nodes where node.resource == info && !listedUIDs.contains(uid) {
            remove(uid: uid)
        }
        for (uid, node) in listed { upsert(uid: uid, node: node) }
    }

    func enqueue(_ uids: some Sequence<String>) {
        for uid in uids where !queued.contains(uid) {
            queued.insert(uid)
            continuation?.yield(uid)
        }
    }

    /// A uid leaves the queue when the worker takes it, so a change during its processing queues it again.
    func markProcessing(_ uid: String) { queued.remove(uid) }
}
