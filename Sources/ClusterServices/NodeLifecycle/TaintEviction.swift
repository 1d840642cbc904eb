import Foundation
import KubeModel

/// When a pod on a node with NoExecute taints must go (upstream taint eviction controller,
/// `processPodOnNode`): at once when some NoExecute taint is not tolerated; after the shortest
/// `tolerationSeconds` among the tolerations used (the first that tolerates each taint) when all are
/// tolerated; never when every used toleration is unbounded.
public enum TaintEviction {
    /// What to do about a pod.
    public enum Decision: Sendable, Hashable {
        /// Leave it.
        case keep
        /// Delete it now.
        case evictNow
        /// Delete it at this time, unless the taints go first.
        case evict(at: Date)
    }

    /// The decision for a pod with `tolerations` on a node with `taints`. Time counts from the newest NoExecute
    /// taint's `timeAdded` (or `now` without one): upstream counts from when its controller noticed, which is
    /// lost on restart; the taint's own time is kept in the API.
    public static func decide(tolerations: [Toleration], taints: [Taint], now: Date) -> Decision {
        let noExecute = taints.filter { $0.effect == TaintEffect.noExecute }
        guard !noExecute.isEmpty else { return .keep }
        var shortest: Int64?
        for taint in noExecute {
            guard
                let used = tolerations.first(where: {
                    $0.toleratesTaint(key: taint.key, value: taint.value, effect: taint.effect)
                })
            else { return .evictNow }
            if let seconds = used.tolerationSeconds { shortest = min(shortest ?? seconds, seconds) }
        }
        guard let shortest else { return .keep }
        let since = noExecute.compactMap { $0.timeAdded?.date }.max() ?? now
        let due = since.addingTimeInterval(TimeInterval(max(0, shortest)))
        return due <= now ? .evictNow : .evict(at: due)
    }
}
