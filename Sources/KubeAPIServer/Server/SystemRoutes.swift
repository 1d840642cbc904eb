import Hummingbird

/// The endpoints every API server has besides resources: health checks and `/version`, all open to
/// clients without credentials as upstream's `system:public-info-viewer` role makes them.
public struct SystemRoutes: APIRouteProvider {
    /// What `/version` reports.
    public var version: ServerVersion

    /// Routes reporting `version`.
    public init(version: ServerVersion = .current) {
        self.version = version
    }

    /// Adds `/healthz`, `/livez`, `/readyz` (`ok`, text/plain) and `/version` (JSON).
    public func register(in routes: inout APIRoutes) {
        for path in ["/healthz", "/livez", "/readyz"] {
            routes.get(path, access: .anonymous) { _, _ in .text("ok") }
        }
        let versionBytes = version.jsonBytes()
        routes.get("/version", access: .anonymous) { _, _ in .json(versionBytes) }
    }
}
