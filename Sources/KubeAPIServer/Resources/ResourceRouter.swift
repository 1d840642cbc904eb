import Hummingbird
import KubeModel

/// Routes every resource request (`/api/v1/...`, `/apis/GROUP/VERSION/...`) to the handler of its resource.
///
/// One catch-all route per prefix and method, with the path split by `ResourcePath`, rather than a route per
/// resource: `namespaces/NAME/status` and `namespaces/NS/pods` differ only by whether the third segment is a
/// namespaced resource, which a pattern router cannot tell.
public struct ResourceRouter: APIRouteProvider {
    private let api: ServedAPI

    /// A router over what `api` serves at the time of each request (custom resources come and go).
    public init(_ api: ServedAPI) {
        self.api = api
    }

    public func register(in routes: inout APIRoutes) {
        for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
            routes.add(method, "/api/v1/**") { request, context in
                try await self.route(request, context: context, groupVersion: "v1", prefixSegments: 2)
            }
            routes.add(method, "/apis/:group/:version/**") { request, context in
                let group = context.parameters.get("group") ?? ""
                let version = context.parameters.get("version") ?? ""
                return try await self.route(request, context: context, groupVersion: group + "/" + version, prefixSegments: 3)
            }
        }
    }

    private func route(
        _ request: Request, context: APIRequestContext, groupVersion: String, prefixSegments: Int
    ) async throws -> Response {
        guard let resources = api.handlers(groupVersion: groupVersion) else { throw APIError.pathNotFound }
        let segments = request.uri.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst(1 + prefixSegments)
        guard
            let path = ResourcePath(
                segments: Array(segments), isNamespacedResource: { resources[$0]?.info.namespaced == true }),
            let handler = resources[path.resource]
        else {
            throw APIError.pathNotFound
        }
        return try await handler.handle(request, context: context, path: path)
    }
}
