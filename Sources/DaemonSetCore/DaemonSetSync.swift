import Foundation
import KubeModel

/// The DaemonSet sync (`syncDaemonSet`) as a pure function: observed state in, a plan out.
public enum DaemonSetSync {
    /// Plans one sync of `input.daemonSet`.
    public static func plan(_ input: DaemonSetSyncInput) -> DaemonSetSyncPlan {
        var plan = DaemonSetSyncPlan()
        plan.backoff = input.backoff
        let daemonSet = input.daemonSet
        if let selector = daemonSet.spec.selector, selector.isEmpty, selector.unknownFields.isEmpty {
            plan.events.append(
                DaemonSetEvent(
                    type: "Warning", reason: DaemonSetEventReason.selectingAll,
                    message: "This daemon set is selecting all pods. A non-empty selector is required."))
            return plan
        }
        // A DaemonSet being deleted cannot trust its history (the garbage collector may be removing it).
        if daemonSet.metadata.deletionTimestamp != nil { return plan }

        let selector: LabelQuery
        do {
            selector = try LabelQuery(daemonSet.spec.selector)
        } catch {
            plan.error = DaemonSetSyncError(
                message: "couldn't get node to daemon pod mapping for daemon set \"\(daemonSet.metadata.name)\": \(error)")
            return plan
        }
        var context = SyncContext(input: input, selector: selector)
        context.claimPods(into: &plan)

        guard let history = context.constructHistory(into: &plan) else { return plan }
        context.hash = history.hash
        plan.hash = history.hash
        context.indexPodsByNode()

        guard input.expectationsSatisfied else {
            plan.status = context.status(updateObservedGeneration: false, plan: &plan)
            return plan
        }

        context.manage(into: &plan)
        // Upstream runs the rolling update only once manage's creates and deletes are observed. The plan
        // assumes its own actions take effect (as upstream's unit tests observe them at once), so the rolling
        // update works on the state after manage and one sync does what upstream needs two for.
        context.assumeApplied(plan)
        if plan.error == nil && daemonSet.spec.updateStrategy.type == DaemonSetUpdateStrategy.rollingUpdate {
            let before = (plan.podsToCreate.count, plan.podsToDelete.count)
            context.rollingUpdate(into: &plan)
            context.assumeApplied(plan, from: before)
        }
        if plan.error == nil {
            context.cleanupHistory(old: history.old, into: &plan)
        }
        plan.status = context.status(updateObservedGeneration: true, plan: &plan)
        return plan
    }
}

/// The state one sync works on: nodes with their placement, claimed pods grouped by node.
struct SyncContext {
    let daemonSet: DaemonSet
    let nodes: [Node]
    let placements: [NodePlacement]
    let nodeIndex: [String: Int]
    var pods: [Pod]
    /// Indices into `pods` of the pods this DaemonSet owns after claiming.
    var claimed: [Int] = []
    /// Per node (same index as `nodes`): claimed pods, excluding terminal pods being deleted.
    var podsOfNode: [[Int]]
    /// Claimed pods whose node is not in the node list, by node name.
    var podsOfMissingNode: [String: [Int]] = [:]
    var hash = ""
    let templateGeneration: Int64?
    let now: Date
    let configuration: DaemonSetSyncConfiguration
    let rules: ClaimRules
    let revisions: [ControllerRevision]

    init(input: DaemonSetSyncInput, selector: LabelQuery) {
        daemonSet = input.daemonSet
        nodes = input.nodes
        let placement = DaemonPlacement(daemonSet: input.daemonSet)
        placements = input.nodes.map { placement.evaluate($0) }
        var index: [String: Int] = [:]
        index.reserveCapacity(input.nodes.count)
        for (position, node) in input.nodes.enumerated() { index[node.metadata.name] = position }
        nodeIndex = index
        pods = input.pods
        podsOfNode = Array(repeating: [], count: input.nodes.count)
        templateGeneration = DaemonPod.templateGeneration(of: input.daemonSet)
        now = input.now
        configuration = input.configuration
        rules = ClaimRules(
            uid: input.daemonSet.metadata.uid, namespace: input.daemonSet.metadata.namespace,
            beingDeleted: input.daemonSet.metadata.deletionTimestamp != nil, selector: selector)
        revisions = input.revisions
    }

    /// `ClaimPods`: keeps owned matching pods, adopts matching orphans, releases owned pods that stopped matching.
    mutating func claimPods(into plan: inout DaemonSetSyncPlan) {
        claimed.reserveCapacity(pods.count)
        for index in pods.indices {
            let meta = pods[index].metadata
            let decision = rules.decide(meta)
            switch decision {
            case .owned:
                claimed.append(index)
            case .adopt:
                claimed.append(index)
                pods[index].metadata.ownerReferences.append(ControllerRef.of(daemonSet))
                plan.podClaims.append(ObjectClaim(name: meta.name, uid: meta.uid, decision: .adopt))
            case .release:
                plan.podClaims.append(ObjectClaim(name: meta.name, uid: meta.uid, decision: .release))
            case .ignore:
                break
            }
        }
    }

    /// `getNodesToDaemonPods(ds, false)`: claimed pods by target node; terminal pods being deleted no longer
    /// occupy their node; pods whose node cannot be told are skipped.
    mutating func indexPodsByNode() {
        for index in claimed {
            let pod = pods[index]
            if pod.metadata.deletionTimestamp != nil && pod.isTerminal { continue }
            guard let nodeName = DaemonPod.targetNodeName(of: pod) else { continue }
            if let position = nodeIndex[nodeName] {
                podsOfNode[position].append(index)
            } else {
                podsOfMissingNode[nodeName, default: []].append(index)
            }
        }
    }

    func sortedByAge(_ indices: [Int]) -> [Int] {
        indices.sorted { DaemonPod.isOrderedBefore(pods[$0], pods[$1]) }
    }

    func isAvailable(_ index: Int) -> Bool {
        pods[index].isAvailable(minReadySeconds: daemonSet.spec.minReadySeconds, now: now)
    }

    func isUpdated(_ index: Int) -> Bool {
        DaemonPod.isUpdated(pods[index], hash: hash, templateGeneration: templateGeneration)
    }

    /// Treats the plan's pod deletions and creations from `start` on as done: deleted pods leave their node,
    /// created pods join theirs (unscheduled, pinned by affinity, not ready), as the informer will show them.
    mutating func assumeApplied(_ plan: DaemonSetSyncPlan, from start: (creates: Int, deletes: Int) = (0, 0)) {
        for deletion in plan.podsToDelete[start.deletes...] {
            if let position = nodeIndex[deletion.nodeName] {
                podsOfNode[position].removeAll { pods[$0].metadata.name == deletion.name }
            } else {
                podsOfMissingNode[deletion.nodeName]?.removeAll { pods[$0].metadata.name == deletion.name }
            }
        }
        for creation in plan.podsToCreate[start.creates...] {
            guard let position = nodeIndex[creation.nodeName] else { continue }
            pods.append(creation.pod)
            claimed.append(pods.count - 1)
            podsOfNode[position].append(pods.count - 1)
        }
    }

    /// `syncNodes`: caps creates and deletes at BurstReplicas and builds the pods to create.
    func issue(creates nodeNames: [String], deletes: [PodDeletion], into plan: inout DaemonSetSyncPlan) {
        let burst = configuration.burstReplicas
        var deletes = deletes
        if deletes.count > burst {
            deletes.sort { ($0.nodeName, $0.name) < ($1.nodeName, $1.name) }
            deletes.removeLast(deletes.count - burst)
        }
        plan.podsToDelete += deletes
        guard !nodeNames.isEmpty else { return }
        let template = DaemonPodTemplate(daemonSet: daemonSet, hash: hash)
        for nodeName in nodeNames.sorted().prefix(burst) {
            plan.podsToCreate.append(PodCreation(nodeName: nodeName, pod: template.pod(for: nodeName)))
        }
    }
}
