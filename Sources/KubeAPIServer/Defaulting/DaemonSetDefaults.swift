import KubeModel

/// `SetObjectDefaults_DaemonSet` (`pkg/apis/apps/v1`): the strategy and history defaults, then the pod template
/// defaults. Applied before validation and before storing, so the stored template, and every
/// ControllerRevision hashed from it, is byte-for-byte what kube-apiserver would store.
public enum DaemonSetDefaults {
    /// Upstream's `revisionHistoryLimit` default.
    public static let revisionHistoryLimit: Int32 = 10

    /// Defaults a DaemonSet in place.
    public static func apply(_ daemonSet: inout DaemonSet) {
        var strategy = daemonSet.spec.updateStrategy
        if strategy.type.isEmpty {
            strategy.type = DaemonSetUpdateStrategy.rollingUpdate
        }
        if strategy.type == DaemonSetUpdateStrategy.rollingUpdate {
            var rollingUpdate = strategy.rollingUpdate ?? RollingUpdateDaemonSet()
            if rollingUpdate.maxUnavailable == nil { rollingUpdate.maxUnavailable = .int(1) }
            if rollingUpdate.maxSurge == nil { rollingUpdate.maxSurge = .int(0) }
            strategy.rollingUpdate = rollingUpdate
        }
        daemonSet.spec.updateStrategy = strategy
        if daemonSet.spec.revisionHistoryLimit == nil {
            daemonSet.spec.revisionHistoryLimit = revisionHistoryLimit
        }
        PodSpecDefaults.apply(&daemonSet.spec.template.spec)
    }
}
