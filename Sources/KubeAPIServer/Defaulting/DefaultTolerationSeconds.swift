import KubeModel

/// Upstream's `DefaultTolerationSeconds` admission plugin, on by default in every cluster: a pod created or
/// updated (main resource) without a NoExecute toleration of `node.kubernetes.io/not-ready` or
/// `node.kubernetes.io/unreachable` gets one for 300 s. A pod on a node that stops being Ready is then
/// evicted after five minutes, not at once; daemon pods tolerate both taints forever (their controller
/// adds that), so they stay.
public enum DefaultTolerationSeconds {
    /// Upstream's `--default-not-ready-toleration-seconds` and `--default-unreachable-toleration-seconds`.
    public static let seconds: Int64 = 300

    /// Adds the two tolerations the pod lacks, in upstream's order (not-ready, then unreachable).
    public static func apply(_ pod: inout Pod) {
        for key in [TaintKeys.nodeNotReady, TaintKeys.nodeUnreachable] where !tolerates(pod.spec.tolerations, key) {
            pod.spec.tolerations.append(
                Toleration(key: key, operator: "Exists", effect: TaintEffect.noExecute, tolerationSeconds: seconds))
        }
    }

    /// Whether a toleration already covers the NoExecute taint `key`: one naming that key or no key, with
    /// the NoExecute effect or no effect (upstream compares only these two fields).
    static func tolerates(_ tolerations: [Toleration], _ key: String) -> Bool {
        tolerations.contains { ($0.key == key || $0.key.isEmpty) && ($0.effect == TaintEffect.noExecute || $0.effect.isEmpty) }
    }
}
