import KubeAPIServer

/// Routes only tests register: `/test/whoami` answers the authenticated user, showing that an
/// `APIRouteProvider` plugs in and that handlers see `context.user`.
struct WhoAmIRoutes: APIRouteProvider {
    func register(in routes: inout APIRoutes) {
        routes.get("/test/whoami") { _, context in
            .text(context.user.map { "\($0.name) \($0.groups.joined(separator: ","))" } ?? "<anonymous>")
        }
        routes.get("/test/echo/:word") { _, context in
            .text(context.parameters.get("word") ?? "")
        }
    }
}
