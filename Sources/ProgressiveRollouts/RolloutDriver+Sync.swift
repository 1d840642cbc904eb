import DaemonSetCore
import Foundation
import KubeClient
import KubeModel
import KubeRuntime

extension RolloutDriver {
    /// One DaemonSet: reads its policy, plans from the caches, deletes what the plan says, and reports.
    func sync(_ key: String) async throws {
        guard let daemonSet = daemonSets.store.get(key), RolloutPolicy.isProgressive(daemonSet.metadata.annotations),
            daemonSet.metadata.deletionTimestamp == nil
        else { return }
        guard daemonSet.spec.updateStrategy.type == "OnDelete" else {
            try await report(
                daemonSet, .unsupportedUpdateStrategy,
                message: "\(RolloutPolicy.progressive) needs updateStrategy.type OnDelete, not \(daemonSet.spec.updateStrategy.type)")
            return
        }
        let policy: RolloutPolicy
        do {
            policy = try RolloutPolicy(annotations: daemonSet.metadata.annotations)
        } catch {
            try await report(daemonSet, .invalidPolicy, message: error.message)
            return
        }
        // The DaemonSet controller records the template's revision first; until then there is nothing to roll.
        let owned = revisions.store.byIndex(IndexName.controllerUID, daemonSet.metadata.uid)
        guard let current = owned.max(by: { $0.revision < $1.revision }),
            let revision = current.metadata.labels[DaemonSetKeys.controllerRevisionHash]
        else { return }

        let now = clock.date
        let input = RolloutInput(
            policy: policy, nodes: nodesToRun(daemonSet), pods: podsOf(daemonSet, revision: revision, now: now),
            revision: revision, promotedRevision: daemonSet.metadata.annotations[RolloutPolicy.promoted], now: now)
        let plan = RolloutPlanner.plan(input)

        if plan.rollback {
            try await rollBack(daemonSet, from: revision, revisions: owned, plan: plan)
            return
        }
        for pod in plan.deletions {
            deleted.withLock { _ = $0.insert(pod.uid) }
            do {
                try await client.deleteDiscardingResponse(
                    Pod.self, name: pod.name, namespace: daemonSet.metadata.namespace,
                    options: .precondition(uid: pod.uid))
                recorder.event(
                    daemonSet, type: "Normal", reason: "DeletingOldPod",
                    message: "Deleted old pod \(pod.name) on \(pod.nodeName) for \(plan.step ?? "the rollout")")
            } catch let error as KubeClientError where error.code == .notFound || error.code == .conflict {
                continue
            } catch {
                deleted.withLock { _ = $0.remove(pod.uid) }
                throw error
            }
        }
        if plan.reason == .rolloutComplete, daemonSet.metadata.annotations[RolloutPolicy.completedRevision] != revision {
            try await annotate(daemonSet, [RolloutPolicy.completedRevision: revision])
        }
        try await report(daemonSet, plan.reason, message: plan.message)
        if let recheck = plan.recheckAfter { queue.addAfter(key, delay: recheck + .milliseconds(100)) }
    }

    /// The nodes the DaemonSet should run on, as the controller places them.
    private func nodesToRun(_ daemonSet: DaemonSet) -> [RolloutInput.Node] {
        let placement = DaemonPlacement(daemonSet: daemonSet)
        return nodes.store.list().filter { placement.evaluate($0).shouldRun }.map { node in
            RolloutInput.Node(name: node.metadata.name, labels: node.metadata.labels, ready: node.isReady)
        }
    }

    /// The DaemonSet's pods as the planner sees them; pods this driver deleted count as deleting.
    private func podsOf(_ daemonSet: DaemonSet, revision: String, now: Date) -> [RolloutInput.Pod] {
        let pods = self.pods.store.byIndex(IndexName.controllerUID, daemonSet.metadata.uid)
        let uids = Set(pods.map(\.metadata.uid))
        let pending = deleted.withLock { deleted in
            // Forget the pods the cache shows deleting or gone.
            deleted = deleted.filter { uid in
                uids.contains(uid) && pods.contains { $0.metadata.uid == uid && $0.metadata.deletionTimestamp == nil }
            }
            return deleted
        }
        return pods.compactMap { pod -> RolloutInput.Pod? in
            guard let nodeName = DaemonPod.targetNodeName(of: pod) else { return nil }
            let ready = pod.status.conditions.first { $0.type == "Ready" }
            return RolloutInput.Pod(
                name: pod.metadata.name, uid: pod.metadata.uid, nodeName: nodeName,
                updated: pod.metadata.labels[DaemonSetKeys.controllerRevisionHash] == revision,
                available: pod.isAvailable(minReadySeconds: daemonSet.spec.minReadySeconds, now: now),
                deleting: pod.metadata.deletionTimestamp != nil || pending.contains(pod.metadata.uid),
                trouble: PodTrouble.of(pod), created: pod.metadata.creationTimestamp?.date ?? now,
                readySince: ready?.status == "True" ? ready?.lastTransitionTime?.date : nil)
        }
    }

    /// Puts back the template of the last revision that completed (`RolloutActions.restore`, as `kubectl
    /// rollout undo`), promoted past any canary step so the way back is not held.
    private func rollBack(
        _ daemonSet: DaemonSet, from revision: String, revisions owned: [ControllerRevision], plan: RolloutPlan
    ) async throws {
        guard let completed = daemonSet.metadata.annotations[RolloutPolicy.completedRevision], completed != revision,
            let target = owned.first(where: { $0.metadata.labels[DaemonSetKeys.controllerRevisionHash] == completed })
        else {
            try await report(daemonSet, .rolloutFailed, message: plan.message + "; no earlier revision completed to roll back to")
            return
        }
        try await RolloutActions(client: client).restore(daemonSet, to: target)
        recorder.event(
            daemonSet, type: "Warning", reason: RolloutPlan.Reason.rolledBack.rawValue,
            message: "Rolled back to revision \(target.revision) (\(completed)): " + plan.message)
        try await report(daemonSet, .rolledBack, message: "rolled back to revision \(target.revision): " + plan.message)
    }

    private func annotate(_ daemonSet: DaemonSet, _ annotations: [String: String]) async throws {
        let values = JSONValue.object(annotations.mapValues { .string($0) })
        _ = try await client.patch(
            DaemonSet.self, name: daemonSet.metadata.name, namespace: daemonSet.metadata.namespace,
            patch: .merge(["metadata": ["annotations": values]]))
    }

    /// Writes the `Progressing` condition when it changed, with an Event when its reason did.
    private func report(_ daemonSet: DaemonSet, _ plannedReason: RolloutPlan.Reason, message: String) async throws {
        let (status, reason) = (plannedReason.conditionStatus, plannedReason.rawValue)
        let warning = plannedReason.isFailure
        let previous = daemonSet.status.conditions.first { $0.type == Self.conditionType }
        if previous?.status == status && previous?.reason == reason && previous?.message == message { return }
        if previous?.reason != reason {
            recorder.event(daemonSet, type: warning ? "Warning" : "Normal", reason: reason, message: message)
        }
        var condition = DaemonSetCondition()
        condition.type = Self.conditionType
        condition.status = status
        condition.reason = reason
        condition.message = message
        condition.lastTransitionTime =
            previous?.status == status ? previous?.lastTransitionTime : Time(clock.date)
        let conditions = daemonSet.status.conditions.filter { $0.type != Self.conditionType } + [condition]
        let patch: JSONValue = ["status": ["conditions": .array(try conditions.map { try JSONValue.parse($0.jsonData()) })]]
        _ = try await client.patch(
            DaemonSet.self, name: daemonSet.metadata.name, namespace: daemonSet.metadata.namespace, patch: .merge(patch),
            subresource: "status")
    }
}
