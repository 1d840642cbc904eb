import Hummingbird

/// A handler of the API server: it reads the request and the context (path parameters, the
/// authenticated user) and returns a response, or throws an `APIError` that the server turns into
/// a Kubernetes `Status` (any other error becomes a 500 `InternalError`).
public typealias APIHandler = @Sendable (Request, APIRequestContext) async throws -> Response

/// Something that adds routes to the API server: a resource (pods, daemonsets), discovery, OpenAPI.
///
/// This is the seam for extending the server. A new resource is a type conforming to this protocol,
/// passed to `APIServer(configuration:routes:...)`:
/// ```swift
/// struct PodRoutes: APIRouteProvider {
///     let store: Store
///     func register(in routes: inout APIRoutes) {
///         routes.get("/api/v1/namespaces/:namespace/pods/:name") { request, context in
///             let name = try context.parameters.require("name")
///             guard let bytes = try await store.get(...) else {
///                 throw APIError.notFound(group: "", resource: "pods", name: name)
///             }
///             return .json(bytes)
///         }
///     }
/// }
/// ```
public protocol APIRouteProvider: Sendable {
    /// Adds this provider's routes.
    func register(in routes: inout APIRoutes)
}

/// The table of the API server's endpoints: method, path pattern, who may call it, and the handler.
///
/// Path patterns use Hummingbird's syntax: literal segments, `:name` for one segment (read with
/// `context.parameters.get("name")`), `*` for any one segment and `**` for the rest of the path.
/// Query strings are not part of the pattern (handlers read `request.uri.queryParameters`), so unknown
/// query parameters such as kubectl's `timeout=32s` are ignored, as upstream ignores them.
///
/// Every route requires an authenticated user unless registered with `.anonymous` access, which is
/// meant for upstream's `system:public-info-viewer` paths (`/healthz`, `/livez`, `/readyz`,
/// `/version`) and must be a literal path.
public struct APIRoutes: Sendable {
    /// Who may call a route.
    public enum Access: Sendable, Hashable {
        /// Only authenticated users (a valid client certificate or bearer token).
        case authenticated
        /// Also clients without credentials; literal paths only.
        case anonymous
    }

    /// One registered endpoint.
    public struct Route: Sendable {
        /// The HTTP method it answers.
        public var method: HTTPRequest.Method
        /// The path pattern.
        public var path: String
        /// Who may call it.
        public var access: Access
        /// What answers it.
        public var handler: APIHandler
    }

    /// The routes in registration order.
    public private(set) var routes: [Route] = []

    /// An empty table.
    public init() {}

    /// A table holding the routes of `providers`, in order.
    public init(_ providers: [any APIRouteProvider]) {
        for provider in providers { provider.register(in: &self) }
    }

    /// Adds a route. An anonymous route must be a literal path: a pattern there is a programmer error.
    public mutating func add(
        _ method: HTTPRequest.Method, _ path: String, access: Access = .authenticated, handler: @escaping APIHandler
    ) {
        precondition(
            access == .authenticated || !path.contains(where: { ":*{".contains($0) }),
            "anonymous routes must be literal paths: \(path)")
        routes.append(Route(method: method, path: path, access: access, handler: handler))
    }

    /// Adds a GET route.
    public mutating func get(_ path: String, access: Access = .authenticated, handler: @escaping APIHandler) {
        add(.get, path, access: access, handler: handler)
    }

    /// Adds the routes of another provider.
    public mutating func add(_ provider: some APIRouteProvider) {
        provider.register(in: &self)
    }

    /// The literal paths that anonymous clients may call, whatever the method.
    public var anonymousPaths: Set<String> {
        Set(routes.filter { $0.access == .anonymous }.map(\.path))
    }
}
