import ArgumentParser
import ClusterServices
import DaemonSetController
import Foundation
import KubeAPIServer
import KubeClient
import KubeModel
import KubeRuntime
import Logging
import NodeSimulator
import ProgressiveRollouts
import Prometheus
import ServiceLifecycle

/// `daemonry up`: the whole system in one process, until SIGINT or SIGTERM.
struct UpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "up",
        abstract: "Run everything in one process: API server, scheduler, node lifecycle, garbage collectors, "
            + "the DaemonSet controller and simulated nodes.",
        discussion: """
            The API server keeps its objects in DATA_DIR/store.sqlite and its credentials under DATA_DIR/pki; a \
            restart on the same directory resumes everything. It prints the one line that points kubectl at \
            it. The other components talk to it in process through the same client, authentication and \
            handlers as HTTPS (--in-process false: over HTTPS, like any client). The simulator creates \
            NODES nodes (node-0 ... node-N-1, zones zone-a, zone-b, zone-c round robin) and simulates every \
            node in the cluster, including nodes added later with kubectl. Logs go to standard error.
            """)

    @Option(name: .customLong("data-dir"), help: "Directory for the store, certificates, keys and the kubeconfig.")
    var dataDirectory: String = ".daemonry"

    @Option(help: "Address to listen on, HOST:PORT (use [::1]:PORT for IPv6).")
    var listen: String = "127.0.0.1:6443"

    @Option(help: "Simulated nodes to create (default 3; existing ones are kept).")
    var nodes: Int?

    @Flag(name: .customLong("no-controller"), help: "Do not run the DaemonSet controller (run `daemonry controller` instead).")
    var noController = false

    @Flag(
        name: .customLong("no-rollout-driver"),
        help: "Do not drive progressive rollouts (run `daemonry controller --controllers=rollout` instead).")
    var noRolloutDriver = false

    @Flag(name: .customLong("no-simulator"), help: "Do not simulate nodes (run `daemonry simulate` instead).")
    var noSimulator = false

    @Option(help: "DaemonSets the controller syncs concurrently.")
    var workers = 4

    @Option(
        name: .customLong("node-monitor-grace-period"),
        help: "How long a node may go without a heartbeat before it is marked Unknown and tainted unreachable (Go duration).")
    var nodeMonitorGracePeriod = "40s"

    @Option(
        name: .customLong("kube-api-qps"),
        help: "Average API requests per second of the in-process components together (0: unlimited).")
    var kubeAPIQPS: Double = 0

    @Option(
        name: .customLong("in-process"),
        help: "Whether the built-in components reach the API server in process (true) or over HTTPS (false).")
    var inProcess = true

    @Option(
        name: .customLong("metrics-address"),
        help: "HOST:PORT for the controllers' /metrics and /healthz over plain HTTP as well (default: none; /metrics is served on --listen to authenticated clients).")
    var metricsAddress: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    func validate() throws {
        if ListenAddress(listen) == nil { throw ValidationError("--listen must be HOST:PORT, got '\(listen)'") }
        if Logger.Level(rawValue: logLevel) == nil { throw ValidationError("unknown --log-level '\(logLevel)'") }
        if let nodes, nodes < 0 { throw ValidationError("--nodes must not be negative, got \(nodes)") }
        if nodes != nil && noSimulator {
            throw ValidationError("--nodes needs the simulator: with --no-simulator, run daemonry simulate --nodes N")
        }
        if workers < 1 { throw ValidationError("--workers must be at least 1, got \(workers)") }
        guard let grace = GoDuration.parse(nodeMonitorGracePeriod), grace > .zero else {
            throw ValidationError("--node-monitor-grace-period must be a positive duration such as 40s, got '\(nodeMonitorGracePeriod)'")
        }
        if let metricsAddress {
            do {
                _ = try MetricsServer.Configuration(address: metricsAddress)
            } catch {
                throw ValidationError("--metrics-address: \(error.message)")
            }
        }
    }

    func run() async throws {
        guard let address = ListenAddress(listen), let level = Logger.Level(rawValue: logLevel) else {
            throw ValidationError("invalid options")
        }
        StandardErrorLogging.bootstrap(level: level)
        let logger = Logger(label: "daemonry.up")
        let directory = URL(fileURLWithPath: dataDirectory).standardizedFileURL.path
        // Before anything in it is read or written: one process per data directory.
        let lock = try DataDirectory.acquire(directory, owner: Daemonry.commandLine)
        defer { withExtendedLifetime(lock) {} }
        logger.info("opening the store", metadata: ["dataDir": .string(directory)])
        // A taken address is found before the store is opened: nothing is written for a server that cannot run.
        try ListenAddress.checkAvailable(address, flag: "--listen")
        let controlPlane = try await ControlPlane(dataDirectory: directory, logger: logger)
        defer { try? controlPlane.store.close() }
        let registry = PrometheusCollectorRegistry()

        let listening = AsyncStream<APIServer.Listening>.makeStream()
        let server = try APIServer(
            configuration: APIServer.Configuration(
                dataDirectory: directory, host: address.host, port: address.port,
                readinessChecks: controlPlane.readinessChecks),
            routes: controlPlane.routes + [MetricsRoutes { registry.emitToBuffer() }],
            logger: logger,
            onListening: { announced in
                FileHandle.standardOutput.write(Data("export KUBECONFIG=\(announced.kubeconfigPath)\n".utf8))
                listening.continuation.yield(announced)
                listening.continuation.finish()
            })
        var options = ClusterComponents.Options()
        options.nodes = nodes ?? 3
        options.nodeRecord = SimulatedNodeRecord(dataDirectory: directory)
        options.controller = !noController
        options.rolloutDriver = !noRolloutDriver
        options.simulator = !noSimulator
        options.workers = workers
        options.nodeMonitorGracePeriod = GoDuration.parse(nodeMonitorGracePeriod) ?? .seconds(40)
        options.qps = kubeAPIQPS
        options.metrics = try metricsAddress.map { try MetricsServer.Configuration(address: $0) }
        options.registry = registry
        if inProcess {
            options.inProcess = ClusterComponents.InProcess(
                transport: InProcessTransport(responder: server.makeInProcessResponder()), token: server.pki.token,
                recentObjects: controlPlane.recentObjects)
        }
        let components = ClusterComponents(listening: listening.stream, options: options, logger: logger)
        // Services stop in reverse order: the clients first, then the server, then what runs on the store.
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: controlPlane.services + [server, components], gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }
}

/// The client-side components of `daemonry up`: once the server listens, they share one client to it, in
/// process or over HTTPS with the admin kubeconfig as to any cluster, and run until graceful shutdown.
struct ClusterComponents: Service {
    /// How the components reach the server in process: the transport, and the admin token they
    /// authenticate with as any client does.
    struct InProcess: Sendable {
        var transport: InProcessTransport
        var token: String
        /// The store's last writes, which the components' watches take instead of decoding.
        var recentObjects: RecentObjects
    }

    struct Options: Sendable {
        var nodes = 3
        /// Where the count of nodes already created is kept; nil: create them all.
        var nodeRecord: SimulatedNodeRecord?
        var controller = true
        /// Whether the progressive rollout driver runs.
        var rolloutDriver = true
        var simulator = true
        var workers = 4
        /// The node lifecycle controller's `nodeMonitorGracePeriod`.
        var nodeMonitorGracePeriod: Duration = .seconds(40)
        /// The shared client's rate limit: none by default. The components share one client to a server in
        /// the same process, and the simulated kubelets alone renew 1,000 Leases a second at 10,000 nodes
        /// (a real kubelet has a budget of its own), so any fixed limit throttles the cluster as it grows.
        var qps: Double = 0
        var metrics: MetricsServer.Configuration?
        /// Where the components' metrics go; the API server serves it on `/metrics`.
        var registry = PrometheusCollectorRegistry()
        /// The in-process transport; nil: HTTPS.
        var inProcess: InProcess?
    }

    let listening: AsyncStream<APIServer.Listening>
    let options: Options
    let logger: Logger

    func run() async throws {
        var announced: APIServer.Listening?
        for await value in listening {
            announced = value
            break
        }
        // The server stopped before it ever listened; its own error ends the group.
        guard let announced else { return }
        let registry = options.registry
        let metricsFactory = PrometheusMetricsFactory.kubeRuntime(registry: registry)
        var clientConfiguration = KubeClient.Configuration()
        clientConfiguration.observer = RESTClientMetrics(factory: metricsFactory).observer
        clientConfiguration.qps = options.qps
        clientConfiguration.burst = max(1, Int(options.qps * 2))
        let client: KubeClient
        if let inProcess = options.inProcess {
            // The server's URL names it in messages; the token authenticates every request.
            var config = RESTConfig(host: announced.server)
            config.bearerToken = inProcess.token
            clientConfiguration.recentObjects = inProcess.recentObjects
            client = KubeClient(
                config: config, configuration: clientConfiguration, transport: inProcess.transport, logger: logger)
        } else {
            client = try KubeClient(
                config: RESTConfig.load(kubeconfig: announced.kubeconfigPath), configuration: clientConfiguration,
                logger: logger)
        }
        // Shut the client down however the services end, as `KubeClient.withClient` does.
        let result: Result<Void, any Error>
        do {
            try await run(client: client, registry: registry, metricsFactory: metricsFactory)
            result = .success(())
        } catch {
            result = .failure(error)
        }
        try await client.shutdown()
        try result.get()
    }

    private func run(
        client: KubeClient, registry: PrometheusCollectorRegistry, metricsFactory: PrometheusMetricsFactory
    ) async throws {
        // One informer per resource for all components; it stops after them (services stop in reverse order).
        let informers = SharedInformerFactory(client: client, logger: logger)
        var lifecycle = NodeLifecycleController.Configuration()
        lifecycle.nodeMonitorGracePeriod = options.nodeMonitorGracePeriod
        var services: [any Service] = [
            informers,
            Scheduler(client: client, informers: informers, logger: logger),
            NodeLifecycleController(client: client, informers: informers, configuration: lifecycle, logger: logger),
            PodGarbageCollector(client: client, informers: informers, logger: logger),
        ]
        if options.simulator {
            var simulation = NodeSimulatorConfiguration()
            simulation.nodeCount = options.nodes
            simulation.firstNodeIndex = options.nodeRecord?.created() ?? 0
            simulation.namePrefix = "node"
            simulation.management = .allNodes
            let (record, logger) = (options.nodeRecord, logger)
            services.append(
                NodeSimulator(
                    client: client, informers: informers, configuration: simulation, logger: logger,
                    onNodesCreated: { count in
                        do {
                            try record?.record(count)
                        } catch {
                            logger.warning("could not record the simulated nodes created", metadata: ["error": "\(error)"])
                        }
                    }))
        }
        if options.controller {
            var configuration = DaemonSetController.Configuration()
            configuration.workers = options.workers
            let controller = DaemonSetController(
                client: client, informers: informers, configuration: configuration, metricsFactory: metricsFactory,
                logger: logger)
            services.append(controller)
            if let metrics = options.metrics {
                services.insert(
                    MetricsServer(
                        configuration: metrics, registry: registry,
                        healthChecks: [HealthCheck(name: "informer-sync") { controller.hasSynced }], logger: logger),
                    at: 1)
            }
        }
        if options.rolloutDriver {
            // Progressive rollouts of the OnDelete DaemonSets that ask for one, beside any DaemonSet controller.
            services.append(RolloutDriver(client: client, informers: informers, metricsFactory: metricsFactory, logger: logger))
        }
        // First in, last out: the in-process watches keep streaming until every component has stopped.
        if let inProcess = options.inProcess { services.insert(inProcess.transport, at: 0) }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: services, logger: logger))
        try await withGracefulShutdownHandler {
            try await group.run()
        } onGracefulShutdown: {
            Task { await group.triggerGracefulShutdown() }
        }
    }
}
