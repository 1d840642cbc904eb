import Hummingbird
import KubeModel

/// `GET /openapi/v3` (the index of group versions) and `GET /openapi/v3/<group version path>`, as
/// kubectl fetches them for `apply`/`create`/`replace` validation and `explain` (kubectl.md §2.9).
/// `/openapi/v2` is not served: kubectl tolerates its 404. Documents are encoded once.
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
        for (path, bytes) in documents.documents {
            routes.get(path) { _, _ in .json(bytes) }
        }
    }
}
