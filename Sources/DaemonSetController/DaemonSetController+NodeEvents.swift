import DaemonSetCore
import KubeModel

extension DaemonSetController {
    /// `addNode`: every DaemonSet that should run on the new node is synced.
    func addNode(_ node: Node) {
        nodeSnapshots.invalidate()
        for daemonSet in daemonSets.store.list() where placements.placement(of: daemonSet).evaluate(node).shouldRun {
            enqueue(daemonSet.key)
        }
    }

    /// `updateNode`: ignored unless labels or taints changed; then only the DaemonSets whose placement on the
    /// node changed are synced.
    func updateNode(old: Node, new: Node) {
        if NodeUpdateFilter.shouldIgnore(old: old, new: new) { return }
        nodeSnapshots.invalidate()
        for daemonSet in daemonSets.store.list() {
            let placement = placements.placement(of: daemonSet)
            if placement.evaluate(old) != placement.evaluate(new) { enqueue(daemonSet.key) }
        }
    }

    /// A node went away: DaemonSets that may have had a pod there recount their status and drop unscheduled
    /// pods pinned to it (upstream waits for the pod garbage collector or the next sync instead).
    func deleteNode(_ node: Node) {
        nodeSnapshots.invalidate()
        for daemonSet in daemonSets.store.list()
        where placements.placement(of: daemonSet).evaluate(node).shouldContinueRunning {
            enqueue(daemonSet.key)
        }
    }
}
