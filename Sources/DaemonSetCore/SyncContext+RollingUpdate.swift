import Foundation
import KubeModel

/// The rolling-update budgets of one sync (`updatedDesiredNodeCounts`).
public struct RollingUpdateBudget: Sendable, Hashable {
    public var maxSurge: Int
    public var maxUnavailable: Int
    public var desiredNumberScheduled: Int

    /// Resolves `maxUnavailable` and `maxSurge` against the desired count, percentages rounded up; a
    /// configuration with neither (which validation forbids) falls back to one unavailable, as upstream.
    public static func resolve(_ daemonSet: DaemonSet, desiredNumberScheduled desired: Int) throws(DaemonSetSyncError)
        -> RollingUpdateBudget
    {
        var maxUnavailable = 0
        var maxSurge = 0
        let strategy = daemonSet.spec.updateStrategy
        if strategy.type == DaemonSetUpdateStrategy.rollingUpdate, let rolling = strategy.rollingUpdate {
            guard let unavailable = rolling.maxUnavailable else {
                throw DaemonSetSyncError(message: "invalid value for MaxUnavailable: nil value for IntOrString")
            }
            do {
                maxUnavailable = try unavailable.scaledValue(total: desired, roundUp: true)
            } catch {
                throw DaemonSetSyncError(message: "invalid value for MaxUnavailable: \(error.message)")
            }
            if let surge = rolling.maxSurge {
                do {
                    maxSurge = try surge.scaledValue(total: desired, roundUp: true)
                } catch {
                    throw DaemonSetSyncError(message: "invalid value for MaxSurge: \(error.message)")
                }
            }
        }
        if desired > 0 && maxUnavailable == 0 && maxSurge == 0 { maxUnavailable = 1 }
        return RollingUpdateBudget(maxSurge: maxSurge, maxUnavailable: maxUnavailable, desiredNumberScheduled: desired)
    }
}

extension SyncContext {
    /// One node's pods as the rolling update sees them (`findUpdatedPodsOnNode`).
    struct NodeRevisionState {
        var nodeName: String
        /// Index into `nodes`, nil for a node missing from the node list.
        var position: Int?
        var newPod: Int?
        var oldPod: Int?
        /// False when the node has more than one new or more than one old pod (manage prunes those first).
        var ok: Bool
    }

    func revisionState<Pods: Sequence<Int>>(nodeName: String, position: Int?, pods indices: Pods) -> NodeRevisionState {
        var state = NodeRevisionState(nodeName: nodeName, position: position, ok: true)
        for index in indices where !facts[index].deleting {
            if facts[index].updated {
                if state.newPod != nil { state.ok = false; break }
                state.newPod = index
            } else {
                if state.oldPod != nil { state.ok = false; break }
                state.oldPod = index
            }
        }
        if !state.ok {
            state.newPod = nil
            state.oldPod = nil
        }
        return state
    }

    /// `rollingUpdate`: deletes old pods within maxUnavailable (maxSurge 0), or surges new pods next to old
    /// ones within maxSurge and deletes old pods once their replacement is available.
    func rollingUpdate(into plan: inout DaemonSetSyncPlan) {
        var desired = 0
        var states: [NodeRevisionState] = []
        var anyOld = false
        for position in nodeNames.indices {
            let shouldRun = placements[position].shouldRun
            if shouldRun { desired += 1 }
            guard shouldRun || podsOfNode.hasPods(onNode: position) else { continue }
            let state = revisionState(
                nodeName: nodeNames[position], position: position, pods: podsOfNode.pods(onNode: position))
            anyOld = anyOld || state.oldPod != nil
            states.append(state)
        }
        for (nodeName, indices) in podsOfMissingNode {
            let state = revisionState(nodeName: nodeName, position: nil, pods: indices)
            anyOld = anyOld || state.oldPod != nil
            states.append(state)
        }
        let budget: RollingUpdateBudget
        do {
            budget = try RollingUpdateBudget.resolve(daemonSet, desiredNumberScheduled: desired)
        } catch {
            plan.error = DaemonSetSyncError(message: "couldn't get unavailable numbers: \(error.message)")
            return
        }
        // With no old pod anywhere there is nothing to roll; upstream's walk would change nothing.
        guard anyOld else { return }
        // Upstream walks a Go map (random order); walking by node name makes the choice reproducible.
        states.sort { $0.nodeName < $1.nodeName }
        if budget.maxSurge == 0 {
            rollWithoutSurge(states, budget: budget, into: &plan)
        } else {
            rollWithSurge(states, budget: budget, into: &plan)
        }
    }

    private func rollWithoutSurge(_ states: [NodeRevisionState], budget: RollingUpdateBudget, into plan: inout DaemonSetSyncPlan) {
        var numUnavailable = 0
        var replacements: [PodDeletion] = []
        var candidates: [PodDeletion] = []
        for state in states {
            guard state.ok else {
                numUnavailable += 1
                continue
            }
            switch (state.newPod, state.oldPod) {
            case (nil, nil), (.some, .some):
                numUnavailable += 1
            case (let newPod?, nil):
                if !facts[newPod].available { numUnavailable += 1 }
            case (nil, let oldPod?):
                let deletion = PodDeletion(name: name(oldPod), nodeName: state.nodeName, reason: .rollingUpdate)
                if !facts[oldPod].available {
                    replacements.append(deletion)
                    numUnavailable += 1
                } else if numUnavailable < budget.maxUnavailable && candidates.count < budget.maxUnavailable {
                    // Past maxUnavailable candidates none can be used: the budget left is never larger.
                    candidates.append(deletion)
                }
            }
        }
        let remaining = max(0, min(budget.maxUnavailable - numUnavailable, candidates.count))
        issue(creates: [], deletes: replacements + candidates.prefix(remaining), into: &plan)
    }

    private func rollWithSurge(_ states: [NodeRevisionState], budget: RollingUpdateBudget, into plan: inout DaemonSetSyncPlan) {
        var oldPodsToDelete: [PodDeletion] = []
        var shouldNotRunPodsToDelete: [PodDeletion] = []
        var candidateNewNodes: [String] = []
        var allowedNewNodes: [String] = []
        var numSurge = 0
        var numAvailable = 0
        for state in states {
            guard state.ok else {
                numSurge += 1
                continue
            }
            if let oldPod = state.oldPod {
                if facts[oldPod].available { numAvailable += 1 }
            } else if let newPod = state.newPod, facts[newPod].available {
                numAvailable += 1
            }
            guard let oldPod = state.oldPod else { continue }
            let deletion = PodDeletion(name: name(oldPod), nodeName: state.nodeName, reason: .rollingUpdate)
            if let newPod = state.newPod {
                // Already surged here: the old pod goes once the new one is available.
                if facts[newPod].available { oldPodsToDelete.append(deletion) } else { numSurge += 1 }
                continue
            }
            guard let position = state.position else {
                plan.error = DaemonSetSyncError(
                    message: "couldn't get node for nodeName \"\(state.nodeName)\": node \"\(state.nodeName)\" not found")
                return
            }
            let shouldRun = placements[position].shouldRun
            if !facts[oldPod].available {
                if shouldRun { allowedNewNodes.append(state.nodeName) } else { oldPodsToDelete.append(deletion) }
            } else if !shouldRun {
                shouldNotRunPodsToDelete.append(deletion)
            } else if numSurge < budget.maxSurge {
                candidateNewNodes.append(state.nodeName)
            }
        }
        // Old pods on nodes that stopped qualifying go only while more pods are available than desired,
        // so a move between node sets never leaves the application without available pods.
        let deletable = numAvailable - budget.desiredNumberScheduled
        if deletable > 0 {
            oldPodsToDelete += shouldNotRunPodsToDelete.prefix(deletable)
        }
        let remainingSurge = max(0, min(budget.maxSurge - numSurge, candidateNewNodes.count))
        issue(creates: allowedNewNodes + candidateNewNodes.prefix(remainingSurge), deletes: oldPodsToDelete, into: &plan)
    }
}
