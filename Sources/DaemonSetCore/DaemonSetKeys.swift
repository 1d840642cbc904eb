import KubeModel

/// Label and annotation keys, event reasons and limits the DaemonSet controller shares with upstream.
public enum DaemonSetKeys {
    /// Pod and ControllerRevision label naming the revision's template hash.
    public static let controllerRevisionHash = "controller-revision-hash"
    /// Legacy pod label with the DaemonSet's template generation.
    public static let podTemplateGeneration = "pod-template-generation"
    /// DaemonSet annotation through which apps/v1 exposes the internal templateGeneration.
    public static let templateGenerationAnnotation = "deprecated.daemonset.template.generation"
    /// Field key used by the injected node affinity.
    public static let objectNameField = "metadata.name"
    /// The event source component.
    public static let component = "daemonset-controller"
}

/// Upstream's event reasons.
public enum DaemonSetEventReason {
    public static let selectingAll = "SelectingAll"
    public static let failedDaemonPod = "FailedDaemonPod"
    public static let succeededDaemonPod = "SucceededDaemonPod"
    public static let successfulCreate = "SuccessfulCreate"
    public static let failedCreate = "FailedCreate"
    public static let successfulDelete = "SuccessfulDelete"
    public static let failedDelete = "FailedDelete"
}

/// Tunables of one sync, with upstream's values as defaults.
public struct DaemonSetSyncConfiguration: Sendable, Hashable {
    /// Creates and deletes issued per sync, each (BurstReplicas, 250 as upstream).
    public var burstReplicas: Int = 250

    public init(burstReplicas: Int = 250) {
        self.burstReplicas = burstReplicas
    }
}
