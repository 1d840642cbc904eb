import Foundation
import KubeModel

/// The progressive rollout of an `OnDelete` DaemonSet as a pure function: which old pods to delete now so that
/// the canary nodes go first, then one wave at a time (each complete, available and baked before the next),
/// never more than `max-unavailable` pods down (old unavailable pods count too), the partition's nodes kept old,
/// and failed updated pods pausing or rolling back the rollout.
///
/// It is level-based: everything it needs is in the pods and nodes (a step's completion time is when its last
/// pod became ready), so a driver restarted at any moment plans the same.
public enum RolloutPlanner {
    /// The plan for `input`.
    public static func plan(_ input: RolloutInput) -> RolloutPlan {
        let policy = input.policy
        var podsByNode: [String: [RolloutInput.Pod]] = [:]
        for pod in input.pods { podsByNode[pod.nodeName, default: []].append(pod) }
        func live(_ node: RolloutInput.Node) -> [RolloutInput.Pod] { (podsByNode[node.name] ?? []).filter { !$0.deleting } }
        func done(_ node: RolloutInput.Node) -> Bool {
            let pods = live(node)
            return pods.contains { $0.updated && $0.available } && !pods.contains { !$0.updated }
        }

        let desired = input.nodes.count
        let maxUnavailable = max(1, (try? policy.maxUnavailable.scaledValue(total: desired, roundUp: true)) ?? 1)
        var unavailable = RolloutPlan.Unavailable()
        var unavailableCount = 0
        for node in input.nodes {
            let pods = live(node)
            if !node.ready {
                if !pods.contains(where: \.available) { unavailable.nodeNotReady += 1 }
                continue
            }
            guard !pods.contains(where: \.available) else { continue }
            unavailableCount += 1
            if let trouble = pods.compactMap(\.trouble).first {
                switch trouble {
                case .crashLooping: unavailable.crashLooping += 1
                case .imagePull: unavailable.imagePull += 1
                case .configError: unavailable.configError += 1
                case .failed: unavailable.failed += 1
                }
            } else if pods.isEmpty {
                unavailable.missing += 1
            } else {
                unavailable.notYetStarted += 1
            }
        }

        // Failures: updated pods on Ready nodes in trouble, or not available within the progress deadline.
        let readyNodes = Set(input.nodes.filter(\.ready).map(\.name))
        let updated = input.pods.filter { $0.updated && !$0.deleting && readyNodes.contains($0.nodeName) }
        let deadline = policy.progressDeadline.seconds
        let failed = updated.filter { pod in
            !pod.available && (pod.trouble != nil || input.now.timeIntervalSince(pod.created) >= deadline)
        }
        let maxFailures = max(0, (try? policy.maxFailures.scaledValue(total: updated.count, roundUp: false)) ?? 0)

        let steps = Self.steps(policy, nodes: input.nodes)
        let target = steps.reduce(0) { $0 + $1.nodes.count }
        let updatedNodes = input.nodes.filter(done).count
        let counts = "\(updatedNodes) of \(desired) nodes updated, \(unavailableCount) unavailable (max \(maxUnavailable))"
            + (target < desired ? ", \(desired - target) kept at the old revision" : "")
            + (unavailable.nodeNotReady > 0 ? ", \(unavailable.nodeNotReady) on nodes not ready" : "")

        func result(_ reason: RolloutPlan.Reason, _ message: String, step: String? = nil) -> RolloutPlan {
            var plan = RolloutPlan(reason: reason, message: message)
            plan.unavailable = unavailable
            plan.failedPods = failed.count
            plan.step = step
            return plan
        }

        if policy.paused {
            return result(.paused, "paused: " + counts)
        }
        if failed.count > maxFailures {
            let troubled = failed.filter { $0.trouble != nil }.count
            let what = "\(failed.count) updated pods failed (max \(maxFailures))"
            switch policy.failureAction {
            case .rollback:
                var plan = result(.rolledBack, what + ", rolling back: " + counts)
                plan.rollback = true
                return plan
            case .pause:
                let reason: RolloutPlan.Reason = troubled == 0 ? .progressDeadlineExceeded : .rolloutFailed
                return result(reason, what + ", paused: " + counts)
            }
        }

        // Every step done: complete, with no canary or bake to wait for (a new DaemonSet, or the last wave).
        if steps.allSatisfy({ $0.nodes.filter(\.ready).allSatisfy(done) }) {
            return result(.rolloutComplete, "rollout complete: " + counts)
        }
        for (index, step) in steps.enumerated() {
            let nodes = step.nodes.filter(\.ready)
            if nodes.allSatisfy(done) {
                let finished = nodes.flatMap(live).filter(\.updated).map { $0.readySince ?? $0.created }.max()
                let baked = finished.map { input.now.timeIntervalSince($0) } ?? .infinity
                let bake = policy.bakeTime.seconds
                if baked < bake {
                    let message = "baking \(step.name) for \(Self.text(seconds: bake - baked)) more: " + counts
                    var plan = result(.baking, message, step: step.name)
                    plan.recheckAfter = .seconds(bake - baked)
                    return plan
                }
                if step.canary && input.promotedRevision != input.revision {
                    return result(.canaryComplete, "canary complete, waiting to be promoted: " + counts, step: step.name)
                }
                continue
            }
            var plan = result(
                .waveProgressing, "\(step.name) (step \(index + 1) of \(steps.count)): " + counts, step: step.name)
            var room = maxUnavailable - unavailableCount
            for node in nodes.sorted(by: { $0.name < $1.name }) {
                for pod in live(node) where !pod.updated {
                    if !pod.available {
                        plan.deletions.append(pod)
                    } else if room > 0 {
                        plan.deletions.append(pod)
                        room -= 1
                    } else {
                        plan.unavailable.waitingOnBudget += 1
                    }
                }
            }
            let pending = updated.filter { !$0.available && $0.trouble == nil }
                .map { deadline - input.now.timeIntervalSince($0.created) }.filter { $0 > 0 }.min()
            plan.recheckAfter = pending.map { .seconds($0) }
            return plan
        }
        return result(.rolloutComplete, "rollout complete: " + counts)
    }

    /// The steps in order: the canary nodes, then the waves (`wave-order`'s values first, the others sorted,
    /// nodes without the label last), the partition's nodes left out from the end.
    public static func steps(_ policy: RolloutPolicy, nodes: [RolloutInput.Node]) -> [RolloutStep] {
        let sorted = nodes.sorted { $0.name < $1.name }
        var canary: [RolloutInput.Node] = []
        var waves: [String: [RolloutInput.Node]] = [:]
        for node in sorted {
            if let selector = policy.canaryNodes, selector.matches(labels: node.labels) {
                canary.append(node)
            } else {
                waves[policy.wavesBy.map { node.labels[$0] ?? "" } ?? "", default: []].append(node)
            }
        }
        let listed = policy.waveOrder.filter { waves[$0] != nil }
        let others = waves.keys.filter { !$0.isEmpty && !policy.waveOrder.contains($0) }.sorted()
        var order = listed + others
        if waves[""] != nil { order.append("") }
        var steps: [RolloutStep] = []
        if !canary.isEmpty { steps.append(RolloutStep(name: "canary", canary: true, nodes: canary)) }
        for key in order {
            let name = policy.wavesBy.map { key.isEmpty ? "nodes without \($0)" : "wave \(key)" } ?? "all nodes"
            steps.append(RolloutStep(name: name, canary: false, nodes: waves[key] ?? []))
        }
        // The partition keeps the last nodes of this order at the old revision.
        let percentOrCount = (try? policy.partition.scaledValue(total: nodes.count, roundUp: false)) ?? 0
        var kept = min(max(0, percentOrCount), nodes.count)
        while kept > 0, var last = steps.popLast() {
            let dropped = min(kept, last.nodes.count)
            last.nodes.removeLast(dropped)
            kept -= dropped
            if !last.nodes.isEmpty { steps.append(last) }
        }
        return steps
    }

    private static func text(seconds interval: TimeInterval) -> String {
        "\(Int(interval.rounded(.up)))s"
    }
}
