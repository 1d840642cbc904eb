import Foundation
import KubeModel
import KubeStore

/// The generic registry of one kind over the object store (upstream's `genericregistry.Store`): every verb
/// with its defaulting, server-owned fields, validation, optimistic concurrency, dry run, finalizers and
/// graceful deletion. It knows nothing of HTTP: `ResourceRoutes` maps requests onto it, and in-process
/// components (the garbage collector) call it directly.
///
/// Objects are decoded and validated outside the store's single writer, then committed with a mutation that
/// only checks the resourceVersion it read, so concurrent requests share the writer's group commits; a lost
/// race is retried from a fresh read, as upstream's `GuaranteedUpdate` does, unless the client pinned a
/// resourceVersion (then it is a 409).
public struct ResourceStorage<Strategy: ResourceStrategy>: Sendable {
    /// The kind's strategy.
    public let strategy: Strategy
    /// The store every object lives in.
    public let store: ObjectStore
    /// The clock for `creationTimestamp` and `deletionTimestamp`.
    let now: @Sendable () -> Date
    /// The typed objects of the store's last writes, which a read of the same state takes instead of decoding.
    let recent: RecentObjects?
    /// The kind's zero value as Go writes it, parsed once: what a create's managedFields are compared with.
    let zeroValue: JSONObject

    /// How often a write re-reads after losing a race before giving up with 409 (upstream retries without
    /// bound; a bound keeps a pathological hot key from spinning a request forever).
    static var maxAttempts: Int { 16 }

    /// The registry of `strategy` over `store`, sharing `recent` with the store's other registries.
    public init(
        strategy: Strategy, store: ObjectStore, recent: RecentObjects? = nil,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.strategy = strategy
        self.store = store
        self.recent = recent
        self.now = now
        self.zeroValue = (try? JSONValue.parse(Strategy.Object().jsonData()).objectValue) ?? [:]
    }

    /// Names, scope and verbs.
    public var info: ResourceInfo { strategy.info }

    /// The store key of `name` in `namespace` ("" for cluster-scoped kinds).
    public func key(namespace: String, name: String) -> ObjectKey {
        ObjectKey(resource: strategy.storageResource, namespace: info.namespaced ? namespace : "", name: name)
    }

    // MARK: Reads

    /// The stored object, or 404 worded as upstream.
    public func get(namespace: String, name: String) throws(APIError) -> StoredObject {
        guard let object = store.get(key(namespace: namespace, name: name)) else {
            throw notFound(name)
        }
        return object
    }

    /// The objects `options` select, in `namespace` (nil: all namespaces), as one consistent snapshot.
    public func list(namespace: String?, options: ListOptions) throws(APIError) -> ListResult {
        do {
            return try store.list(
                resource: strategy.storageResource, namespace: info.namespaced ? namespace : nil,
                matching: options.filter, limit: options.limit, continue: options.continueToken)
        } catch {
            throw APIError(storeError: error)
        }
    }

    /// A watch of the objects `options` select; see `ObjectStore.watch` for where it starts.
    public func watch(namespace: String?, options: ListOptions) throws(APIError) -> WatchStream {
        let from: Int64? = options.sendInitialEvents ? 0 : options.resourceVersion
        do {
            return try store.watch(
                resource: strategy.storageResource, namespace: info.namespaced ? namespace : nil, fromResourceVersion: from,
                matching: options.filter,
                options: WatchOptions(
                    allowBookmarks: options.allowWatchBookmarks,
                    initialEventsEndBookmark: options.sendInitialEvents && options.allowWatchBookmarks))
        } catch {
            throw APIError(storeError: error)
        }
    }

    // MARK: Shared steps

    /// Decodes a stored object (the store only holds what this registry wrote, so failure is a 500), or takes
    /// it from the recent writes.
    func decodeStored(_ object: StoredObject) throws(APIError) -> Strategy.Object {
        if let recent = recent?.object(Strategy.Stored.self, resourceVersion: object.resourceVersion) {
            return strategy.fromStored(recent)
        }
        do {
            return strategy.fromStored(try Strategy.Stored.decode(json: object.data))
        } catch {
            throw APIError(.internalError, "Internal error occurred: decoding stored \(object.key): \(error)")
        }
    }

    /// Decodes a request body (JSON, or YAML when the content type says so) into the kind, applying
    /// `fieldValidation`: unknown members fail a strict request and become warnings otherwise. A POST or
    /// PUT body's decoding errors name the kind as upstream's `transformDecodeError` does
    /// (`Pod in version "v1" cannot be handled as a Pod: ...`); a `patched` object's do not, as upstream's
    /// patch handler reports them bare. A POST or PUT body that is no object of the kind is refused first, as
    /// `RequestBodyKind` words it.
    func decodeBody(_ body: [UInt8], contentType: String?, validation: FieldValidation, patched: Bool = false)
        throws(APIError) -> (object: Strategy.Object, warnings: [String])
    {
        try Self.withStack(for: body) { () throws(APIError) in
            try decodeBodyInline(body, contentType: contentType, validation: validation, patched: patched)
        }
    }

    /// Runs `work` on a request body where the body's nesting fits the stack (`DeepNesting`); a YAML body past
    /// go-yaml's limits is refused first.
    static func withStack<Value>(
        for body: [UInt8], _ work: () throws(APIError) -> Value
    ) throws(APIError) -> Value {
        let depth: Int
        do {
            depth = try DeepNesting.depth(of: body)
        } catch {
            throw APIError(.badRequest, "error decoding YAML: \(error.message)")
        }
        return try DeepNesting.run(depth: depth, work)
    }

    private func decodeBodyInline(_ body: [UInt8], contentType: String?, validation: FieldValidation, patched: Bool)
        throws(APIError) -> (object: Strategy.Object, warnings: [String])
    {
        let handledAs = patched ? "" : "\(info.kind) in version \"\(info.version)\" cannot be handled as a \(info.kind): "
        var json = Data(body)
        let mediaType = MediaRange.essence(contentType)
        if !patched, body.isEmpty, let object = RequestBodyObject.current as? Strategy.Object {
            // An in-process client's object, handed over in place of its body: it must be what decoding its
            // encoding gives, or readers of the stored object and of the recent writes would see two objects.
            assert(
                (try? Strategy.Object.decode(json: object.jsonData())) == object,
                "the in-process request's object differs from its JSON: the server would store another object")
            if object.apiVersion != info.groupVersion || object.kind != info.kind {
                try RequestBodyKind.check(
                    apiVersion: object.apiVersion, kind: object.kind, body: object.jsonBytes(), info: info)
            }
            return (try ownVersion(object), [])
        }
        if mediaType == ProtobufBody.mediaType {
            json = try ProtobufBody.json(body, kind: info.kind, schema: strategy.protobufSchema)
        } else if mediaType == "application/yaml" {
            do {
                guard let document = try ManifestReader.documents(from: json).first else {
                    throw APIError(.badRequest, "the request body is empty")
                }
                json = Data(document.canonicalBytes)
            } catch let error as APIError {
                throw error
            } catch {
                throw APIError(.badRequest, "error decoding YAML: \(error)")
            }
        } else if !mediaType.isEmpty && mediaType != "application/json" && mediaType != "*/*" {
            throw APIError(
                .unsupportedMediaType,
                "the body of the request was in an unknown format - accepted media types include: "
                    + "application/json, application/yaml")
        }
        var decoded: (value: Strategy.Object, unknownFields: [String])
        if let read = Strategy.Object.read(json: json), !read.sawUnknownField {
            // A JSON object of the kind's shape: nothing for Go's scanner to object to.
            if !patched {
                try RequestBodyKind.check(apiVersion: read.value.apiVersion, kind: read.value.kind, body: body, info: info)
            }
            decoded = (read.value, [])
        } else {
            let document: JSONValue
            do {
                document = try GoJSONDecoder.parse([UInt8](json))
            } catch {
                guard !patched else { throw APIError(.badRequest, error.message) }
                throw RequestBodyKind.unrecognized(.init(jsonError: error.message), body: body, kind: info.kind)
            }
            if !patched {
                try RequestBodyKind.check(document, body: body, info: info)
            }
            if document == .null {
                // Go decodes `null` into an object as nothing at all: the result is the empty object.
                json = Data("{}".utf8)
            }
            let declaredByKind: [String]?
            do {
                declaredByKind = try strategy.unknownFields(in: document)
            } catch {
                throw APIError(.badRequest, handledAs + error.message)
            }
            do {
                decoded = try Strategy.Object.decodeReportingUnknownFields(json: json)
            } catch {
                throw APIError(.badRequest, handledAs + Self.describe(decodingError: error, kind: info.kind))
            }
            if let declaredByKind { decoded.unknownFields = declaredByKind }
        }
        let object = try ownVersion(decoded.value)
        var unknown = decoded.unknownFields
        // `status` is a known field of kinds that have one; others never declare it.
        unknown.removeAll { $0 == "status" && info.subresource("status") == nil }
        switch validation {
        case .ignore:
            return (object, [])
        case .warn:
            return (object, unknown.map { "unknown field \(GoText.quote($0))" })
        case .strict:
            guard unknown.isEmpty else {
                throw APIError(
                    .badRequest,
                    handledAs + "strict decoding error: " + unknown.map { "unknown field \(GoText.quote($0))" }.joined(separator: ", "))
            }
            return (object, [])
        }
    }

    /// `object` with the kind's apiVersion and kind; 400 when it names another version.
    private func ownVersion(_ object: Strategy.Object) throws(APIError) -> Strategy.Object {
        if !object.apiVersion.isEmpty && object.apiVersion != info.groupVersion
            || !object.kind.isEmpty && object.kind != info.kind
        {
            throw APIError(
                .badRequest,
                "the API version in the data (\(object.apiVersion)) does not match the expected API version (\(info.groupVersion))"
            )
        }
        var object = object
        object.apiVersion = info.groupVersion
        object.kind = info.kind
        return object
    }

    /// A Foundation decoding error as a one-line message naming the field, in the spirit of Go's
    /// `json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container`.
    static func describe(decodingError error: any Error, kind: String) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text
        }
        switch error {
        case DecodingError.typeMismatch(let type, let context):
            return "json: cannot unmarshal into Go struct field \(kind).\(path(context.codingPath)) of type \(type)"
        case DecodingError.valueNotFound(let type, let context):
            return "json: cannot unmarshal null into Go struct field \(kind).\(path(context.codingPath)) of type \(type)"
        case DecodingError.dataCorrupted(let context):
            return "json: invalid value for \(kind).\(path(context.codingPath)): \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, let context):
            return "json: missing field \(kind).\(path(context.codingPath + [key]))"
        default:
            return "json: \(error)"
        }
    }

    /// The store write for `object`: its bytes with a resourceVersion hole, labels and selectable fields.
    /// Whether writing `object` ends its deletion: it is marked, no finalizer of any kind is left and no
    /// grace period runs (upstream's `ShouldDeleteDuringUpdate`).
    func completesDeletion(_ object: Strategy.Object) -> Bool {
        object.metadata.deletionTimestamp != nil && object.metadata.finalizers.isEmpty
            && (object.metadata.deletionGracePeriodSeconds ?? 0) == 0 && !strategy.holdsDeletion(object)
    }

    /// Replaces the object at `key` with `write` (of `object`) if it is still at `readVersion`, or deletes it
    /// with `write` as its final state when `completingDeletion`. Returns the stored bytes (`fallback` when the
    /// store kept none), or nil when the object changed meanwhile and the caller must re-read and try again.
    func commit(
        _ write: PreparedWrite, of object: Strategy.Object, key: ObjectKey, over readVersion: Int64,
        completingDeletion: Bool, fallback: Data
    ) async throws(APIError) -> Data? {
        do {
            let result = try await store.submit(key) { stored, next in
                guard let stored, stored.resourceVersion == readVersion else { throw LostRace() }
                if completingDeletion { return .deleteWithFinalData(write.encoded.data(resourceVersion: next)) }
                return write.put(next)
            }
            remember(object, committed: result)
            return result.object?.data ?? fallback
        } catch is LostRace {
            return nil
        } catch {
            throw APIError(storeError: error)
        }
    }

    /// Records the committed state of `object` in `recent`, at the resourceVersion the write got.
    func remember(_ object: Strategy.Object, committed result: WriteResult) {
        guard let recent, result.outcome != .unchanged, let stored = result.object else { return }
        var state = strategy.toStored(object)
        state.metadata.resourceVersion = String(stored.resourceVersion)
        assert(
            (try? Strategy.Stored.decode(json: stored.data)) == state,
            "the typed \(stored.key) differs from its stored JSON: a reader of recent writes would see another object")
        recent.record(state, resourceVersion: stored.resourceVersion)
    }

    /// Puts a namespaced kind's object in the request's `namespace` (400 when the body names another one);
    /// a cluster-scoped object has none.
    func assignNamespace(_ object: inout Strategy.Object, namespace: String) throws(APIError) {
        guard info.namespaced else {
            object.metadata.namespace = ""
            return
        }
        if object.metadata.namespace.isEmpty {
            object.metadata.namespace = namespace
        } else if object.metadata.namespace != namespace {
            throw APIError(
                .badRequest, "the namespace of the provided object does not match the namespace sent on the request")
        }
    }

    func prepared(_ object: Strategy.Object) -> PreparedWrite {
        PreparedWrite(
            uid: object.metadata.uid, encoded: EncodedObject(strategy.toStored(object)), labels: object.metadata.labels,
            fields: strategy.selectableFields(object))
    }

    /// 413 when `write` would store an object past `SizeLimits.objectBytes`, unless it replaces one at least as
    /// large (`replacing`: the stored size), so an object stored before the limit can still shrink.
    func checkSize(_ write: PreparedWrite, replacing: Int = 0) throws(APIError) {
        let size = write.encoded.byteCount
        guard size > SizeLimits.objectBytes, size > replacing else { return }
        throw SizeLimits.tooLarge(limit: SizeLimits.objectBytes)
    }

    /// The write of an object read at `version` and the bytes it has at that version, which the caller
    /// compares with the stored ones to skip a write that changes nothing: one encoding serves both.
    func prepared(_ object: Strategy.Object, at version: Int64) -> (write: PreparedWrite, data: Data) {
        let write = prepared(object)
        return (write, write.encoded.data(resourceVersion: version))
    }

    /// The time now, truncated to whole seconds as `metav1.Time` serialises it.
    func currentTime() -> Time {
        Time(Date(timeIntervalSince1970: now().timeIntervalSince1970.rounded(.down)))
    }

    /// 404 for `name`.
    func notFound(_ name: String) -> APIError {
        APIError.notFound(group: info.group, resource: info.resource, name: name)
    }

    /// 409 for a stale resourceVersion on `name`.
    func conflict(_ name: String) -> APIError {
        APIError.conflict(group: info.group, resource: info.resource, name: name)
    }
}

/// What a write stores: the encoded object and its index entries.
struct PreparedWrite: Sendable {
    var uid: String
    var encoded: EncodedObject
    var labels: [String: String]
    var fields: [String: String]

    /// The store decision for version `resourceVersion`.
    func put(_ resourceVersion: Int64) -> WriteDecision {
        .put(uid: uid, data: encoded.data(resourceVersion: resourceVersion), labels: labels, fields: fields)
    }
}

/// A mutation's signal that the object changed since it was read: the caller re-reads and tries again.
struct LostRace: Error {}

/// The result of a write the REST layer answers with.
public struct WriteOutcome: Sendable {
    /// The object's bytes as stored (or as it would be stored, on a dry run).
    public var data: Data
    /// Whether the write created the object (201 rather than 200).
    public var created: Bool
    /// `Warning` headers to send (unknown fields under `fieldValidation=Warn`).
    public var warnings: [String]
}

extension ResourceStorage: CustomStringConvertible {
    /// `ResourceStorage(daemonsets.apps)`: what logs of the services holding it print, instead of a reflection
    /// of the whole registry (a schema kind's strategy carries every OpenAPI definition).
    public var description: String { "ResourceStorage(\(info.qualifiedResource))" }
}
