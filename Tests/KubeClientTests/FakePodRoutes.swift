import Foundation
import Hummingbird
import KubeAPIServer
import KubeModel

/// What the fake routes saw, for the tests to check.
final class RouteLog: Sendable {
    struct State {
        /// `METHOD PATH?QUERY [content-type]` of every request, in order.
        var requests: [String] = []
        /// The bodies of DELETE requests.
        var deleteBodies: [DeleteOptions] = []
        /// How many times `throttled` was asked for.
        var throttledCalls = 0
        /// Whether a watch saw its client go away.
        var watchClosed = false
    }

    let state = Locked(State())

    func record(_ request: Request) {
        let line = "\(request.method) \(request.uri)" + (request.headers[.contentType].map { " [\($0)]" } ?? "")
        state.mutate { $0.requests.append(line) }
    }
}

/// A test-only stand-in for the pod routes the real server will have: canned answers on
/// `/api/v1/namespaces/:namespace/pods[/:name[/status]]` exercising every client operation, `Status`
/// failures, a 429 with `Retry-After`, and a chunked watch stream that notices when its client leaves.
struct FakePodRoutes: APIRouteProvider {
    let log: RouteLog

    static let collection = "/api/v1/namespaces/:namespace/pods"
    static let object = collection + "/:name"

    /// A pod named `name` in `namespace`, annotated with who asked.
    static func pod(_ name: String, namespace: String, resourceVersion: String, user: String?) -> Pod {
        var pod = Pod()
        pod.metadata.name = name
        pod.metadata.namespace = namespace
        pod.metadata.resourceVersion = resourceVersion
        pod.metadata.annotations["test/user"] = user ?? "<anonymous>"
        return pod
    }

    static func body(_ request: Request, _ context: APIRequestContext) async throws -> Data {
        Data(try await request.body.collect(upTo: context.maxUploadSize).readableBytesView)
    }

    func register(in routes: inout APIRoutes) {
        let log = self.log
        routes.get(Self.object) { request, context in
            log.record(request)
            let namespace = try context.parameters.require("namespace")
            let name = try context.parameters.require("name")
            switch name {
            case "missing":
                throw APIError.notFound(group: "", resource: "pods", name: name)
            case "throttled":
                log.state.mutate { $0.throttledCalls += 1 }
                if log.state.value.throttledCalls == 1 {
                    let status = Status(code: 429, reason: "TooManyRequests", message: "slow down")
                    return Response(
                        status: .tooManyRequests,
                        headers: [.contentType: "application/json", .retryAfter: "0"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: status.jsonBytes())))
                }
            case "plain-500":
                return .text("database on fire", status: .internalServerError)
            default:
                break
            }
            return .json(Self.pod(name, namespace: namespace, resourceVersion: "7", user: context.user?.name).jsonBytes())
        }

        routes.get(Self.collection) { request, context in
            log.record(request)
            let namespace = try context.parameters.require("namespace")
            if request.uri.queryParameters.get("watch") == "true" {
                return watch(request, namespace: namespace)
            }
            var list = KubeList<Pod>(
                items: ["a", "b"].map { Self.pod($0, namespace: namespace, resourceVersion: "3", user: nil) },
                resourceVersion: "10")
            if request.uri.queryParameters.get("limit") != nil { list.metadata.continue = "page-2" }
            return .json(list.jsonBytes())
        }

        routes.add(.post, Self.collection) { request, context in
            log.record(request)
            var pod = try Pod.decode(json: try await Self.body(request, context))
            if pod.metadata.name == "taken" {
                throw APIError.alreadyExists(group: "", resource: "pods", name: pod.metadata.name)
            }
            pod.metadata.namespace = try context.parameters.require("namespace")
            pod.metadata.uid = "uid-1"
            pod.metadata.resourceVersion = "1"
            return .json(pod.jsonBytes(), status: .created)
        }

        for suffix in ["", "/status"] {
            routes.add(.put, Self.object + suffix) { request, context in
                log.record(request)
                var pod = try Pod.decode(json: try await Self.body(request, context))
                if pod.metadata.resourceVersion == "stale" {
                    throw APIError.conflict(group: "", resource: "pods", name: pod.metadata.name)
                }
                pod.metadata.resourceVersion = "8"
                pod.metadata.annotations["test/put"] = suffix.isEmpty ? "object" : "status"
                return .json(pod.jsonBytes())
            }
        }

        routes.add(.patch, Self.object) { request, context in
            log.record(request)
            let patch = try await Self.body(request, context)
            var pod = Self.pod(
                try context.parameters.require("name"), namespace: try context.parameters.require("namespace"),
                resourceVersion: "9", user: context.user?.name)
            pod.metadata.annotations["test/patch"] = String(decoding: patch, as: UTF8.self)
            return .json(pod.jsonBytes())
        }

        routes.add(.delete, Self.object) { request, context in
            log.record(request)
            let options = try DeleteOptions.decode(json: try await Self.body(request, context))
            log.state.mutate { $0.deleteBodies.append(options) }
            let name = try context.parameters.require("name")
            if name == "finalized" {
                var pod = Self.pod(name, namespace: try context.parameters.require("namespace"), resourceVersion: "11", user: nil)
                pod.metadata.finalizers = ["test/hold"]
                return .json(pod.jsonBytes())
            }
            var status = Status()
            status.status = "Success"
            status.details = StatusDetails(name: name, kind: "pods")
            return .json(status.jsonBytes())
        }
    }

    /// A watch: `resourceVersion=expired` gets an ERROR event and the end of the stream; otherwise three
    /// events, each its own chunk, then the stream stays open until the client leaves.
    private func watch(_ request: Request, namespace: String) -> Response {
        let log = self.log
        let expired = request.uri.queryParameters.get("resourceVersion") == "expired"
        return Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: ResponseBody { writer in
                if expired {
                    let status = Status(code: 410, reason: "Expired", message: "too old resource version: 1 (10)")
                    try await writer.write(ByteBuffer(bytes: WatchEvent(type: "ERROR", object: status).jsonBytes() + [10]))
                    try await writer.finish(nil)
                    return
                }
                var bookmark = Pod()
                bookmark.metadata.resourceVersion = "12"
                let events = [
                    WatchEvent(type: "ADDED", object: Self.pod("a", namespace: namespace, resourceVersion: "10", user: nil)),
                    WatchEvent(type: "MODIFIED", object: Self.pod("a", namespace: namespace, resourceVersion: "11", user: nil)),
                    WatchEvent(type: "BOOKMARK", object: bookmark),
                ]
                do {
                    try await request.body.consumeWithCancellationOnInboundClose { _ in
                        for event in events {
                            try await writer.write(ByteBuffer(bytes: event.jsonBytes() + [10]))
                        }
                        try await Task.sleep(for: .seconds(30))
                    }
                } catch is CancellationError {
                    log.state.mutate { $0.watchClosed = true }
                    return
                }
                try await writer.finish(nil)
            })
    }
}
