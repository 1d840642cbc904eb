import ArgumentParser
import Foundation
import KubeAPIServer
import Logging
import ServiceLifecycle

/// `daemonry apiserver`: the embedded Kubernetes API server alone, over HTTPS, until SIGINT or SIGTERM.
struct APIServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apiserver",
        abstract: "Run the embedded kubectl-compatible API server (HTTPS, certificate or token auth).",
        discussion: """
            Objects live in DATA_DIR/store.sqlite (SQLite) and survive restarts. \
            On first start, generates a CA, a serving certificate, an admin client certificate and an \
            admin token under DATA_DIR/pki, and reuses them afterwards. Each start writes the admin \
            kubeconfig to DATA_DIR/kubeconfig and prints the one line that points kubectl at it. \
            Logs go to standard error.
            """)

    @Option(name: .customLong("data-dir"), help: "Directory for the store, certificates, keys and the kubeconfig.")
    var dataDirectory: String = ".daemonry"

    @Option(help: "Address to listen on, HOST:PORT (use [::1]:PORT for IPv6).")
    var listen: String = "127.0.0.1:6443"

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    func validate() throws {
        if ListenAddress(listen) == nil { throw ValidationError("--listen must be HOST:PORT, got '\(listen)'") }
        if Logger.Level(rawValue: logLevel) == nil { throw ValidationError("unknown --log-level '\(logLevel)'") }
    }

    func run() async throws {
        guard let address = ListenAddress(listen), let level = Logger.Level(rawValue: logLevel) else {
            throw ValidationError("invalid options")
        }
        StandardErrorLogging.bootstrap(level: level)
        let logger = Logger(label: "daemonry.apiserver")
        let directory = URL(fileURLWithPath: dataDirectory).standardizedFileURL.path
        // Before anything in it is read or written: one process per data directory.
        let lock = try DataDirectory.acquire(directory, owner: Daemonry.commandLine)
        defer { withExtendedLifetime(lock) {} }

        try ListenAddress.checkAvailable(address, flag: "--listen")
        let controlPlane = try await ControlPlane(dataDirectory: directory, logger: logger)
        defer { try? controlPlane.store.close() }
        // A PKI problem is thrown as is: its description is the one line ArgumentParser prints.
        let server = try APIServer(
            configuration: APIServer.Configuration(
                dataDirectory: directory, host: address.host, port: address.port,
                readinessChecks: controlPlane.readinessChecks),
            routes: controlPlane.routes,
            logger: logger,
            onListening: { listening in
                // Written unbuffered: a script reading this line through a pipe must not wait for more.
                FileHandle.standardOutput.write(Data("export KUBECONFIG=\(listening.kubeconfigPath)\n".utf8))
            })
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: controlPlane.services + [server], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
