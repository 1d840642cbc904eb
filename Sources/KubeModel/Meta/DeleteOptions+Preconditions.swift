import KubeModel

extension DeleteOptions {
    /// Options that delete only the object with this UID (not a namesake created since), optionally with a
    /// grace period (0: at once, as a force delete).
    public static func precondition(uid: String, gracePeriodSeconds: Int64? = nil) -> DeleteOptions {
        var options = DeleteOptions()
        options.preconditions = Preconditions(uid: uid)
        options.gracePeriodSeconds = gracePeriodSeconds
        return options
    }
}
