import DaemonSetCore
import KubeClient
import KubeModel

extension SyncExecution {
    /// `constructHistory`'s writes: revision claims, hash labels, the snapshot, pod relabels and duplicate
    /// removal for a deduplicated current revision, and its renumbering.
    mutating func applyHistory() async throws {
        for claim in plan.revisionClaims {
            try await apply(claim, to: ControllerRevision.self)
        }
        for revision in plan.revisionLabelUpdates {
            _ = try await client.update(revision)
        }
        if let revision = plan.revisionToCreate {
            try await create(revision)
        }
        for relabel in plan.podRelabels {
            do {
                _ = try await client.patch(
                    Pod.self, name: relabel.podName, namespace: namespace, patch: ClaimPatch.relabel(hash: relabel.hash))
            } catch {
                guard (error as? KubeClientError)?.code == .notFound else { throw error }
            }
        }
        for name in plan.duplicateRevisionsToDelete {
            try await deleteRevision(name)
        }
        if let revision = plan.revisionRenumber {
            _ = try await client.update(revision)
        }
    }

    /// `snapshot`'s create: a name already taken by the same data is ours from an earlier sync; by other data it
    /// is a hash collision, answered by raising `status.collisionCount` and failing this sync.
    private func create(_ revision: ControllerRevision) async throws {
        do {
            _ = try await client.create(revision)
            return
        } catch {
            guard (error as? KubeClientError)?.code == .alreadyExists else { throw error }
        }
        let existing = try await client.get(ControllerRevision.self, name: revision.metadata.name, namespace: namespace)
        if existing.data == revision.data { return }
        try await raiseCollisionCount()
        throw DaemonSetControllerError(
            "controllerrevisions.apps \"\(revision.metadata.name)\" already exists with another template: "
                + "hash collision, status.collisionCount raised")
    }

    /// Raises `status.collisionCount` by one from the live DaemonSet, so the next sync hashes to a new name.
    /// A live count other than the one this sync hashed with means the cache is stale: retry instead.
    func raiseCollisionCount() async throws {
        var live = try await client.get(DaemonSet.self, name: daemonSet.metadata.name, namespace: namespace)
        guard live.status.collisionCount == daemonSet.status.collisionCount else {
            throw DaemonSetControllerError(
                "found a stale collision count (\(daemonSet.status.collisionCount ?? 0), live "
                    + "\(live.status.collisionCount ?? 0)) for daemon set \(key); will retry until it is updated")
        }
        live.status.collisionCount = (live.status.collisionCount ?? 0) &+ 1
        _ = try await client.updateStatus(live)
        logger.info(
            "revision hash collision, raised collision count",
            metadata: ["daemonset": .string(key), "collisionCount": .stringConvertible(live.status.collisionCount ?? 0)])
    }

    /// `cleanupHistory`'s deletions; a failure is returned (the sync is retried), not thrown.
    func cleanupHistory() async -> (any Error)? {
        for name in plan.revisionsToDelete {
            do {
                try await deleteRevision(name)
            } catch {
                return error
            }
        }
        return nil
    }

    private func deleteRevision(_ name: String) async throws {
        do {
            try await client.delete(ControllerRevision.self, name: name, namespace: namespace)
        } catch {
            guard (error as? KubeClientError)?.code == .notFound else { throw error }
        }
    }
}
