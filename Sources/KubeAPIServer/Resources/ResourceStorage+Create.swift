import Foundation
import KubeModel
import KubeStore

extension ResourceStorage {
    /// POST: decodes `body`, defaults it, sets the server-owned metadata (uid, creationTimestamp, a name from
    /// `generateName`), validates it and stores it unless it exists (409 AlreadyExists).
    public func create(
        namespace: String, body: [UInt8], contentType: String?, options: WriteOptions
    ) async throws(APIError) -> WriteOutcome {
        let (object, warnings) = try decodeBody(body, contentType: contentType, validation: options.fieldValidation)
        var outcome = try await create(object, namespace: namespace, dryRun: options.dryRun, manager: options.manager)
        outcome.warnings = warnings + outcome.warnings
        return outcome
    }

    /// Creates a decoded object (POST, PUT on a missing object that may be created, apply on a missing one),
    /// recording an `Update` by `manager` in its managedFields (nil: an apply, which recorded its own).
    func create(_ input: Strategy.Object, namespace: String, dryRun: Bool, manager: String?) async throws(APIError)
        -> WriteOutcome
    {
        var object = input
        // Objects made in process (a namespace's default ServiceAccount) are stored with their TypeMeta too.
        object.apiVersion = info.groupVersion
        object.kind = info.kind
        try assignNamespace(&object, namespace: namespace)
        guard object.metadata.resourceVersion.isEmpty else {
            throw APIError(.badRequest, "resourceVersion should not be set on objects to be created")
        }
        strategy.applyDefaults(&object)
        strategy.prepareForCreate(&object)
        try strategy.admit(&object, store: store)
        object.metadata.uid = UUID().uuidString.lowercased()
        object.metadata.creationTimestamp = currentTime()
        object.metadata.deletionTimestamp = nil
        object.metadata.deletionGracePeriodSeconds = nil
        let generated = object.metadata.name.isEmpty && !object.metadata.generateName.isEmpty
        if generated {
            object.metadata.name = Self.generatedName(object.metadata.generateName)
        }
        try APIError.throwIfInvalid(
            strategy.validate(object), kind: info.kind, group: info.group, name: object.metadata.name)
        if info.namespaced {
            try checkNamespaceAcceptsContent(object.metadata.namespace)
        }
        if let manager {
            try recordUpdate(&object, over: nil, old: nil, manager: manager, target: .main)
        }
        if dryRun {
            return WriteOutcome(data: object.jsonData(), created: true, warnings: strategy.warningsOnCreate(object))
        }
        // A generated name may collide; upstream retries such creates a few times with new names.
        for attempt in 0..<8 {
            if attempt > 0 && generated {
                object.metadata.name = Self.generatedName(object.metadata.generateName)
            }
            let write = prepared(object)
            try checkSize(write)
            let key = key(namespace: object.metadata.namespace, name: object.metadata.name)
            do {
                let result = try await store.submit(key) { current, next in
                    if current != nil { throw StoreError.alreadyExists(key) }
                    return write.put(next)
                }
                remember(object, committed: result)
                return WriteOutcome(
                    data: result.object?.data ?? Data(), created: true, warnings: strategy.warningsOnCreate(object))
            } catch let error as StoreError where error.code == .alreadyExists {
                if !generated {
                    throw APIError.alreadyExists(group: info.group, resource: info.resource, name: object.metadata.name)
                }
            } catch {
                throw APIError(storeError: error)
            }
        }
        throw APIError.alreadyExists(group: info.group, resource: info.resource, name: object.metadata.name)
    }

    /// 404 when the namespace does not exist, 403 when it is being deleted (upstream's NamespaceLifecycle).
    func checkNamespaceAcceptsContent(_ namespace: String) throws(APIError) {
        guard let stored = store.get(ObjectKey(resource: ResourceCatalog.namespaces.resource, name: namespace)) else {
            throw APIError.notFound(group: "", resource: "namespaces", name: namespace)
        }
        // Only a namespace whose JSON names a deletionTimestamp can be terminating: the byte search spares
        // every create a decode of its namespace.
        if stored.data.range(of: Self.deletionTimestampMember) != nil,
            let namespaceObject = try? Namespace.decode(json: stored.data), namespaceObject.metadata.deletionTimestamp != nil
        {
            throw APIError(
                .forbidden,
                "\(info.resource) \"\" is forbidden: unable to create new content in namespace \(namespace) because it is being terminated",
                details: StatusDetails(group: info.group, kind: info.resource))
        }
    }

    private static var deletionTimestampMember: Data { Data(#""deletionTimestamp""#.utf8) }

    /// `generateName` plus five random characters from upstream's alphabet (no vowels, no look-alikes).
    static func generatedName(_ prefix: String) -> String {
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        let trimmed = prefix.count > 58 ? String(prefix.prefix(58)) : prefix
        var name = trimmed
        for _ in 0..<5 { name.append(alphabet.randomElement() ?? "x") }
        return name
    }
}
