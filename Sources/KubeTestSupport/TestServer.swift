import Foundation
import KubeAPIServer
import Logging
import ServiceLifecycle

/// A running API server on 127.0.0.1 and a free port, for one test.
public struct RunningServer: Sendable {
    /// The server.
    public let server: APIServer
    /// Where it listens.
    public let listening: APIServer.Listening
    /// Its data directory.
    public let dataDirectory: String

    /// The cluster credentials.
    public var pki: ClusterPKI { server.pki }
    /// `https://127.0.0.1:PORT`.
    public var url: String { listening.server }
    /// The CA certificate file clients trust.
    public var caPath: String { pki.paths.caCertificate }

    /// `kubectl --kubeconfig PATH --cache-dir <fresh> ARGS...`, killed after `timeout` (how a `get -w` ends);
    /// the fresh cache keeps discovery from leaking between tests (kubectl.md §2.1).
    public func kubectl(
        _ arguments: [String], kubeconfig: String? = nil, timeout: Duration = .seconds(60)
    ) async throws -> CommandResult {
        let cache = dataDirectory + "/kubectl-cache-\(UUID().uuidString)"
        return try await runCommand(
            ["kubectl", "--kubeconfig", kubeconfig ?? listening.kubeconfigPath, "--cache-dir", cache,
             "--request-timeout", "20s"] + arguments,
            timeout: timeout)
    }

    /// `curl` trusting the cluster CA, printing the body then the status code on its own last line.
    public func curl(_ path: String, _ extra: [String] = []) async throws -> (status: Int, body: String) {
        let result = try await runCommand(
            ["curl", "-sS", "--max-time", "20", "--cacert", caPath, "-w", "\n%{http_code}"] + extra + [url + path])
        var lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let status = lines.popLast().flatMap { Int($0) } ?? -1
        return (status, lines.joined(separator: "\n"))
    }
}

/// Starts an `APIServer` on port 0 in `dataDirectory`, waits until it listens, runs `body`, and
/// always shuts the server down gracefully (also when `body` throws), surfacing a server failure.
public func withServer<T: Sendable>(
    dataDirectory: String, routes: [any APIRouteProvider] = [], services: [any Service] = [],
    readinessChecks: [ReadinessCheck] = [], _ body: (RunningServer) async throws -> T
) async throws -> T {
    var logger = Logger(label: "test.apiserver")
    logger.logLevel = .warning
    let announced = AsyncStream<APIServer.Listening>.makeStream()
    let server = try APIServer(
        configuration: APIServer.Configuration(
            dataDirectory: dataDirectory, host: "127.0.0.1", port: 0, readinessChecks: readinessChecks),
        routes: routes,
        logger: logger,
        onListening: { listening in
            announced.continuation.yield(listening)
            announced.continuation.finish()
        })
    let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: services + [server], logger: logger))
    return try await withThrowingTaskGroup(of: T?.self) { tasks in
        tasks.addTask {
            defer { announced.continuation.finish() }
            try await group.run()
            return nil
        }
        var listening: APIServer.Listening?
        for await value in announced.stream {
            listening = value
            break
        }
        guard let listening else {
            // The server ended before listening: surface its error.
            try await tasks.waitForAll()
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "server never listened"])
        }
        let running = RunningServer(server: server, listening: listening, dataDirectory: dataDirectory)
        let result: Result<T, any Error>
        do {
            result = .success(try await body(running))
        } catch {
            result = .failure(error)
        }
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
        return try result.get()
    }
}
