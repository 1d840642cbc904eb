import KubeModel

extension DeleteOptions {
    /// What a kubelet sends once a pod's containers are gone: grace period 0, only for this UID (a
    /// namesake created since is left alone).
    static func finishing(uid: String) -> DeleteOptions {
        var options = DeleteOptions()
        options.gracePeriodSeconds = 0
        options.preconditions = Preconditions(uid: uid)
        return options
    }
}
