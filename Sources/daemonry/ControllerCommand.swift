import ArgumentParser
import DaemonSetController
import Foundation
import KubeClient
import KubeRuntime
import Logging
import ProgressiveRollouts
import Prometheus
import ServiceLifecycle

/// `daemonry controller`: the DaemonSet controller against any API server, until SIGINT or SIGTERM.
struct ControllerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controller",
        abstract: "Run the apps/v1 DaemonSet controller against a Kubernetes API server.",
        discussion: """
            Connects as kubectl would (--kubeconfig, else KUBECONFIG, else ~/.kube/config, else the \
            in-cluster service account). On a real cluster, run kube-controller-manager with \
            --controllers=*,-daemonset-controller so only one DaemonSet controller acts. With \
            --leader-elect, replicas share the Lease kube-system/daemonset-controller and only the holder \
            works; the Lease is released on SIGINT or SIGTERM. Prometheus metrics and /healthz are served \
            on --metrics-address. Logs go to standard error.
            """)

    @Option(help: "Path to the kubeconfig file (default: KUBECONFIG, ~/.kube/config, or in-cluster).")
    var kubeconfig: String?

    @Option(help: "The kubeconfig context to use (default: the current context).")
    var context: String?

    @Flag(name: .customLong("leader-elect"), help: "Run only while holding the leader-election Lease.")
    var leaderElect = false

    @Option(name: .customLong("leader-elect-resource-name"), help: "The leader-election Lease's name.")
    var leaseName = LeaderElectedController.defaultLeaseName

    @Option(name: .customLong("leader-elect-resource-namespace"), help: "The leader-election Lease's namespace.")
    var leaseNamespace = LeaderElectedController.defaultLeaseNamespace

    @Option(
        help: "Controllers to run, comma-separated: daemonset, rollout (the progressive rollout driver, which alone runs beside any cluster's DaemonSet controller).")
    var controllers = "daemonset"

    @Option(help: "DaemonSets synced concurrently.")
    var workers = 4

    @Option(name: .customLong("metrics-address"), help: "HOST:PORT for /metrics and /healthz (plain HTTP).")
    var metricsAddress = "127.0.0.1:10257"

    @Option(name: .customLong("kube-api-qps"), help: "Average API requests per second (0: unlimited).")
    var kubeAPIQPS: Double = KubeClient.Configuration().qps

    @Option(name: .customLong("kube-api-burst"), help: "API requests allowed at once after a quiet period.")
    var kubeAPIBurst = KubeClient.Configuration().burst

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    static let daemonSetController = "daemonset"
    static let rolloutDriver = "rollout"
    /// The rollout driver's own Lease in `--leader-elect-resource-namespace`: one driver per cluster.
    static let rolloutDriverLease = "daemonry-rollout-driver"

    /// The controllers `--controllers` names.
    var selected: Set<String> {
        Set(controllers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    func validate() throws {
        for name in selected where ![Self.daemonSetController, Self.rolloutDriver].contains(name) {
            throw ValidationError("--controllers: unknown controller '\(name)' (known: daemonset, rollout)")
        }
        if selected.isEmpty { throw ValidationError("--controllers: name at least one controller") }
        if workers < 1 { throw ValidationError("--workers must be at least 1, got \(workers)") }
        if kubeAPIBurst < 1 { throw ValidationError("--kube-api-burst must be at least 1, got \(kubeAPIBurst)") }
        if Logger.Level(rawValue: logLevel) == nil { throw ValidationError("unknown --log-level '\(logLevel)'") }
        do {
            _ = try MetricsServer.Configuration(address: metricsAddress)
        } catch {
            throw ValidationError("--metrics-address: \(error.message)")
        }
    }

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else { throw ValidationError("invalid options") }
        StandardErrorLogging.bootstrap(level: level)
        let logger = Logger(label: "daemonry.controller")
        let registry = PrometheusCollectorRegistry()
        let metricsFactory = PrometheusMetricsFactory.kubeRuntime(registry: registry)

        let config = try RESTConfig.load(kubeconfig: kubeconfig, context: context)
        var clientConfiguration = KubeClient.Configuration()
        clientConfiguration.qps = kubeAPIQPS
        clientConfiguration.burst = kubeAPIBurst
        clientConfiguration.observer = RESTClientMetrics(factory: metricsFactory).observer
        let client = try KubeClient(config: config, configuration: clientConfiguration, logger: logger)

        var workers: [any Service] = []
        var synced: [@Sendable () -> Bool] = []
        func elected(_ service: some Service, lease: String, hasSynced: @escaping @Sendable () -> Bool) throws {
            guard leaderElect else {
                workers.append(service)
                synced.append(hasSynced)
                return
            }
            let leader = try LeaderElectedController(
                controller: service, client: client,
                configuration: LeaderElectionConfiguration(
                    leaseName: lease, leaseNamespace: leaseNamespace, identity: LeaderElectedController.defaultIdentity()),
                logger: logger)
            workers.append(leader)
            // A standby is healthy while it waits; a leader once its caches are complete.
            synced.append { !leader.isLeader || hasSynced() }
        }
        if selected.contains(Self.daemonSetController) {
            var configuration = DaemonSetController.Configuration()
            configuration.workers = self.workers
            let controller = DaemonSetController(
                client: client, configuration: configuration, metricsFactory: metricsFactory, logger: logger)
            try elected(controller, lease: leaseName) { controller.hasSynced }
        }
        if selected.contains(Self.rolloutDriver) {
            let driver = RolloutDriver(client: client, metricsFactory: metricsFactory, logger: logger)
            try elected(driver, lease: Self.rolloutDriverLease) { driver.hasSynced }
        }
        let health = HealthCheck(name: "informer-sync") { [synced] in synced.allSatisfy { $0() } }
        let metrics = MetricsServer(
            configuration: try MetricsServer.Configuration(address: metricsAddress), registry: registry,
            healthChecks: [health], logger: logger)
        logger.info(
            "connecting", metadata: ["server": .string(config.host), "leaderElect": .stringConvertible(leaderElect)])
        // Services stop in reverse order: the controller (and its Lease) first, metrics last.
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [metrics as any Service] + workers, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }
}
