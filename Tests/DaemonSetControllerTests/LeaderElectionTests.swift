import DaemonSetController
import KubeClient
import KubeModel
import KubeRuntime
import Logging
import Prometheus
import ServiceLifecycle
import KubeTestSupport
import Testing

/// The controller as `daemonry controller --leader-elect` runs it: in a ServiceGroup, behind the Lease.
struct LeaderElectionTests {
    @Test func worksWhileHoldingTheLeaseAndReleasesItOnGracefulShutdown() async throws {
        try await TestEnvironment.run { env in
            try await env.create([Fixtures.node("n1")])
            try await env.create(Fixtures.daemonSet("agent"))
            var logger = Logger(label: "test.leader")
            logger.logLevel = .warning
            let controller = DaemonSetController(
                client: env.client, metricsFactory: PrometheusMetricsFactory.kubeRuntime(registry: PrometheusCollectorRegistry()),
                logger: logger)
            let service = try LeaderElectedController(
                controller: controller, client: env.client,
                configuration: LeaderElectionConfiguration(
                    leaseName: LeaderElectedController.defaultLeaseName,
                    leaseNamespace: LeaderElectedController.defaultLeaseNamespace, identity: "candidate-1"),
                logger: logger)
            let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [service], logger: logger))
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                #expect(try await eventually { try await env.podNodes(of: "agent") == ["n1"] })
                let lease = try await env.client.get(Lease.self, name: "daemonset-controller", namespace: "kube-system")
                #expect(lease.spec.holderIdentity == "candidate-1")
                #expect(service.isLeader)
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
            }
            let released = try await env.client.get(Lease.self, name: "daemonset-controller", namespace: "kube-system")
            #expect((released.spec.holderIdentity ?? "").isEmpty)
        }
    }
}
