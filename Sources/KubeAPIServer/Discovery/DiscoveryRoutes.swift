import Hummingbird
import KubeModel

/// The discovery endpoints kubectl starts every command with (kubectl.md §2.1): `/api` and `/apis`
/// answer aggregated discovery (v2 or v2beta1) when the Accept header asks for it and the legacy
/// `APIVersions` / `APIGroupList` otherwise; `/api/v1`, `/apis/<group>` and `/apis/<group>/<version>`
/// are always served (`kubectl drain` reads `/api/v1` for `pods/eviction`). Documents are encoded once.
public struct DiscoveryRoutes: APIRouteProvider {
    private let documents: DiscoveryDocuments

    /// Discovery of `resources`; `/api` tells clients to reach the server at `serverAddress` ("host:port",
    /// upstream's external address; kubectl does not read it).
    public init(resources: [ResourceInfo] = ResourceCatalog.all, serverAddress: String = "") {
        documents = DiscoveryDocuments(resources: resources, serverAddress: serverAddress)
    }

    /// Adds `/api`, `/apis` and every group and group-version path.
    public func register(in routes: inout APIRoutes) {
        let documents = documents
        routes.get("/api") { request, _ in
            try Self.answer(request, legacy: documents.coreVersions, aggregated: documents.aggregatedCore)
        }
        routes.get("/apis") { request, _ in
            try Self.answer(request, legacy: documents.groupList, aggregated: documents.aggregatedGroups)
        }
        for (path, bytes) in Array(documents.groups) + Array(documents.resourceLists) {
            routes.get(path) { request, _ in
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
