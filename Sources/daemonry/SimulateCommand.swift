import ArgumentParser
import Foundation
import KubeClient
import KubeModel
import Logging
import NodeSimulator
import ServiceLifecycle

/// `daemonry simulate`: simulated nodes (status, Lease heartbeats, pod lifecycle) against any API server,
/// until SIGINT or SIGTERM.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate kubelets: create nodes, post their status and Leases, run the pods bound to them.",
        discussion: """
            Nodes are created as PREFIX-0 ... PREFIX-(N-1) with the well-known hostname, os, arch and zone \
            labels. Pods bound to a managed node go Pending, Running, then Ready; the sim.daemonry.io/* \
            annotations on pods (start-delay, ready-delay, crash, exit, exit-after, termination-delay) and \
            nodes (ready, heartbeat) inject delays and failures. Logs go to standard error.
            """)

    @Option(help: "Path to the kubeconfig file (default: KUBECONFIG, then ~/.kube/config).")
    var kubeconfig: String?

    @Option(help: "The kubeconfig context to use (default: the current context).")
    var context: String?

    @Option(help: "How many nodes to create.")
    var nodes: Int = 0

    @Option(name: .customLong("name-prefix"), help: "The prefix of created node names.")
    var namePrefix: String = "sim-node"

    @Flag(name: .customLong("manage-all-nodes"), help: "Simulate every node in the cluster.")
    var manageAllNodes = false

    @Option(
        name: .customLong("manage-nodes-with-annotation"),
        help: ArgumentHelp(
            "Simulate the nodes whose annotations match this selector, in label-selector syntax (default: "
                + "sim.daemonry.io/managed=true); the nodes --nodes creates are annotated to match.",
            valueName: "selector"))
    var annotationSelector: String?

    @Option(
        name: .customLong("kube-api-qps"),
        help: "Average API requests per second of all simulated kubelets together (0: unlimited).")
    var kubeAPIQPS: Double = 0

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    func validate() throws {
        if nodes < 0 { throw ValidationError("--nodes must not be negative, got \(nodes)") }
        if namePrefix.isEmpty { throw ValidationError("--name-prefix must not be empty") }
        if Logger.Level(rawValue: logLevel) == nil { throw ValidationError("unknown --log-level '\(logLevel)'") }
        let management = try management()
        let created = management.createdNodeAnnotations
        if nodes > 0, !management.manages(annotations: created) {
            let annotations = created.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            throw ValidationError(
                "--manage-nodes-with-annotation '\(annotationSelector ?? "")' does not match the nodes --nodes creates "
                    + "(annotated \(annotations))")
        }
    }

    /// Which nodes to act as the kubelet of, from `--manage-all-nodes` or `--manage-nodes-with-annotation`.
    private func management() throws -> NodeSimulatorConfiguration.Management {
        guard let annotationSelector else {
            return manageAllNodes ? .allNodes : .annotatedNodes(NodeSimulatorConfiguration.Management.defaultAnnotations)
        }
        if manageAllNodes {
            throw ValidationError("--manage-all-nodes and --manage-nodes-with-annotation cannot be used together")
        }
        do {
            return .annotatedNodes(try LabelQuery(parsing: annotationSelector))
        } catch {
            throw ValidationError("--manage-nodes-with-annotation: \(error)")
        }
    }

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        StandardErrorLogging.bootstrap(level: level)
        let logger = Logger(label: "daemonry.simulate")
        let config = try RESTConfig.load(kubeconfig: kubeconfig, context: context)
        var simulation = NodeSimulatorConfiguration()
        simulation.nodeCount = nodes
        simulation.namePrefix = namePrefix
        simulation.management = try management()
        // Unlimited by default: each kubelet upstream has its own budget, and 10,000 nodes renew 1,000 Leases
        // a second.
        var clientConfiguration = KubeClient.Configuration()
        clientConfiguration.qps = kubeAPIQPS
        clientConfiguration.burst = max(1, Int(kubeAPIQPS * 2))
        try await KubeClient.withClient(config: config, configuration: clientConfiguration, logger: logger) { client in
            let simulator = NodeSimulator(client: client, configuration: simulation, logger: logger)
            let group = ServiceGroup(
                configuration: ServiceGroupConfiguration(
                    services: [simulator], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            try await group.run()
        }
    }
}
