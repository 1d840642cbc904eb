import Foundation
import KubeModel

/// The DaemonSet sync (`syncDaemonSet`) as a pure function: observed state in, a plan out.
public enum DaemonSetSync {
    /// Plans one sync of `input.daemonSet`.
    public static func plan(_ input: DaemonSetSyncInput) -> DaemonSetSyncPlan {
        var plan = DaemonSetSyncPlan()
        guard let (prepared, history) = prepare(input, into: &plan) else { return plan }
        var context = prepared
        guard input.expectationsSatisfied else {
            plan.status = context.status(updateObservedGeneration: false, plan: &plan)
            return plan
        }

        context.manage(into: &plan)
        // Upstream runs the rolling update only once manage's creates and deletes are observed. The plan
        // assumes its own actions take effect (as upstream's unit tests observe them at once), so the rolling
        // update works on the state after manage and one sync does what upstream needs two for.
        context.assumeApplied(plan)
        if plan.error == nil && input.daemonSet.spec.updateStrategy.type == DaemonSetUpdateStrategy.rollingUpdate {
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

    /// The status written after a sync whose pod writes failed, counted from `input` (the caches as they are
    /// after the failure), with `observedGeneration` raised: upstream's `syncDaemonSet` calls
    /// `updateDaemonSetStatus(..., updateObservedGen: true)` whether or not `manage` failed. Nil when the
    /// status is current, or when the DaemonSet cannot be synced at all.
    public static func statusAfterFailedSync(_ input: DaemonSetSyncInput) -> DaemonSetStatus? {
        var plan = DaemonSetSyncPlan()
        guard let (context, _) = prepare(input, into: &plan) else { return nil }
        return context.status(updateObservedGeneration: true, plan: &plan)
    }

    /// What every sync does first: the checks that end it early (a selector selecting everything, a
    /// DaemonSet being deleted, an invalid selector), its history, and its pods claimed and grouped by node.
    /// Nil when the sync ends there; `plan` then says why.
    private static func prepare(
        _ input: DaemonSetSyncInput, into plan: inout DaemonSetSyncPlan
    ) -> (SyncContext, SyncContext.History)? {
        plan.backoff = input.backoff
        let daemonSet = input.daemonSet
        if let selector = daemonSet.spec.selector, selector.isEmpty, selector.unknownFields.isEmpty {
            plan.events.append(
                DaemonSetEvent(
                    type: "Warning", reason: DaemonSetEventReason.selectingAll,
                    message: "This daemon set is selecting all pods. A non-empty selector is required."))
            return nil
        }
        // A DaemonSet being deleted cannot trust its history (the garbage collector may be removing it).
        if daemonSet.metadata.deletionTimestamp != nil { return nil }

        let selector: LabelQuery
        do {
            selector = try LabelQuery(daemonSet.spec.selector)
        } catch {
            plan.error = DaemonSetSyncError(
                message: "couldn't get node to daemon pod mapping for daemon set \"\(daemonSet.metadata.name)\": \(error)")
            return nil
        }
        var context = SyncContext(input: input, selector: selector)
        guard let history = context.constructHistory(into: &plan) else { return nil }
        context.hash = history.hash
        plan.hash = history.hash
        context.claimAndIndexPods(into: &plan)
        return (context, history)
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
    /// Revision hashes given to pods by revision dedup, by pod name.
    var relabels: [String: String] = [:]
    /// One entry per claimed pod, plus pods this sync creates.
    var facts: [PodFacts] = []
    /// Facts by node, without terminal pods being deleted.
    var podsOfNode: NodePodIndex
    /// Facts of claimed pods whose node is not in the node list, by node name.
    var podsOfMissingNode: [String: [Int]] = [:]
    var hash = ""
    let templateGeneration: Int64?
    let now: Date
    let configuration: DaemonSetSyncConfiguration
    let rules: ClaimRules
    let revisions: [ControllerRevision]
    let memo: PodFactsMemo?
    let nodesIdentity: any AnyObject & Sendable

    init(input: DaemonSetSyncInput, selector: LabelQuery) {
        daemonSet = input.daemonSet
        placements = input.nodes.placements(for: DaemonPlacement(daemonSet: input.daemonSet))
        nodeNames = input.nodes.names
        nodeIndex = input.nodes.index
        pods = input.pods
        podsOfNode = NodePodIndex(nodeCount: input.nodes.count, factCapacity: input.pods.count)
        templateGeneration = DaemonPod.templateGeneration(of: input.daemonSet)
        now = input.now
        configuration = input.configuration
        rules = ClaimRules(
            uid: input.daemonSet.metadata.uid, namespace: input.daemonSet.metadata.namespace,
            beingDeleted: input.daemonSet.metadata.deletionTimestamp != nil, selector: selector)
        revisions = input.revisions
        memo = input.podFacts
        nodesIdentity = input.nodes.identity
    }

    /// Indices of the pods this DaemonSet owns after claiming (needed early only by revision dedup).
    func claimedPodIndices() -> [Int] {
        pods.indices.filter { index in
            rules.decide(
                ownerReferences: pods[index].metadata.ownerReferences, labels: pods[index].metadata.labels,
                namespace: pods[index].metadata.namespace, deleting: pods[index].metadata.deletionTimestamp != nil
            ).isClaimed
        }
    }

    /// `ClaimPods` then `getNodesToDaemonPods(ds, false)` in one pass: keeps owned matching pods, adopts
    /// matching orphans, releases owned pods that stopped matching, and groups the claimed ones by target
    /// node. Terminal pods being deleted no longer occupy their node; pods whose node cannot be told are
    /// skipped. Pods the memo knows are not read again (but for the name and UID of a claim).
    mutating func claimAndIndexPods(into plan: inout DaemonSetSyncPlan) {
        // Revision dedup relabels pods for this sync only: such a sync reads every pod and remembers nothing.
        let memo = relabels.isEmpty ? self.memo : nil
        let key = PodFactsMemo.Key(
            uid: daemonSet.metadata.uid, namespace: daemonSet.metadata.namespace, selector: daemonSet.spec.selector,
            hash: hash, templateGeneration: templateGeneration, minReadySeconds: daemonSet.spec.minReadySeconds)
        let previous = memo?.take(key: key, nodes: nodesIdentity)
        var known = RememberedPods(previous)
        var remembered: [PodFactsMemo.Remembered] = []
        var facts: [PodFacts] = []
        facts.reserveCapacity(pods.count)
        if memo != nil { remembered.reserveCapacity(pods.count) }
        var podsOfNode = self.podsOfNode
        var podsOfMissingNode: [String: [Int]] = [:]
        pods.withUnsafeBufferPointer { pods in
            guard let base = pods.baseAddress else { return }
            for index in pods.indices {
                let entry: PodFactsMemo.Remembered
                if let found = known.lookUp(pods[index].storageIdentity, uid: { pods[index].metadata.uid }, at: index) {
                    entry = found
                } else {
                    if previous == nil { PodPrefetch.ahead(of: index, in: pods) }
                    entry = read(base + index, index: index)
                }
                if memo != nil { remembered.append(entry) }
                let decision = entry.decision
                if decision == .adopt || decision == .release {
                    plan.podClaims.append(
                        ObjectClaim(name: pods[index].metadata.name, uid: pods[index].metadata.uid, decision: decision))
                }
                guard decision.isClaimed else { continue }
                var fact = entry.facts
                fact.pod = Int32(truncatingIfNeeded: index)
                fact.updateAvailability(now: now)
                facts.append(fact)
                guard fact.flags.contains(.targeted), !(fact.deleting && fact.isTerminal) else { continue }
                if fact.node >= 0 {
                    podsOfNode.append(facts.count - 1, toNode: Int(fact.node))
                } else if let target = target(of: base + index) {
                    podsOfMissingNode[target, default: []].append(facts.count - 1)
                }
            }
        }
        if let memo {
            memo.put(PodFactsMemo.Snapshot(key: key, nodes: nodesIdentity, pods: pods, remembered: remembered))
        }
        self.facts = facts
        self.podsOfNode = podsOfNode
        self.podsOfMissingNode = podsOfMissingNode
    }

    /// The node a pod targets (`GetTargetNodeName`): its `nodeName`, else the one its affinity pins it to.
    private func target(of pod: UnsafePointer<Pod>) -> String? {
        let nodeName = pod.pointee.spec.nodeName
        return nodeName.isEmpty ? DaemonPod.targetNodeName(nodeName: nodeName, affinity: pod.pointee.spec.affinity) : nodeName
    }

    /// Reads what a sync needs of input pod `index`: the claim decision and the facts.
    private func read(_ pod: UnsafePointer<Pod>, index: Int) -> PodFactsMemo.Remembered {
        let decision = rules.decide(
            ownerReferences: pod.pointee.metadata.ownerReferences, labels: pod.pointee.metadata.labels,
            namespace: pod.pointee.metadata.namespace, deleting: pod.pointee.metadata.deletionTimestamp != nil)
        guard decision.isClaimed else { return PodFactsMemo.Remembered(decision: decision, facts: PodFacts(unclaimed: index)) }
        let target = target(of: pod)
        var facts = PodFacts(
            pod, index: index, node: target.flatMap { nodeIndex[$0] } ?? -1, hash: hash,
            templateGeneration: templateGeneration, minReadySeconds: daemonSet.spec.minReadySeconds, now: now,
            relabel: relabels.isEmpty ? nil : relabels[pod.pointee.metadata.name])
        if target != nil { facts.flags.insert(.targeted) }
        return PodFactsMemo.Remembered(decision: decision, facts: facts)
    }

    /// The name of the pod behind a fact ("" for a pod this sync creates).
    func name(_ fact: Int) -> String {
        let pod = Int(facts[fact].pod)
        return pod >= 0 ? pods[pod].metadata.name : ""
    }

    /// `podByCreationTimestampAndPhase` on facts.
    func isOrderedBefore(_ lhs: Int, _ rhs: Int) -> Bool {
        let (left, right) = (facts[lhs], facts[rhs])
        if left.scheduled != right.scheduled { return left.scheduled }
        if left.created == right.created { return name(lhs) < name(rhs) }
        return left.created < right.created
    }

    /// Fact indices ordered oldest first.
    func sortedByAge(_ indices: [Int]) -> [Int] {
        indices.sorted(by: isOrderedBefore)
    }

    /// The first pod on a node in age order.
    func oldest(onNode node: Int) -> Int? {
        var oldest: Int?
        for index in podsOfNode.pods(onNode: node) {
            if let current = oldest, !isOrderedBefore(index, current) { continue }
            oldest = index
        }
        return oldest
    }

    /// Treats the plan's pod deletions and creations from `start` on as done: deleted pods leave their node,
    /// created pods join theirs (unscheduled, pinned by affinity, not ready), as the informer will show them.
    mutating func assumeApplied(_ plan: DaemonSetSyncPlan, from start: (creates: Int, deletes: Int) = (0, 0)) {
        for deletion in plan.podsToDelete[start.deletes...] {
            if let position = nodeIndex[deletion.nodeName] {
                for index in podsOfNode.pods(onNode: position) where name(index) == deletion.name {
                    podsOfNode.remove(index)
                }
            } else if var missing = podsOfMissingNode[deletion.nodeName] {
                missing.removeAll { name($0) == deletion.name }
                podsOfMissingNode[deletion.nodeName] = missing
            }
        }
        for creation in plan.podsToCreate[start.creates...] {
            guard let position = nodeIndex[creation.nodeName] else { continue }
            facts.append(PodFacts(createdOn: position, hash: hash))
            podsOfNode.append(facts.count - 1, toNode: position)
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
