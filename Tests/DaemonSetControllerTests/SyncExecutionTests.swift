import DaemonSetCore
import Foundation
import KubeClient
import KubeModel
import KubeTestSupport
import Logging
import Testing

@testable import DaemonSetController

/// Carrying out a plan against the server when writes fail.
struct SyncExecutionTests {
    @Test func aRefusedCreateStopsTheSlowStartAndLowersExpectationsForEveryPodNotMade() async throws {
        try await TestEnvironment.run { env in
            // A template the server refuses for pods (no containers), planned for five nodes.
            var broken = Fixtures.daemonSet("broken")
            broken.metadata.uid = "uid-broken"
            broken.spec.template.spec.containers = []
            let nodes = (1...5).map { Fixtures.node("n\($0)") }
            var plan = DaemonSetSync.plan(DaemonSetSyncInput(daemonSet: broken, nodes: nodes, now: Date()))
            #expect(plan.podsToCreate.count == 5)
            plan.revisionToCreate = nil
            plan.status = nil

            let creates = Locked(0)
            var configuration = KubeClient.Configuration()
            configuration.observer = { metric in
                if metric.verb == "create" && metric.resource == "pods" { creates.mutate { $0 += 1 } }
            }
            var logger = Logger(label: "test")
            logger.logLevel = .critical
            try await KubeClient.withClient(config: env.config, configuration: configuration) { client in
                let controller = DaemonSetController(client: client, logger: logger)
                var execution = SyncExecution(controller: controller, daemonSet: broken, key: broken.key, plan: plan)
                await #expect(throws: DaemonSetControllerError.self) { try await execution.run() }
                // The first batch (one pod) failed: the other four were never tried, and nothing is awaited.
                #expect(creates.value == 1)
                #expect(controller.expectations.isSatisfied(broken.key))
                #expect(controller.expectations.expectations(for: broken.key)?.add == 0)
            }
        }
    }
}
