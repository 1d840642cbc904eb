import Hummingbird
import KubeModel

/// `GET /openapi/v3` (the index of group versions) and `GET /openapi/v3/<group version path>`, as
/// kubectl fetches them for `apply`/`create`/`replace` validation and `explain` (kubectl.md §2.9).
/// `GET /openapi/v2`: protobuf when asked for it (kubectl 1.27 and 1.28 ask for nothing else), else JSON.
/// Documents are encoded once per change of what is served.
public struct OpenAPIRoutes: APIRouteProvider {
    private let documents: @Sendable () -> OpenAPIDocuments

    /// The documents of a fixed set of `resources`, whose schemas are among `definitions`, reporting `version`'s
    /// gitVersion as `info.version`.
    public init(
        resources: [ResourceInfo] = ResourceCatalog.all, definitions: [String: JSONValue] = BuiltinKinds.definitions,
        version: ServerVersion = .current
    ) {
        let documents = OpenAPIDocuments(resources: resources, definitions: definitions, serverVersion: version.gitVersion)
        self.documents = { documents }
    }

    /// The documents of what `api` serves at the time of each request.
    public init(_ api: ServedAPI) {
        documents = { api.openAPI }
    }

    /// Adds `/openapi/v3`, its group versions and `/openapi/v2`.
    public func register(in routes: inout APIRoutes) {
        let documents = documents
        routes.get("/openapi/v3") { _, _ in .json(documents().index) }
        routes.get("/openapi/v2") { request, _ in
            let current = documents()
            guard request.headers[.accept]?.contains("protobuf") == true else { return .json(current.v2JSON) }
            return Response(
                status: .ok, headers: [.contentType: OpenAPIv2.protobufMediaType],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: current.v2Protobuf)))
        }
        routes.get("/openapi/v3/**") { request, _ in
            guard let bytes = documents().documents[request.uri.path] else { throw APIError.pathNotFound }
            return .json(bytes)
        }
    }
}
