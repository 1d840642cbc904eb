import KubeModel

/// The tolerations every daemon pod gets (`AddOrUpdateDaemonPodTolerations`), so daemons survive node
/// conditions that would evict or block ordinary pods.
public enum DaemonPodTolerations {
    /// The tolerations added to every daemon pod, in upstream's order.
    public static let always: [Toleration] = [
        toleration("node.kubernetes.io/not-ready", "NoExecute"),
        toleration("node.kubernetes.io/unreachable", "NoExecute"),
        toleration("node.kubernetes.io/disk-pressure", "NoSchedule"),
        toleration("node.kubernetes.io/memory-pressure", "NoSchedule"),
        toleration("node.kubernetes.io/pid-pressure", "NoSchedule"),
        toleration("node.kubernetes.io/unschedulable", "NoSchedule"),
    ]

    /// Added only for `hostNetwork` pods, which do not need the pod network.
    public static let hostNetwork = toleration("node.kubernetes.io/network-unavailable", "NoSchedule")

    private static func toleration(_ key: String, _ effect: String) -> Toleration {
        var toleration = Toleration()
        toleration.key = key
        toleration.operator = "Exists"
        toleration.effect = effect
        return toleration
    }

    /// Adds the daemon tolerations to a pod spec: a matching toleration is replaced, others are appended.
    public static func add(to spec: inout PodSpec) {
        for toleration in always { addOrUpdate(toleration, in: &spec.tolerations) }
        if spec.hostNetwork == true { addOrUpdate(hostNetwork, in: &spec.tolerations) }
    }

    /// `AddOrUpdateTolerationInPodSpec`: one that matches on key, operator, value and effect is replaced
    /// (so a finite `tolerationSeconds` becomes infinite); otherwise the toleration is appended.
    static func addOrUpdate(_ toleration: Toleration, in tolerations: inout [Toleration]) {
        var matched = false
        for index in tolerations.indices where tolerations[index].matchesToleration(toleration) {
            tolerations[index] = toleration
            matched = true
        }
        if !matched { tolerations.append(toleration) }
    }
}
