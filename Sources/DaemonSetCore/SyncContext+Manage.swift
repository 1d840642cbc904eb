import Foundation
import KubeModel

extension SyncContext {
    /// `AllowsSurge`: maxSurge resolves to more than zero against one node.
    var allowsSurge: Bool {
        guard daemonSet.spec.updateStrategy.type == DaemonSetUpdateStrategy.rollingUpdate,
            let surge = daemonSet.spec.updateStrategy.rollingUpdate?.maxSurge,
            let count = try? surge.scaledValue(total: 1, roundUp: true)
        else { return false }
        return count > 0
    }

    /// `manage`: which nodes need a pod and which pods must go (failed, succeeded, excess, misscheduled).
    mutating func manage(into plan: inout DaemonSetSyncPlan) {
        var nodesNeedingPods: [String] = []
        var deletes: [PodDeletion] = []
        let surge = allowsSurge
        let namespace = daemonSet.metadata.namespace
        // Reused for every node so a steady state allocates nothing per node.
        var running: [Int] = []
        for position in nodeNames.indices {
            let placement = placements[position]
            let nodeName = nodeNames[position]
            let nodePods = podsOfNode.pods(onNode: position)
            if placement.shouldRun && !podsOfNode.hasPods(onNode: position) {
                nodesNeedingPods.append(nodeName)
            } else if placement.shouldContinueRunning {
                running.removeAll(keepingCapacity: true)
                for index in nodePods {
                    if facts[index].deleting { continue }
                    if facts[index].failed {
                        let key = FailedPodBackoff.key(
                            uid: daemonSet.metadata.uid, observedGeneration: daemonSet.status.observedGeneration,
                            nodeName: nodeName)
                        if plan.backoff.isInBackOffSinceUpdate(key, now: now) {
                            plan.requeue(after: plan.backoff.delay(key))
                            continue
                        }
                        plan.backoff.next(key, now: now)
                        plan.events.append(
                            DaemonSetEvent(
                                type: "Warning", reason: DaemonSetEventReason.failedDaemonPod,
                                message: "Found failed daemon pod \(namespace)/\(name(index)) on node "
                                    + "\(nodeName), will try to kill it"))
                        deletes.append(PodDeletion(name: name(index), nodeName: nodeName, reason: .failed))
                    } else if facts[index].succeeded {
                        plan.events.append(
                            DaemonSetEvent(
                                type: "Normal", reason: DaemonSetEventReason.succeededDaemonPod,
                                message: "Found succeeded daemon pod \(namespace)/\(name(index)) on node "
                                    + "\(nodeName), will try to delete it"))
                        deletes.append(PodDeletion(name: name(index), nodeName: nodeName, reason: .succeeded))
                    } else {
                        running.append(index)
                    }
                }
                if !surge {
                    // Without surge a node keeps its oldest running pod; a node whose pods are all terminating
                    // waits for them to go before it gets a new one.
                    guard running.count > 1 else { continue }
                    for index in sortedByAge(running).dropFirst() {
                        deletes.append(PodDeletion(name: name(index), nodeName: nodeName, reason: .excess))
                    }
                    continue
                }
                if running.count <= 1 {
                    if running.isEmpty && placement.shouldRun { nodesNeedingPods.append(nodeName) }
                    continue
                }
                // With surge a node may keep its oldest new pod and its oldest old pod; the old one goes
                // once it is unready or the new one is available.
                var oldestNew: Int?
                var oldestOld: Int?
                for index in sortedByAge(running) {
                    if facts[index].hashMatches {
                        if oldestNew == nil {
                            oldestNew = index
                            continue
                        }
                    } else if oldestOld == nil {
                        oldestOld = index
                        continue
                    }
                    deletes.append(PodDeletion(name: name(index), nodeName: nodeName, reason: .excess))
                }
                if let newPod = oldestNew, let oldPod = oldestOld, !facts[oldPod].ready || facts[newPod].available {
                    deletes.append(PodDeletion(name: name(oldPod), nodeName: nodeName, reason: .rollingUpdate))
                }
            } else {
                for index in nodePods where !facts[index].deleting {
                    deletes.append(PodDeletion(name: name(index), nodeName: nodeName, reason: .misscheduled))
                }
            }
        }
        // Never-scheduled pods pinned to a node that is gone: pod GC cannot clean those up.
        for nodeName in podsOfMissingNode.keys.sorted() {
            for index in podsOfMissingNode[nodeName] ?? [] where !facts[index].scheduled {
                deletes.append(PodDeletion(name: name(index), nodeName: nodeName, reason: .nodeMissing))
            }
        }
        issue(creates: nodesNeedingPods, deletes: deletes, into: &plan)
    }
}
