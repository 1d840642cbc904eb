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
    /// Node names, in the input's order (reading them from `[Node]` would copy whole nodes).
    let nodeNames: [String]
    let placements: [NodePlacement]
    let nodeIndex: [String: Int]
    let pods: [Pod]
    /// Indices into `pods` of the pods this DaemonSet owns after claiming.
    var claimed: [Int] = []
    /// Revision hashes given to pods by revision dedup, by pod name.
    var relabels: [String: String] = [:]
    /// One entry per claimed pod (same order as `claimed`), plus pods this sync creates.
    var facts: [PodFacts] = []
    /// Per node (same index as `nodes`): indices into `facts`, without terminal pods being deleted.
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
        let placement = DaemonPlacement(daemonSet: input.daemonSet)
        var placements: [NodePlacement] = []
        var names: [String] = []
        var index: [String: Int] = [:]
        placements.reserveCapacity(input.nodes.count)
        names.reserveCapacity(input.nodes.count)
        index.reserveCapacity(input.nodes.count)
        // Buffer access borrows each node instead of copying it.
        input.nodes.withUnsafeBufferPointer { nodes in
            for position in nodes.indices {
                let name = nodes[position].metadata.name
                placements.append(
                    placement.evaluate(name: name, labels: nodes[position].metadata.labels, taints: nodes[position].spec.taints))
                names.append(name)
                index[name] = position
            }
        }
        self.placements = placements
        nodeNames = names
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
        let rules = rules
        pods.withUnsafeBufferPointer { pods in
            for index in pods.indices {
                let decision = rules.decide(
                    ownerReferences: pods[index].metadata.ownerReferences, labels: pods[index].metadata.labels,
                    namespace: pods[index].metadata.namespace, deleting: pods[index].metadata.deletionTimestamp != nil)
                if decision == .adopt || decision == .release {
                    plan.podClaims.append(
                        ObjectClaim(name: pods[index].metadata.name, uid: pods[index].metadata.uid, decision: decision))
                }
                if decision.isClaimed { claimed.append(index) }
            }
        }
    }

    /// `getNodesToDaemonPods(ds, false)`: claimed pods by target node; terminal pods being deleted no longer
    /// occupy their node; pods whose node cannot be told are skipped.
    mutating func indexPodsByNode() {
        facts.reserveCapacity(claimed.count)
        let minReadySeconds = daemonSet.spec.minReadySeconds
        let (hash, templateGeneration, now, relabels) = (hash, templateGeneration, now, relabels)
        facts = pods.withUnsafeBufferPointer { pods in
            guard let base = pods.baseAddress else { return [] }
            return claimed.map { index in
                PodFacts(
                    base + index, hash: hash, templateGeneration: templateGeneration,
                    minReadySeconds: minReadySeconds, now: now,
                    relabel: relabels.isEmpty ? nil : relabels[pods[index].metadata.name])
            }
        }
        for position in facts.indices {
            let fact = facts[position]
            if fact.deleting && fact.isTerminal { continue }
            guard let nodeName = fact.targetNode else { continue }
            if let nodePosition = nodeIndex[nodeName] {
                podsOfNode[nodePosition].append(position)
            } else {
                podsOfMissingNode[nodeName, default: []].append(position)
            }
        }
    }

    /// Fact indices ordered oldest first (`podByCreationTimestampAndPhase`).
    func sortedByAge(_ indices: [Int]) -> [Int] {
        let facts = facts
        return indices.sorted { PodFacts.isOrderedBefore(facts[$0], facts[$1]) }
    }

    /// The first of `indices` in age order.
    func oldest(_ indices: [Int]) -> Int? {
        let facts = facts
        return indices.min { PodFacts.isOrderedBefore(facts[$0], facts[$1]) }
    }

    /// Treats the plan's pod deletions and creations from `start` on as done: deleted pods leave their node,
    /// created pods join theirs (unscheduled, pinned by affinity, not ready), as the informer will show them.
    mutating func assumeApplied(_ plan: DaemonSetSyncPlan, from start: (creates: Int, deletes: Int) = (0, 0)) {
        for deletion in plan.podsToDelete[start.deletes...] {
            if let position = nodeIndex[deletion.nodeName] {
                podsOfNode[position].removeAll { facts[$0].name == deletion.name }
            } else {
                podsOfMissingNode[deletion.nodeName]?.removeAll { facts[$0].name == deletion.name }
            }
        }
        for creation in plan.podsToCreate[start.creates...] {
            guard let position = nodeIndex[creation.nodeName] else { continue }
            facts.append(PodFacts(createdOn: creation.nodeName, hash: hash))
            podsOfNode[position].append(facts.count - 1)
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
