import Foundation
import KubeModel
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// The typed operations. Namespaces: an operation on one object of a namespaced kind uses `namespace`,
/// else the object's own (create, update), else `config.namespace` (the context's, as kubectl); `list` and
/// `watch` with a nil namespace span all namespaces. Cluster-scoped kinds ignore namespaces.
///
/// Every operation throws `KubeClientError` (the server's `Status` when it refused) or `CancellationError`.
extension KubeClient {
    /// GETs one object.
    public func get<T: RESTResource>(_ type: T.Type, name: String, namespace: String? = nil) async throws -> T {
        let call = try objectCall(T.self, .GET, verb: "get", name: name, namespace: namespace)
        return try await decode(T.self, from: send(call), call: call)
    }

    /// Lists objects: one page when `options.limit` is set (continue with the returned
    /// `metadata.continue`), all otherwise. The list's `metadata.resourceVersion` is where a watch resumes.
    public func list<T: RESTResource>(
        _ type: T.Type, namespace: String? = nil, options: ListOptions = ListOptions()
    ) async throws -> KubeList<T> {
        var call = Call(method: .GET, path: T.collectionPath(namespace: namespace), verb: "list", resource: T.qualifiedResource)
        call.query = options.query(watch: false)
        return try await decode(KubeList<T>.self, from: send(call), call: call)
    }

    /// Starts a watch and returns its events once the server has accepted it (a refused watch, e.g. 410
    /// for a too-old `resourceVersion`, throws here). Iterate the stream in the task that owns the watch;
    /// cancelling that task closes the connection.
    public func watch<T: RESTResource>(
        _ type: T.Type, namespace: String? = nil, options: ListOptions = ListOptions()
    ) async throws -> WatchStream<T> {
        var call = Call(method: .GET, path: T.collectionPath(namespace: namespace), verb: "watch", resource: T.qualifiedResource)
        call.query = options.query(watch: true)
        let response = try await execute(call)
        return WatchStream(
            body: response.body, maximumEventBytes: configuration.maximumWatchEventBytes,
            recentObjects: configuration.recentObjects, request: call.describe(base: config.host))
    }

    /// POSTs a new object and returns it as stored (name generated, defaults applied, resourceVersion set).
    public func create<T: RESTResource>(_ object: T, options: WriteOptions = WriteOptions()) async throws -> T {
        let call = createCall(object, options: options)
        return try await decode(T.self, from: send(call), call: call)
    }

    /// `create` for a writer that needs only the name the server gave the object (from `generateName`), as
    /// a controller creating pods for its event: the rest of the response is not decoded.
    public func createReturningName<T: RESTResource>(_ object: T, options: WriteOptions = WriteOptions()) async throws -> String {
        let call = createCall(object, options: options)
        let body = try await send(call)
        do {
            return try JSONDecoder().decode(NamedObject.self, from: Data(buffer: body)).metadata.name
        } catch {
            throw KubeClientError(
                .decoding, "\(call.describe(base: config.host)): unable to read the created object's name: \(error)")
        }
    }

    /// PUTs the object: a `Conflict` error when its `metadata.resourceVersion` is stale.
    public func update<T: RESTResource>(_ object: T, options: WriteOptions = WriteOptions()) async throws -> T {
        let call = try putCall(object, subresource: nil, verb: "update", options: options)
        return try await decode(T.self, from: send(call), call: call)
    }

    /// PUTs the object's status (the `status` subresource): the rest of the object is ignored by the server.
    public func updateStatus<T: RESTResource>(_ object: T, options: WriteOptions = WriteOptions()) async throws -> T {
        let call = try putCall(object, subresource: "status", verb: "update", options: options)
        return try await decode(T.self, from: send(call), call: call)
    }

    /// `updateStatus` for a writer that does not read the answer (a kubelet reporting its pods acts on its
    /// informer's view): the response is not decoded, which costs the client as much as the server's
    /// decode of the request.
    public func updateStatusDiscardingResponse<T: RESTResource>(
        _ object: T, options: WriteOptions = WriteOptions()
    ) async throws {
        _ = try await send(putCall(object, subresource: "status", verb: "update", options: options))
    }

    /// PATCHes an object (or its `subresource`, e.g. `status`) and returns the result. Apply patches need
    /// `options.fieldManager`.
    public func patch<T: RESTResource>(
        _ type: T.Type, name: String, namespace: String? = nil, patch: Patch, options: WriteOptions = WriteOptions(),
        subresource: String? = nil
    ) async throws -> T {
        let call = try patchCall(T.self, name: name, namespace: namespace, patch: patch, options: options, subresource: subresource)
        return try await decode(T.self, from: send(call), call: call)
    }

    /// `patch` for a writer that does not read the answer (a kubelet renewing its Lease): the response is
    /// not decoded.
    public func patchDiscardingResponse<T: RESTResource>(
        _ type: T.Type, name: String, namespace: String? = nil, patch: Patch, options: WriteOptions = WriteOptions(),
        subresource: String? = nil
    ) async throws {
        _ = try await send(
            patchCall(T.self, name: name, namespace: namespace, patch: patch, options: options, subresource: subresource))
    }

    /// DELETEs an object with `options` (preconditions, propagation policy, grace period) in the body.
    /// Returns the object when the server kept it for now (finalizers, graceful deletion: it carries a
    /// `deletionTimestamp`), nil when it is gone (the server answered with a success `Status`).
    @discardableResult
    public func delete<T: RESTResource>(
        _ type: T.Type, name: String, namespace: String? = nil, options: DeleteOptions = DeleteOptions()
    ) async throws -> T? {
        let call = try deleteCall(T.self, name: name, namespace: namespace, options: options)
        let bytes = try await send(call)
        if KubeClientError.decodeStatus(Array(buffer: bytes)) != nil { return nil }
        return try decode(T.self, from: bytes, call: call)
    }

    /// `delete` for a caller that does not read the answer (a controller deleting pods it will see go through
    /// its informer): the object kept for graceful deletion is not decoded.
    public func deleteDiscardingResponse<T: RESTResource>(
        _ type: T.Type, name: String, namespace: String? = nil, options: DeleteOptions = DeleteOptions()
    ) async throws {
        _ = try await send(deleteCall(T.self, name: name, namespace: namespace, options: options))
    }

    private func deleteCall<T: RESTResource>(
        _ type: T.Type, name: String, namespace: String?, options: DeleteOptions
    ) throws -> Call {
        var call = try objectCall(T.self, .DELETE, verb: "delete", name: name, namespace: namespace)
        var body = options
        if body.kind.isEmpty {
            body.kind = DeleteOptions.kind
            body.apiVersion = DeleteOptions.apiVersion
        }
        call.body = body.jsonBytes()
        return call
    }

    /// POSTs `body` to a subresource of an object that takes another kind, such as `pods/binding` (a
    /// `Binding`) or `pods/eviction` (an `Eviction`), and returns the response body.
    public func create<T: RESTResource>(
        _ type: T.Type, name: String, namespace: String? = nil, subresource: String, body: [UInt8]
    ) async throws -> [UInt8] {
        var call = try objectCall(
            T.self, .POST, verb: "create", name: name, namespace: namespace, subresource: subresource)
        call.body = body
        return Array(buffer: try await send(call))
    }

    /// Sends any request to the server (with the client's credentials, rate limit, retries and metrics)
    /// and returns the body of a successful response; a failure response throws its `KubeClientError`.
    public func request(
        method: HTTPMethod, path: String, query: [(name: String, value: String)] = [], body: [UInt8]? = nil,
        contentType: String = "application/json"
    ) async throws -> [UInt8] {
        var call = Call(method: method, path: path.hasPrefix("/") ? path : "/" + path, verb: method.rawValue.lowercased(), resource: "")
        for (name, value) in query { call.query.add(name, value) }
        call.body = body
        call.contentType = contentType
        return Array(buffer: try await send(call))
    }

    // MARK: Helpers

    private func createCall<T: RESTResource>(_ object: T, options: WriteOptions) -> Call {
        let namespace = resolvedNamespace(T.self, object.metadata.namespace)
        var call = Call(method: .POST, path: T.collectionPath(namespace: namespace), verb: "create", resource: T.qualifiedResource)
        call.query = options.query
        call.setBody(object, handingOver: transport.handsOverRequestObjects)
        call.name = object.metadata.name
        return call
    }

    private func putCall<T: RESTResource>(
        _ object: T, subresource: String?, verb: String, options: WriteOptions
    ) throws(KubeClientError) -> Call {
        var call = try objectCall(
            T.self, .PUT, verb: verb, name: object.metadata.name, namespace: object.metadata.namespace,
            subresource: subresource)
        call.query = options.query
        call.setBody(object, handingOver: transport.handsOverRequestObjects)
        return call
    }

    private func patchCall<T: RESTResource>(
        _ type: T.Type, name: String, namespace: String?, patch: Patch, options: WriteOptions, subresource: String?
    ) throws(KubeClientError) -> Call {
        var call = try objectCall(
            T.self, .PATCH, verb: "patch", name: name, namespace: namespace, subresource: subresource)
        call.query = options.query
        if let force = patch.force { call.query.add("force", String(force)) }
        call.body = patch.body
        call.contentType = patch.type.rawValue
        return call
    }

    /// A call on one object; an empty name is refused before anything is sent, as client-go does.
    private func objectCall<T: RESTResource>(
        _ type: T.Type, _ method: HTTPMethod, verb: String, name: String, namespace: String?,
        subresource: String? = nil
    ) throws(KubeClientError) -> Call {
        guard !name.isEmpty else { throw KubeClientError(.badRequest, "resource name may not be empty") }
        let path = T.objectPath(name: name, namespace: resolvedNamespace(T.self, namespace), subresource: subresource)
        let resource = subresource.map { T.qualifiedResource + "/" + $0 } ?? T.qualifiedResource
        return Call(method: method, path: path, verb: verb, resource: resource, name: name)
    }

    /// The namespace an object operation uses: the given one, else the configuration's; nil when
    /// cluster-scoped.
    private func resolvedNamespace<T: RESTResource>(_ type: T.Type, _ namespace: String?) -> String? {
        guard T.isNamespaced else { return nil }
        if let namespace, !namespace.isEmpty { return namespace }
        return config.namespace
    }

    /// The response's object, taken from the recent writes of a server in this process when it is there.
    private func decode<Model: APIModel>(_ type: Model.Type, from body: ByteBuffer, call: Call) throws -> Model {
        // An object's resourceVersion follows only kind, apiVersion and bounded metadata members (name,
        // generateName, namespace, selfLink, uid): the body's first 2 KiB hold it, and a list (never among the
        // recent objects) is not copied whole to find that out.
        if let recentObjects = configuration.recentObjects,
            let version = ObjectScan.resourceVersion(of: Array(body.readableBytesView.prefix(2_048))[...]),
            let object = recentObjects.object(Model.self, resourceVersion: version)
        {
            assert(
                (try? Model.decode(json: Data(buffer: body))) == object,
                "the recent object at resourceVersion \(version) differs from the response's")
            return object
        }
        do {
            return try Model.decode(json: Data(buffer: body))
        } catch {
            throw KubeClientError(
                .decoding, "\(call.describe(base: config.host)): unable to decode the response as \(Model.self): \(error)")
        }
    }
}

/// Only an object's name: what `createReturningName` reads of the response.
private struct NamedObject: Decodable {
    struct Metadata: Decodable {
        var name: String
    }

    var metadata: Metadata
}
