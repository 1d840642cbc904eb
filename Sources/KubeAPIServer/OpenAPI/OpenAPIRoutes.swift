import Hummingbird
import KubeModel

/// `GET /openapi/v3` (the index of group versions) and `GET /openapi/v3/<group version path>`, as
/// kubectl fetches them for `apply`/`create`/`replace` validation and `explain` (kubectl.md §2.9).
/// `GET /openapi/v2`: protobuf when asked for it (kubectl 1.27 and 1.28 ask for nothing else), else JSON.
/// Documents are encoded once.
public struct OpenAPIRoutes: APIRouteProvider {
    private let documents: OpenAPIDocuments

    /// The documents of `resources`, whose schemas are among `definitions`, reporting `version`'s gitVersion as
    /// `info.version`.
    public init(
        resources: [ResourceInfo] = ResourceCatalog.all, definitions: [String: JSONValue] = BuiltinKinds.definitions,
        version: ServerVersion = .current
    ) {
        documents = OpenAPIDocuments(resources: resources, definitions: definitions, serverVersion: version.gitVersion)
    }

    /// Adds `/openapi/v3` and one path per group version.
    public func register(in routes: inout APIRoutes) {
        let index = documents.index
        routes.get("/openapi/v3") { _, _ in .json(index) }
        let (v2JSON, v2Protobuf) = (documents.v2JSON, documents.v2Protobuf)
        routes.get("/openapi/v2") { request, _ in
            guard request.headers[.accept]?.contains("protobuf") == true else { return .json(v2JSON) }
            return Response(
                status: .ok, headers: [.contentType: OpenAPIv2.protobufMediaType],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: v2Protobuf)))
        }
        for (path, bytes) in documents.documents {
            routes.get(path) { _, _ in .json(bytes) }
        }
    }
}
