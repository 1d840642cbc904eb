import Foundation
import HTTPTypes
import Hummingbird
import KubeModel
import KubeStore
import NIOCore
import NIOHTTP1
import ServiceLifecycle

/// Answers the HTTP requests of one resource: maps method and path onto `ResourceStorage`, and storage
/// results onto responses (objects, lists, watch streams, `Status`es, `Warning` headers).
public protocol ResourceRequestHandler: Sendable {
    /// The resource served.
    var info: ResourceInfo { get }
    /// Answers one request whose path has been split into `path`.
    func handle(_ request: Request, context: APIRequestContext, path: ResourcePath) async throws -> Response
}

/// A subresource answered by custom code (`pods/binding`, `pods/eviction`): it gets the request, its body and
/// the object's namespace and name.
public typealias SubresourceHandler =
    @Sendable (_ request: Request, _ body: [UInt8], _ namespace: String, _ name: String) async throws -> Response

/// The REST endpoint of one kind over its `ResourceStorage`.
public struct ResourceEndpoint<Strategy: ResourceStrategy>: ResourceRequestHandler {
    /// The registry behind the endpoint.
    public let storage: ResourceStorage<Strategy>
    /// Subresources with their own handlers, by name.
    public let customSubresources: [String: SubresourceHandler]
    /// An endpoint for `storage`.
    public init(storage: ResourceStorage<Strategy>, customSubresources: [String: SubresourceHandler] = [:]) {
        self.storage = storage
        self.customSubresources = customSubresources
    }

    public var info: ResourceInfo { storage.info }

    public func handle(_ request: Request, context: APIRequestContext, path: ResourcePath) async throws -> Response {
        let query = QueryParameters(request.uri.query)
        // Namespaced kinds are addressed with a namespace except for all-namespaces lists and watches;
        // cluster-scoped kinds never are.
        if info.namespaced != (path.namespace != nil) && !(info.namespaced && path.name == nil && request.method == .get) {
            throw APIError.pathNotFound
        }
        let namespace = path.namespace ?? ""
        guard let name = path.name else {
            return try await collection(request, context: context, namespace: path.namespace, query: query)
        }
        if let subresource = path.subresource {
            if let handler = customSubresources[subresource] {
                let body = try await readBody(request)
                return try await handler(request, body, namespace, name)
            }
            guard info.subresource(subresource) != nil else { throw APIError.pathNotFound }
            switch subresource {
            case "status":
                return try await object(request, context: context, namespace: namespace, name: name, target: .status, query: query)
            case "finalize" where request.method == .put:
                return try await object(request, context: context, namespace: namespace, name: name, target: .finalize, query: query)
            default:
                throw APIError.pathNotFound
            }
        }
        return try await object(request, context: context, namespace: namespace, name: name, target: .main, query: query)
    }

    // MARK: Collection

    private func collection(
        _ request: Request, context: APIRequestContext, namespace: String?, query: QueryParameters
    ) async throws -> Response {
        switch request.method {
        case .get:
            let format = try ResponseFormat.negotiate(accept: request.headers[.accept], endpoint: .resource)
            let options = try ListOptions(query, fieldLabels: storage.strategy.fieldLabels)
            let rendering = try TableRendering(format: format, query: query, resource: info)
            if options.watch {
                return try watch(
                    request, inProcess: context.isInProcess, namespace: namespace, options: options,
                    rendering: rendering)
            }
            let result = try storage.list(namespace: namespace, options: options)
            guard let rendering else {
                return .json(
                    listBytes(
                        result.items.map { storage.strategy.servedBytes($0.data) }, resourceVersion: result.resourceVersion,
                        continue: result.continueToken, remainingItemCount: result.remainingItemCount))
            }
            let table = try rendering.table(
                objects: result.items.map { storage.strategy.servedBytes($0.data) }, resourceVersion: result.resourceVersion,
                continue: result.continueToken, remainingItemCount: result.remainingItemCount, now: storage.now())
            return .negotiated(table, format: format)
        case .post:
            guard let namespace = namespace ?? (info.namespaced ? nil : "") else { throw APIError.pathNotFound }
            let options = try writeOptions(request, query)
            let body = try await readBody(request)
            let outcome = try await storage.create(
                namespace: namespace, body: body, contentType: request.headers[.contentType], options: options)
            return respond(outcome, status: .created)
        case .delete:
            guard namespace != nil || !info.namespaced else { throw APIError.pathNotFound }
            let options = try ListOptions(query, fieldLabels: storage.strategy.fieldLabels)
            let deleteRequest = try DeleteRequest(body: try await readBody(request), query: query)
            let outcomes = try await storage.deleteCollection(namespace: namespace, options: options, request: deleteRequest)
            return .json(
                listBytes(
                    outcomes.map { storage.strategy.servedBytes($0.data) }, resourceVersion: storage.store.resourceVersion,
                    continue: nil,
                    remainingItemCount: nil))
        default:
            throw APIError(.methodNotAllowed, "the server does not allow this method on the requested resource")
        }
    }

    // MARK: Object

    private func object(
        _ request: Request, context: APIRequestContext, namespace: String, name: String, target: UpdateTarget,
        query: QueryParameters
    ) async throws -> Response {
        switch request.method {
        case .get:
            let format = try ResponseFormat.negotiate(accept: request.headers[.accept], endpoint: .resource)
            let object = try storage.get(namespace: namespace, name: name)
            guard let rendering = try TableRendering(format: format, query: query, resource: info) else {
                return .json([UInt8](storage.strategy.servedBytes(object.data)))
            }
            let served = storage.strategy.servedBytes(object.data)
            return .negotiated(try rendering.table(object: served, includeColumns: true, now: storage.now()), format: format)
        case .put:
            let outcome = try await storage.update(
                namespace: namespace, name: name, body: try await readBody(request),
                contentType: request.headers[.contentType], target: target, options: try writeOptions(request, query))
            return respond(outcome, status: outcome.created ? .created : .ok)
        case .patch:
            let outcome = try await storage.patch(
                namespace: namespace, name: name, patch: try await readBody(request),
                contentType: request.headers[.contentType] ?? "", target: target, options: try writeOptions(request, query))
            return respond(outcome, status: outcome.created ? .created : .ok)
        case .delete where target == .main:
            let deleteRequest = try DeleteRequest(body: try await readBody(request), query: query)
            let outcome = try await storage.delete(namespace: namespace, name: name, request: deleteRequest)
            // Pods answer with the object (upstream's `ReturnDeletedObject`), as does a pending deletion.
            if !outcome.deleted || info.resource == "pods" && info.group.isEmpty {
                return .json([UInt8](storage.strategy.servedBytes(outcome.data)))
            }
            var status = Status()
            status.status = "Success"
            status.details = StatusDetails(name: name, group: info.group, kind: info.resource)
            status.details?.uid = outcome.uid
            return .json(status.jsonBytes())
        default:
            throw APIError(.methodNotAllowed, "the server does not allow this method on the requested resource")
        }
    }

    /// A write's options: its query, and the User-Agent that names its manager when the query does not.
    private func writeOptions(_ request: Request, _ query: QueryParameters) throws(APIError) -> WriteOptions {
        var options = try WriteOptions(query)
        options.userAgent = request.headers[.userAgent]
        return options
    }

    private func respond(_ outcome: WriteOutcome, status: HTTPResponse.Status) -> Response {
        var response = Response.json([UInt8](storage.strategy.servedBytes(outcome.data)), status: status)
        for warning in outcome.warnings {
            response.headers[values: .warning].append(WarningHeader.value(warning))
        }
        return response
    }

    /// `{"kind":"PodList","apiVersion":"v1","metadata":{...},"items":[...]}` from stored bytes, never decoding them.
    private func listBytes(
        _ items: [Data], resourceVersion: Int64, continue continueToken: String?, remainingItemCount: Int64?
    ) -> [UInt8] {
        var meta = ListMeta()
        meta.resourceVersion = String(resourceVersion)
        meta.continue = continueToken ?? ""
        meta.remainingItemCount = remainingItemCount
        var bytes: [UInt8] = []
        bytes.reserveCapacity(items.reduce(128) { $0 + $1.count + 1 })
        bytes += Array(#"{"kind":"\#(info.kind)List","apiVersion":"\#(info.groupVersion)","metadata":"#.utf8)
        bytes += meta.jsonBytes()
        bytes += Array(#","items":["#.utf8)
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += item
        }
        bytes += Array("]}".utf8)
        return bytes
    }

    /// The whole body, or 413 past upstream's limit (with its wording) and 400 for a malformed one (a bad
    /// chunk size is the client's error).
    private func readBody(_ request: Request) async throws -> [UInt8] {
        do {
            let buffer = try await request.body.collect(upTo: SizeLimits.requestBodyBytes)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw SizeLimits.tooLarge(limit: SizeLimits.requestBodyBytes)
        } catch let error as HTTPParserError {
            throw APIError(.badRequest, "malformed request body: \(error)")
        }
    }
}

/// `Warning` response headers as upstream writes them: `299 - "text"` with quotes and backslashes escaped
/// (kubectl drops a header whose text carries a bare quote).
enum WarningHeader {
    static func value(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "\"" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "299 - \"\(escaped)\""
    }
}

extension HTTPField.Name {
    /// `Warning`.
    static let warning = HTTPField.Name("Warning")!
}
