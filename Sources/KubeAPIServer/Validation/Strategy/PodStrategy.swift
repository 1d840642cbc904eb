import KubeModel

/// `pkg/registry/core/pod/strategy.go` as pure functions on defaulted pods: a new pod starts `Pending` with its
/// QoS class computed; generation starts at 1 and moves with the spec (PodObservedGenerationTracking).
public enum PodStrategy {
    /// Create: status replaced by `{phase: Pending, qosClass}`, generation 1, and the default NoExecute
    /// tolerations an admission plugin adds upstream (`DefaultTolerationSeconds`).
    public static func prepareForCreate(_ pod: inout Pod) {
        ObjectMetaStrategy.prepareForCreate(&pod.metadata)
        DefaultTolerationSeconds.apply(&pod)
        var status = PodStatus()
        status.phase = "Pending"
        status.qosClass = qosClass(of: pod.spec)
        pod.status = status
        pod.metadata.generation = 1
    }

    /// Main-resource update: old status kept; generation +1 when the spec changed; the default tolerations
    /// added again when the new object lacks them, as upstream's admission does on update.
    public static func prepareForUpdate(_ pod: inout Pod, old: Pod) {
        DefaultTolerationSeconds.apply(&pod)
        SpecStatusStrategy.prepareForUpdate(&pod, old: old, tracksGeneration: true)
    }

    /// `/status` update: old spec kept; owner references kept too, as upstream guards them from kubelets.
    public static func prepareForStatusUpdate(_ pod: inout Pod, old: Pod) {
        SpecStatusStrategy.prepareForStatusUpdate(&pod, old: old)
        pod.metadata.ownerReferences = old.metadata.ownerReferences
    }

    /// `qos.GetPodQOS`: `BestEffort` without any cpu/memory request or limit, `Guaranteed` when every container
    /// limits both and requests equal limits, `Burstable` otherwise.
    public static func qosClass(of spec: PodSpec) -> String {
        var requests: [String: Int64] = [:]
        var limits: [String: Int64] = [:]
        var guaranteed = true
        for container in spec.initContainers + spec.containers {
            for name in ["cpu", "memory"] {
                if let quantity = container.resources.requests[name], quantity.milliValue != 0 {
                    requests[name, default: 0] += quantity.milliValue
                }
                if let quantity = container.resources.limits[name], quantity.milliValue != 0 {
                    limits[name, default: 0] += quantity.milliValue
                } else {
                    guaranteed = false
                }
            }
        }
        if requests.isEmpty && limits.isEmpty { return "BestEffort" }
        if guaranteed && requests.count == limits.count && limits.allSatisfy({ requests[$0.key] == $0.value }) {
            return "Guaranteed"
        }
        return "Burstable"
    }
}
