import Hummingbird

/// The endpoints every API server has besides resources: health checks and `/version`, all open to
/// clients without credentials as upstream's `system:public-info-viewer` role makes them.
public struct SystemRoutes: APIRouteProvider {
    /// What `/version` reports.
    public var version: ServerVersion
    /// What `/readyz` checks besides answering at all.
    public var readinessChecks: [ReadinessCheck]

    /// Routes reporting `version`, ready while every one of `readinessChecks` passes.
    public init(version: ServerVersion = .current, readinessChecks: [ReadinessCheck] = []) {
        self.version = version
        self.readinessChecks = readinessChecks
    }

    /// Adds `/healthz`, `/livez` (`ok`, text/plain), `/readyz` (`ok`, or 500 listing the checks while one
    /// fails) and `/version` (JSON).
    public func register(in routes: inout APIRoutes) {
        for path in ["/healthz", "/livez"] {
            routes.get(path, access: .anonymous) { _, _ in .text("ok") }
        }
        let checks = readinessChecks
        routes.get("/readyz", access: .anonymous) { request, _ in
            let verbose = request.uri.queryParameters["verbose"] != nil
            let (passed, body) = ReadinessCheck.report(checks, verbose: verbose)
            return .text(body, status: passed ? .ok : .internalServerError)
        }
        let versionBytes = version.jsonBytes()
        routes.get("/version", access: .anonymous) { _, _ in .json(versionBytes) }
    }
}
