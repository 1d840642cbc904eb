import Hummingbird
import KubeModel

/// The discovery endpoints kubectl starts every command with (kubectl.md §2.1): `/api` and `/apis`
/// answer aggregated discovery (v2 or v2beta1) when the Accept header asks for it and the legacy
/// `APIVersions` / `APIGroupList` otherwise; `/api/v1`, `/apis/<group>` and `/apis/<group>/<version>`
/// are always served (`kubectl drain` reads `/api/v1` for `pods/eviction`). Documents are encoded once per
/// change of what is served.
public struct DiscoveryRoutes: APIRouteProvider {
    private let documents: @Sendable () -> DiscoveryDocuments

    /// Discovery of a fixed set of `resources`; `/api` tells clients to reach the server at `serverAddress`
    /// ("host:port", upstream's external address; kubectl does not read it).
    public init(resources: [ResourceInfo] = ResourceCatalog.all, serverAddress: String = "") {
        let documents = DiscoveryDocuments(resources: resources, serverAddress: serverAddress)
        self.documents = { documents }
    }

    /// Discovery of what `api` serves at the time of each request.
    public init(_ api: ServedAPI) {
        documents = { api.discovery }
    }

    /// Adds `/api`, `/apis` and every group and group-version path.
    public func register(in routes: inout APIRoutes) {
        let documents = documents
        routes.get("/api") { request, _ in
            let current = documents()
            return try Self.answer(request, legacy: current.coreVersions, aggregated: current.aggregatedCore)
        }
        routes.get("/apis") { request, _ in
            let current = documents()
            return try Self.answer(request, legacy: current.groupList, aggregated: current.aggregatedGroups)
        }
        // `/api/v1` spelled out: a parameter there would lose to the resource router's `/api/v1/**`.
        for path in ["/api/v1", "/apis/:group", "/apis/:group/:version"] {
            routes.get(path) { request, _ in
                let current = documents()
                let path = request.uri.path
                guard let bytes = current.groups[path] ?? current.resourceLists[path] else {
                    throw APIError.pathNotFound
                }
                let format = try ResponseFormat.negotiate(accept: request.headers[.accept], endpoint: .plain)
                return .negotiated(bytes, format: format)
            }
        }
    }

    private static func answer(
        _ request: Request, legacy: [UInt8], aggregated: [String: [UInt8]]
    ) throws(APIError) -> Response {
        let format = try ResponseFormat.negotiate(accept: request.headers[.accept], endpoint: .discovery)
        if case .aggregatedDiscovery(let version) = format, let bytes = aggregated[version] {
            return .negotiated(bytes, format: format)
        }
        return .negotiated(legacy, format: .json)
    }
}
