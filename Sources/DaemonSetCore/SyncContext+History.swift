import Foundation
import KubeModel

extension SyncContext {
    /// The current revision's hash and the older revisions.
    struct History {
        var hash: String
        var old: [ControllerRevision]
    }

    /// `constructHistory`: claims revisions, labels unlabelled ones, finds the current revision by data,
    /// snapshots it when missing, deduplicates it and moves it to the top revision number.
    mutating func constructHistory(into plan: inout DaemonSetSyncPlan) -> History? {
        let patch: JSONValue
        do {
            patch = try RevisionHistory.patch(for: daemonSet)
        } catch {
            plan.error = DaemonSetSyncError(message: "failed to construct revisions of DaemonSet: \(error)")
            return nil
        }
        var claimedRevisions: [ControllerRevision] = []
        for revision in revisions.sorted(by: { $0.metadata.name < $1.metadata.name }) {
            let decision = rules.decide(revision.metadata)
            let claim = ObjectClaim(name: revision.metadata.name, uid: revision.metadata.uid, decision: decision)
            switch decision {
            case .owned:
                claimedRevisions.append(revision)
            case .adopt:
                plan.revisionClaims.append(claim)
                var adopted = revision
                adopted.metadata.ownerReferences.append(ControllerRef.of(daemonSet))
                claimedRevisions.append(adopted)
            case .release:
                plan.revisionClaims.append(claim)
            case .ignore:
                break
            }
        }
        var current: [ControllerRevision] = []
        var old: [ControllerRevision] = []
        for var revision in claimedRevisions {
            // The name stands in for the hash, so a revision never needs rehashing.
            if revision.metadata.labels[DaemonSetKeys.controllerRevisionHash] == nil {
                revision.metadata.labels[DaemonSetKeys.controllerRevisionHash] = revision.metadata.name
                plan.revisionLabelUpdates.append(revision)
            }
            if revision.data == patch { current.append(revision) } else { old.append(revision) }
        }
        let nextRevision = (old.map(\.revision).max() ?? 0) + 1

        var kept: ControllerRevision
        if current.isEmpty {
            let snapshot: ControllerRevision
            do {
                snapshot = try RevisionHistory.snapshot(of: daemonSet, revision: nextRevision, patch: patch)
            } catch {
                plan.error = DaemonSetSyncError(message: "failed to construct revisions of DaemonSet: \(error)")
                return nil
            }
            if let existing = revisions.first(where: { $0.metadata.name == snapshot.metadata.name }) {
                switch RevisionHistory.resolveNameClash(
                    existing: existing, patch: patch, liveCollisionCount: daemonSet.status.collisionCount)
                {
                case .useExisting(let revision):
                    kept = revision
                case .bumpCollisionCount(let count):
                    plan.collisionCount = count
                    plan.error = DaemonSetSyncError(
                        message: "failed to construct revisions of DaemonSet: controllerrevisions.apps "
                            + "\"\(snapshot.metadata.name)\" already exists")
                    return nil
                }
            } else {
                plan.revisionToCreate = snapshot
                kept = snapshot
            }
        } else {
            // Keep the highest revision (the later one on ties); relabel pods to it and drop the others.
            kept = current[0]
            for revision in current where revision.revision >= kept.revision { kept = revision }
            if current.count > 1 {
                let keptHash = kept.metadata.labels[DaemonSetKeys.controllerRevisionHash] ?? ""
                for index in claimedPodIndices()
                where pods[index].metadata.labels[DaemonSetKeys.controllerRevisionHash] != keptHash {
                    let name = pods[index].metadata.name
                    plan.podRelabels.append(PodRelabel(podName: name, hash: keptHash))
                    relabels[name] = keptHash
                }
                for revision in current where revision.metadata.name != kept.metadata.name {
                    plan.duplicateRevisionsToDelete.append(revision.metadata.name)
                }
            }
            if kept.revision < nextRevision {
                kept.revision = nextRevision
                plan.revisionRenumber = kept
            }
        }
        return History(hash: kept.metadata.labels[DaemonSetKeys.controllerRevisionHash] ?? "", old: old)
    }

    /// `cleanupHistory`: deletes the oldest revisions beyond `revisionHistoryLimit` that no pod (terminal
    /// ones included) still carries.
    func cleanupHistory(old: [ControllerRevision], into plan: inout DaemonSetSyncPlan) {
        let limit = Int(daemonSet.spec.revisionHistoryLimit ?? 10)
        var toKill = old.count - limit
        guard toKill > 0 else { return }
        var liveHashes = Set<String>()
        for fact in facts where fact.pod >= 0 && fact.flags.contains(.targeted) {
            let name = pods[Int(fact.pod)].metadata.name
            let label = relabels[name] ?? pods[Int(fact.pod)].metadata.labels[DaemonSetKeys.controllerRevisionHash]
            if let hash = label, !hash.isEmpty { liveHashes.insert(hash) }
        }
        for revision in old.sorted(by: { ($0.revision, $0.metadata.name) < ($1.revision, $1.metadata.name) }) {
            if toKill <= 0 { break }
            if let hash = revision.metadata.labels[DaemonSetKeys.controllerRevisionHash], liveHashes.contains(hash) {
                continue
            }
            plan.revisionsToDelete.append(revision.metadata.name)
            toKill -= 1
        }
    }
}
