import DaemonSetCore
import KubeClient
import KubeModel
import KubeRuntime

extension SyncExecution {
    /// `syncNodes`: raises expectations for every create and delete before the first call, creates pods in
    /// slow-start batches, deletes concurrently, and lowers expectations for calls that failed or were
    /// skipped (their events will never come). Returns the failures.
    func syncNodes() async -> [any Error] {
        let creations = plan.podsToCreate
        let deletions = plan.podsToDelete
        guard !creations.isEmpty || !deletions.isEmpty else { return [] }
        let (controller, key, daemonSet) = (self.controller, self.key, self.daemonSet)
        controller.expectations.setExpectations(key, add: creations.count, delete: deletions.count)
        var errors: [any Error] = []
        if !creations.isEmpty {
            let result = await SlowStart.run(count: creations.count) { index -> (any Error)? in
                await Self.create(creations[index], of: daemonSet, key: key, controller: controller)
            }
            if result.skipped > 0 {
                controller.logger.debug(
                    "slow-start failure: skipping creation of pods",
                    metadata: ["daemonset": .string(key), "skipped": .stringConvertible(result.skipped)])
                controller.expectations.lowerExpectations(key, add: result.skipped, delete: 0)
            }
            errors += result.errors
        }
        errors += await withTaskGroup(of: (any Error)?.self, returning: [any Error].self) { group in
            for deletion in deletions {
                group.addTask { await Self.delete(deletion, of: daemonSet, key: key, controller: controller) }
            }
            var failures: [any Error] = []
            for await failure in group {
                if let failure { failures.append(failure) }
            }
            return failures
        }
        return errors
    }

    /// Creates one pod; nil on success (or in a terminating namespace, which upstream ignores).
    private static func create(
        _ creation: PodCreation, of daemonSet: DaemonSet, key: String, controller: DaemonSetController
    ) async -> (any Error)? {
        do {
            let name = try await controller.client.createReturningName(creation.pod)
            controller.recorder.event(
                daemonSet, type: EventType.normal, reason: DaemonSetEventReason.successfulCreate,
                message: "Created pod: \(name)")
            return nil
        } catch {
            let status = (error as? KubeClientError)?.status
            if status?.details?.causes.contains(where: { $0.reason == "NamespaceTerminating" }) == true {
                // The namespace is going away with the DaemonSet in it: nothing to retry (and, as upstream, the
                // expectation stays until it times out).
                return nil
            }
            controller.expectations.creationObserved(key)
            // A controller stopping mid-sync has nothing to report; the next one recomputes.
            if Task.isCancelled { return error }
            controller.recorder.event(
                daemonSet, type: EventType.warning, reason: DaemonSetEventReason.failedCreate,
                message: "Error creating: \(error)")
            controller.logger.warning(
                "failed to create pod",
                metadata: ["daemonset": .string(key), "node": .string(creation.nodeName), "error": "\(error)"])
            return error
        }
    }

    /// Deletes one pod; nil on success or when it is already gone.
    private static func delete(
        _ deletion: PodDeletion, of daemonSet: DaemonSet, key: String, controller: DaemonSetController
    ) async -> (any Error)? {
        do {
            try await controller.client.deleteDiscardingResponse(
                Pod.self, name: deletion.name, namespace: daemonSet.metadata.namespace)
            controller.recorder.event(
                daemonSet, type: EventType.normal, reason: DaemonSetEventReason.successfulDelete,
                message: "Deleted pod: \(deletion.name)")
            return nil
        } catch {
            controller.expectations.deletionObserved(key)
            if (error as? KubeClientError)?.code == .notFound { return nil }
            if Task.isCancelled { return error }
            controller.recorder.event(
                daemonSet, type: EventType.warning, reason: DaemonSetEventReason.failedDelete,
                message: "Error deleting: \(error)")
            return error
        }
    }
}
