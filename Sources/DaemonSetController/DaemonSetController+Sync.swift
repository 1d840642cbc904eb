import DaemonSetCore
import Foundation
import KubeClient
import KubeModel
import KubeRuntime

extension DaemonSetController {
    /// `syncDaemonSet`: plans from the caches, then carries the plan out. Throws when the key must be retried.
    func sync(_ key: String) async throws {
        guard let daemonSet = daemonSets.store.get(key) else {
            logger.debug("daemon set has been deleted", metadata: ["daemonset": .string(key)])
            expectations.deleteExpectations(key)
            backoffs.remove(key)
            podFacts.remove(key)
            return
        }
        let now = clock.date
        let input = DaemonSetSyncInput(
            daemonSet: daemonSet, nodes: nodeSnapshots.snapshot { nodes.store.list() },
            pods: candidatePods(of: daemonSet),
            revisions: revisions.store.byIndex(ControllerIndexName.namespace, daemonSet.metadata.namespace),
            expectationsSatisfied: expectations.isSatisfied(key), backoff: backoffs.backoff(for: key, now: now),
            now: now, configuration: DaemonSetSyncConfiguration(burstReplicas: configuration.burstReplicas),
            podFacts: podFacts.memo(for: key))
        let plan = DaemonSetSync.plan(input)
        backoffs.store(plan.backoff, for: key)
        if plan.isNoOp && plan.requeueAfter == nil { return }
        var execution = SyncExecution(controller: self, daemonSet: daemonSet, key: key, plan: plan)
        try await execution.run()
    }

    /// The pods a DaemonSet may claim: those it controls and the orphans of its namespace, read through the
    /// indexes (never a scan of every pod). Without orphans this is the index's own list, unchanged (and
    /// not copied) while the pods are: what lets a resync skip them (`PodFactsMemo`).
    func candidatePods(of daemonSet: DaemonSet) -> [Pod] {
        let controlled = pods.store.byIndex(IndexName.controllerUID, daemonSet.metadata.uid)
        let orphans = pods.store.byIndex(ControllerIndexName.orphans, daemonSet.metadata.namespace)
        return orphans.isEmpty ? controlled : controlled + orphans
    }
}

extension DaemonSetController {
    /// The status the caches show now, for a sync whose pod writes partly failed: its plan assumed them all
    /// done. The generation is marked observed all the same, as upstream's `syncDaemonSet` does.
    func statusFromCaches(of daemonSet: DaemonSet) -> DaemonSetStatus? {
        let input = DaemonSetSyncInput(
            daemonSet: daemonSet, nodes: nodeSnapshots.snapshot { nodes.store.list() },
            pods: candidatePods(of: daemonSet),
            revisions: revisions.store.byIndex(ControllerIndexName.namespace, daemonSet.metadata.namespace),
            backoff: backoffs.backoff(for: daemonSet.key, now: clock.date), now: clock.date)
        return DaemonSetSync.statusAfterFailedSync(input)
    }
}
