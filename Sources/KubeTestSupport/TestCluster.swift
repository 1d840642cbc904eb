import Foundation
import KubeAPIServer
import Logging

/// A running API server with its storage: what the end-to-end tests drive with kubectl and curl.
public struct RunningCluster: Sendable {
    /// The HTTPS server.
    public let server: RunningServer
    /// Its store and registries, for checks that look behind the API.
    public let controlPlane: ControlPlane

    /// `kubectl ARGS...` against the server with a fresh discovery cache, killed after `timeout`.
    public func kubectl(_ arguments: [String], timeout: Duration = .seconds(60)) async throws -> CommandResult {
        try await server.kubectl(arguments, timeout: timeout)
    }

    /// `kubectl ARGS...` with `input` on standard input (a manifest for `-f -`), written to a file first.
    public func kubectl(_ arguments: [String], manifest: String) async throws -> CommandResult {
        let path = server.dataDirectory + "/manifest-\(UUID().uuidString).yaml"
        try manifest.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try await server.kubectl(arguments.map { $0 == "-" ? path : $0 })
    }

    /// `curl` with the admin token: body and status code.
    public func curl(_ path: String, _ extra: [String] = []) async throws -> (status: Int, body: String) {
        try await server.curl(path, ["-H", "Authorization: Bearer \(server.pki.token)"] + extra)
    }
}

/// Opens a `ControlPlane` in `dataDirectory`, serves it (plus `extraRoutes`) on a free port with its services
/// (garbage collector, bookmarks), runs `body`, then shuts everything down and closes the store.
public func withCluster<T: Sendable>(
    dataDirectory: String, extraRoutes: [any APIRouteProvider] = [], _ body: (RunningCluster) async throws -> T
) async throws -> T {
    var logger = Logger(label: "test.controlplane")
    logger.logLevel = .warning
    let controlPlane = try await ControlPlane(dataDirectory: dataDirectory, logger: logger)
    defer { try? controlPlane.store.close() }
    return try await withServer(
        dataDirectory: dataDirectory, routes: extraRoutes + controlPlane.routes, services: controlPlane.services,
        readinessChecks: controlPlane.readinessChecks
    ) { server in
        try await body(RunningCluster(server: server, controlPlane: controlPlane))
    }
}
