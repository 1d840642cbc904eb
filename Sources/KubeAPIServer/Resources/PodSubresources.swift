import Foundation
import Hummingbird
import KubeModel
import KubeStore
import ServiceLifecycle

/// `pods/binding` and `pods/eviction`, upstream's `BindingREST` and `EvictionREST`.
public struct PodSubresources: Sendable {
    /// The pod registry they write through.
    public let pods: ResourceStorage<PodResource>

    /// Subresources over `pods`.
    public init(pods: ResourceStorage<PodResource>) {
        self.pods = pods
    }

    /// The handlers, by subresource name.
    public var handlers: [String: SubresourceHandler] {
        let binding: SubresourceHandler = { request, body, namespace, name in
            try await bind(request, body, namespace, name)
        }
        let eviction: SubresourceHandler = { request, body, namespace, name in
            try await evict(request, body, namespace, name)
        }
        let log: SubresourceHandler = { request, _, namespace, name in
            try await self.log(request, namespace, name)
        }
        return ["binding": binding, "eviction": eviction, "log": log]
    }

    /// GET `pods/NAME/log`: a container instance's lines (`PodLog`); with `follow`, streamed as the pod changes
    /// until the instance exits, the pod is gone or the client leaves.
    func log(_ request: Request, _ namespace: String, _ name: String) async throws -> Response {
        guard request.method == .get else { throw methodNotAllowed }
        let query = QueryParameters(request.uri.query)
        let stored = try pods.get(namespace: namespace, name: name)
        let pod = try pods.decodeStored(stored)
        let log = PodLog(previous: try query.bool("previous"), container: try PodLog.container(query["container"], in: pod))
        var options = PodLog.Options()
        options.timestamps = try query.bool("timestamps")
        options.tailLines = try query.int("tailLines").map { Int(clamping: $0) }
        options.limitBytes = try query.int("limitBytes").map { Int(clamping: $0) }
        if let seconds = try query.int("sinceSeconds") {
            options.since = pods.now().addingTimeInterval(-TimeInterval(seconds))
        } else if let sinceTime = query["sinceTime"] {
            guard let time = Time(rfc3339: sinceTime) else {
                throw APIError(.badRequest, "sinceTime: parsing time \(GoText.quote(sinceTime)) as RFC 3339 failed")
            }
            options.since = time.date
        }
        let (lines, finished) = try log.lines(of: pod)
        let headers: HTTPFields = [.contentType: "text/plain"]
        let text = options.render(lines)
        guard try query.bool("follow"), !finished else {
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
        let stream: WatchStream
        do {
            stream = try pods.store.watch(
                resource: pods.info.qualifiedResource, namespace: namespace, fromResourceVersion: stored.resourceVersion)
        } catch {
            throw APIError(storeError: error)
        }
        let following = PodLog.Options(timestamps: options.timestamps)
        let body = ResponseBody { (writer: inout any ResponseBodyWriter) async throws -> Void in
            try await writer.write(ByteBuffer(string: text))
            let output = WatchOutput(writer)
            // Ends when the instance exits, the pod goes, the client leaves or the server shuts down.
            let operation: @Sendable () async throws -> Void = {
                try await Self.follow(log, started: lines.first?.time, sent: lines.count, name: name, stream: stream, options: following, output: output)
            }
            _ = try? await request.body.consumeWithCancellationOnInboundClose { (_: RequestBody) async throws -> Void in
                let _: Void = try await cancelWhenGracefulShutdown(operation)
            }
            try? await output.writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// POST `pods/NAME/binding`: sets `spec.nodeName` once, merges the binding's annotations, and marks the pod
    /// `PodScheduled=True`. A pod already bound or being deleted is a 409, worded as upstream.
    func bind(_ request: Request, _ body: [UInt8], _ namespace: String, _ name: String) async throws -> Response {
        guard request.method == .post else { throw methodNotAllowed }
        let binding = try Self.parse(body, request: request, kind: "Binding")
        let metadata = binding["metadata"]?.objectValue ?? [:]
        if let bindingName = metadata["name"]?.stringValue, !bindingName.isEmpty, bindingName != name {
            throw APIError(.badRequest, "name in URL does not match name in Binding object")
        }
        let target = binding["target"]?.objectValue ?? [:]
        let nodeName = target["name"]?.stringValue ?? ""
        let kind = target["kind"]?.stringValue ?? ""
        guard !nodeName.isEmpty, kind.isEmpty || kind == "Node" else {
            throw APIError.invalid(
                kind: "Binding", group: "", name: name,
                causes: [
                    nodeName.isEmpty
                        ? .required(FieldPath("target").child("name"))
                        : .notSupported(FieldPath("target").child("kind"), .string(kind), ["Node"])
                ])
        }
        var annotations: [String: String] = [:]
        for (key, value) in metadata["annotations"]?.objectValue ?? [:] {
            if let text = value.stringValue { annotations[key] = text }
        }
        let now = pods.currentTime()
        _ = try await pods.modify(namespace: namespace, name: name) { (pod: inout Pod) in
            if pod.metadata.deletionTimestamp != nil {
                throw Self.bindingConflict(name, "pod \(name) is being deleted, cannot be assigned to a host")
            }
            if !pod.spec.nodeName.isEmpty {
                throw Self.bindingConflict(name, "pod \(name) is already assigned to node \(GoText.quote(pod.spec.nodeName))")
            }
            pod.spec.nodeName = nodeName
            pod.metadata.annotations.merge(annotations) { _, new in new }
            var condition = PodCondition()
            condition.type = "PodScheduled"
            condition.status = "True"
            condition.lastTransitionTime = now
            if let index = pod.status.conditions.firstIndex(where: { $0.type == "PodScheduled" }) {
                if pod.status.conditions[index].status != "True" { pod.status.conditions[index] = condition }
            } else {
                pod.status.conditions.append(condition)
            }
        }
        return Self.success
    }

    /// POST `pods/NAME/eviction`: deletes the pod with the eviction's `deleteOptions` (there are no disruption
    /// budgets here, so every eviction is allowed).
    func evict(_ request: Request, _ body: [UInt8], _ namespace: String, _ name: String) async throws -> Response {
        guard request.method == .post else { throw methodNotAllowed }
        let eviction = try Self.parse(body, request: request, kind: "Eviction")
        if let evictionName = eviction["metadata"]?.objectValue?["name"]?.stringValue, !evictionName.isEmpty,
            evictionName != name
        {
            throw APIError(.badRequest, "name in URL does not match name in Eviction object")
        }
        var deleteRequest = DeleteRequest()
        if let options = eviction["deleteOptions"], options != .null {
            deleteRequest = try DeleteRequest(body: options.canonicalBytes, query: QueryParameters(nil))
        }
        _ = try await pods.delete(namespace: namespace, name: name, request: deleteRequest)
        return Self.success
    }

    /// Writes the followed instance's new lines as the pod changes.
    private static func follow(
        _ log: PodLog, started: Date?, sent: Int, name: String, stream: WatchStream, options: PodLog.Options,
        output: WatchOutput
    ) async throws {
        var sent = sent
        for try await event in stream {
            switch event {
            case .modified(let object) where object.key.name == name:
                guard let pod = try? Pod.decode(json: object.data) else { continue }
                // The followed instance: still current, or the one that exited just before a restart.
                let instances = [log, PodLog(previous: true, container: log.container)].compactMap { try? $0.lines(of: pod) }
                guard let (now, done) = instances.first(where: { $0.0.first?.time == started }) else { return }
                if now.count > sent {
                    try await output.writer.write(ByteBuffer(string: options.render(Array(now[sent...]))))
                    sent = now.count
                }
                if done { return }
            case .deleted(let object) where object.key.name == name:
                return
            default:
                continue
            }
        }
    }

    /// 409 for a binding that cannot be made, worded as upstream.
    private static func bindingConflict(_ name: String, _ detail: String) -> APIError {
        APIError(
            .conflict, "Operation cannot be fulfilled on pods/binding \"\(name)\": \(detail)",
            details: StatusDetails(name: name, group: "", kind: "pods/binding"))
    }

    /// The body as a JSON object; kubectl drain's typed client sends its Eviction as protobuf.
    private static func parse(_ body: [UInt8], request: Request, kind: String) throws(APIError) -> JSONObject {
        var body = body
        if MediaRange.essence(request.headers[.contentType]) == ProtobufBody.mediaType {
            body = [UInt8](try ProtobufBody.json(body, kind: kind))
        }
        do {
            guard case .object(let members) = try GoJSONDecoder.parse(body) else {
                throw APIError(.badRequest, "the request body must be a JSON object")
            }
            return members
        } catch let error as GoJSONDecoder.SyntaxError {
            throw APIError(.badRequest, error.message)
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError(.badRequest, "\(error)")
        }
    }

    private var methodNotAllowed: APIError {
        APIError(.methodNotAllowed, "the server does not allow this method on the requested resource")
    }

    /// `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","code":201}`, as upstream answers both.
    private static var success: Response {
        var status = Status()
        status.status = "Success"
        status.code = 201
        return .json(status.jsonBytes(), status: .created)
    }
}
