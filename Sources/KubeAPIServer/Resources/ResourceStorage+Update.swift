import Foundation
import KubeModel
import KubeStore

/// Which part of an object a write may change.
public enum UpdateTarget: Sendable {
    /// The main resource: everything but status.
    case main
    /// `/status`: status (and some metadata), never spec.
    case status
    /// `namespaces/NAME/finalize`: `spec.finalizers` only (how a stuck namespace is released by hand).
    case finalize
}

extension ResourceStorage {
    /// PUT: replaces the object with `body`. A `metadata.resourceVersion` in the body must be the current one
    /// (409 otherwise); without one the update is unconditional.
    public func update(
        namespace: String, name: String, body: [UInt8], contentType: String?, target: UpdateTarget,
        options: WriteOptions
    ) async throws(APIError) -> WriteOutcome {
        var (object, warnings) = try decodeBody(body, contentType: contentType, validation: options.fieldValidation)
        if Self.asksManagedFieldsReset(body) { object.metadata.managedFields = ManagedFields.resetMarker }
        var outcome = try await guaranteedUpdate(
            namespace: namespace, name: name, target: target, dryRun: options.dryRun,
            allowCreate: strategy.allowCreateOnUpdate && target == .main, manager: options.manager
        ) { _, _ in object }
        outcome.warnings = warnings + outcome.warnings
        return outcome
    }

    /// PATCH: applies `patch` (of the type `contentType` names) to the current object and stores the result as
    /// an update. Server-side apply creates a missing object.
    public func patch(
        namespace: String, name: String, patch: [UInt8], contentType: String, target: UpdateTarget,
        options: WriteOptions
    ) async throws(APIError) -> WriteOutcome {
        let patchOptions = PatchApplier.Options(
            fieldManager: options.fieldManager, force: options.force, apiVersion: info.groupVersion, now: now(),
            schema: strategy.patchSchema)
        let patchType = try? PatchApplier.patchType(contentType)
        if patchType == "application/strategic-merge-patch+json" && !strategy.acceptsStrategicMergePatch {
            throw APIError(
                .unsupportedMediaType,
                "the body of the request was in an unknown format - accepted media types include: "
                    + PatchApplier.supportedContentTypes.dropLast().joined(separator: ", "))
        }
        let isApply = patchType == "application/apply-patch+yaml"
        var warnings: [String] = []
        let outcome = try await guaranteedUpdate(
            namespace: namespace, name: name, target: target, dryRun: options.dryRun,
            allowCreate: isApply && target == .main, manager: isApply ? nil : options.manager
        ) { current, _ in
            try Self.withStack(for: patch) { () throws(APIError) in
                var live: JSONValue?
                if let current {
                    do {
                        live = try JSONValue.parse(strategy.servedBytes(current.data))
                    } catch {
                        throw APIError(.internalError, "Internal error occurred: decoding stored \(current.key): \(error)")
                    }
                }
                let patched = try PatchApplier.apply(
                    contentType: contentType, patch: Data(patch), to: live, kind: info.kind, options: patchOptions)
                var patchedObject = patched
                if current == nil, case .object(var members) = patched {
                    // A created object starts without server-owned metadata whatever the configuration held.
                    if case .object(var metadata)? = members["metadata"] {
                        metadata["name"] = metadata["name"] ?? .string(name)
                        members["metadata"] = .object(metadata)
                    }
                    patchedObject = .object(members)
                }
                let decoded = try decodeBody(
                    patchedObject.canonicalBytes, contentType: "application/json", validation: options.fieldValidation,
                    patched: true)
                warnings = decoded.warnings
                var object = decoded.object
                if ManagedFields.isReset(patchedObject["metadata"]?["managedFields"]) {
                    object.metadata.managedFields = ManagedFields.resetMarker
                }
                return object
            }
        }
        return WriteOutcome(data: outcome.data, created: outcome.created, warnings: warnings + outcome.warnings)
    }

    /// Reads, lets `newObject` compute the replacement from the current state, runs the update strategy and
    /// validation, and commits only if nothing changed in between (retrying from a fresh read otherwise).
    /// A missing object is created when `allowCreate`, else 404. An update that changes nothing stores nothing.
    /// The write is recorded in managedFields as an `Update` by `manager` (nil: an apply, which recorded its own).
    func guaranteedUpdate(
        namespace: String, name: String, target: UpdateTarget, dryRun: Bool, allowCreate: Bool, manager: String?,
        newObject: (StoredObject?, Strategy.Object?) throws -> Strategy.Object
    ) async throws(APIError) -> WriteOutcome {
        let key = key(namespace: namespace, name: name)
        for _ in 0..<Self.maxAttempts {
            guard let current = store.get(key) else {
                guard allowCreate else { throw notFound(name) }
                var object = try Self.converting { try newObject(nil, nil) }
                try checkIdentity(&object, namespace: namespace, name: name)
                object.metadata.resourceVersion = ""
                return try await create(object, namespace: namespace, dryRun: dryRun, manager: manager)
            }
            let old = try decodeStored(current)
            var object = try Self.converting { try newObject(current, old) }
            try checkIdentity(&object, namespace: namespace, name: name)
            let currentVersion = String(current.resourceVersion)
            if !object.metadata.resourceVersion.isEmpty && object.metadata.resourceVersion != currentVersion {
                throw conflict(name)
            }
            if !object.metadata.uid.isEmpty && object.metadata.uid != old.metadata.uid {
                throw APIError(
                    .conflict,
                    "Operation cannot be fulfilled on \(info.qualifiedResource) \"\(name)\": Precondition failed: "
                        + "UID in precondition: \(object.metadata.uid), UID in object meta: \(old.metadata.uid)",
                    details: StatusDetails(name: name, group: info.group, kind: info.resource))
            }
            strategy.applyDefaults(&object)
            switch target {
            case .main: strategy.prepareForUpdate(&object, old: old)
            case .status: strategy.prepareForStatusUpdate(&object, old: old)
            case .finalize: strategy.prepareForFinalize(&object, old: old)
            }
            object.metadata.resourceVersion = currentVersion
            let causes =
                switch target {
                case .main, .finalize: strategy.validateUpdate(object, old: old)
                case .status: strategy.validateStatusUpdate(object, old: old)
                }
            try APIError.throwIfInvalid(causes, kind: info.kind, group: info.group, name: name)
            if let manager {
                try recordUpdate(&object, over: current, old: old, manager: manager, target: target)
            }

            let completesDeletion = completesDeletion(object)
            let (write, data) = prepared(object, at: current.resourceVersion)
            try checkSize(write, replacing: current.data.count)
            if data == current.data && !completesDeletion {
                return WriteOutcome(data: current.data, created: false, warnings: [])
            }
            if dryRun {
                return WriteOutcome(data: data, created: false, warnings: [])
            }
            let committed = try await commit(
                write, of: object, key: key, over: current.resourceVersion, completingDeletion: completesDeletion, fallback: data)
            guard let committed else { continue }
            return WriteOutcome(data: committed, created: false, warnings: [])
        }
        throw conflict(name)
    }

    /// Whether a PUT body's `metadata.managedFields` is an explicit reset (`[]` decodes as absent, so the body
    /// is read again, and only when it names the field).
    static func asksManagedFieldsReset(_ body: [UInt8]) -> Bool {
        guard body.first == UInt8(ascii: "{"), Data(body).range(of: Data(#""managedFields""#.utf8)) != nil,
            let value = try? JSONValue.parse(Data(body))
        else { return false }
        return ManagedFields.isReset(value["metadata"]?["managedFields"])
    }

    /// Runs `body`, reporting any failure as an `APIError`.
    static func converting<T>(_ body: () throws -> T) throws(APIError) -> T {
        do {
            return try body()
        } catch {
            throw APIError(converting: error)
        }
    }

    /// The body's name must be the URL's (400 otherwise, as upstream); its namespace is the URL's.
    func checkIdentity(_ object: inout Strategy.Object, namespace: String, name: String) throws(APIError) {
        if object.metadata.name.isEmpty {
            object.metadata.name = name
        } else if object.metadata.name != name {
            throw APIError(
                .badRequest,
                "the name of the object (\(object.metadata.name)) does not match the name on the URL (\(name))")
        }
        try assignNamespace(&object, namespace: namespace)
    }
}
