import DaemonSetCore
import KubeClient
import KubeModel
import Logging

/// Carries out one `DaemonSetSyncPlan` through the API, in upstream's order: history (claims, snapshot,
/// dedup, renumbering), pod claims, pod deletions and creations (`syncNodes`), history cleanup, status.
///
/// A failure in history or claims ends the sync before any pod is touched (the plan was made for a state
/// the server refused); a failure among pod writes still writes status, as upstream does.
struct SyncExecution {
    let controller: DaemonSetController
    let daemonSet: DaemonSet
    let key: String
    let plan: DaemonSetSyncPlan
    /// Whether the live DaemonSet was read once for this sync's adoptions (upstream's `RecheckDeletionTimestamp`).
    var adoptionRechecked = false

    init(controller: DaemonSetController, daemonSet: DaemonSet, key: String, plan: DaemonSetSyncPlan) {
        self.controller = controller
        self.daemonSet = daemonSet
        self.key = key
        self.plan = plan
    }

    var client: KubeClient { controller.client }
    var namespace: String { daemonSet.metadata.namespace }
    var logger: Logger { controller.logger }

    /// Runs the plan; throws the first failure that makes the key worth retrying.
    mutating func run() async throws {
        for event in plan.events {
            controller.recorder.event(daemonSet, type: event.type, reason: event.reason, message: event.message)
        }
        if plan.collisionCount != nil {
            try await raiseCollisionCount()
            throw plan.error ?? DaemonSetControllerError("hash collision of the current revision")
        }
        try await applyHistory()
        try await applyPodClaims()
        let podErrors = await syncNodes()
        var failure: (any Error)? = plan.error
        if !podErrors.isEmpty {
            if failure == nil {
                failure = DaemonSetControllerError("failed to sync pods of daemon set \(key)", underlying: podErrors)
            }
        } else if failure == nil {
            failure = await cleanupHistory()
        }
        let status = podErrors.isEmpty ? plan.status : controller.statusFromCaches(of: daemonSet)
        if let status {
            do {
                try await storeStatus(status)
            } catch {
                // The sync's own failure says more; the status is written again by the retry.
                if let failure {
                    if !Task.isCancelled {
                        logger.warning(
                            "failed to update status", metadata: ["daemonset": .string(key), "error": "\(error)"])
                    }
                    throw failure
                }
                throw error
            }
        }
        if let delay = plan.requeueAfter {
            controller.queue.addAfter(key, delay: .milliseconds(Int64((delay * 1000).rounded(.up))))
        }
        if let failure { throw failure }
    }
}
