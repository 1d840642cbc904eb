import KubeModel

/// The defaults every pod spec gets, in a pod or in a template (`SetDefaults_PodSpec` and the generated
/// per-field defaulters of `pkg/apis/core/v1`). Pod-only defaults live in `PodDefaults`: upstream keeps them out
/// of templates so that defaulting a new field never changes existing templates' hashes.
public enum PodSpecDefaults {
    /// `DefaultTerminationGracePeriodSeconds`.
    public static let terminationGracePeriodSeconds: Int64 = 30
    /// `DefaultSchedulerName`.
    public static let schedulerName = "default-scheduler"
    /// Default file mode of secret, configMap, downwardAPI and projected volumes (0644).
    public static let volumeDefaultMode: Int32 = 0o644
    /// Default lifetime of a projected service account token: one hour.
    public static let tokenExpirationSeconds: Int64 = 3600

    /// Defaults a pod spec in place.
    public static func apply(_ spec: inout PodSpec) {
        if spec.dnsPolicy.isEmpty { spec.dnsPolicy = "ClusterFirst" }
        if spec.restartPolicy.isEmpty { spec.restartPolicy = "Always" }
        if spec.securityContext == nil { spec.securityContext = PodSecurityContext() }
        if spec.terminationGracePeriodSeconds == nil { spec.terminationGracePeriodSeconds = terminationGracePeriodSeconds }
        if spec.schedulerName.isEmpty { spec.schedulerName = schedulerName }
        for index in spec.volumes.indices {
            applyVolume(&spec.volumes[index])
        }
        for index in spec.initContainers.indices {
            ContainerDefaults.apply(&spec.initContainers[index])
        }
        for index in spec.containers.indices {
            ContainerDefaults.apply(&spec.containers[index])
        }
        ContainerDefaults.roundUp(&spec.overhead)
        if var resources = spec.resources {
            ContainerDefaults.roundUp(&resources.limits)
            ContainerDefaults.roundUp(&resources.requests)
            spec.resources = resources
        }
    }

    /// `SetDefaults_Volume` and the per-source defaults: a volume without a source is an `emptyDir`; modes and
    /// token lifetimes get their defaults; downward API field references get `apiVersion: v1`.
    static func applyVolume(_ volume: inout Volume) {
        let hasUnmodelledSource = volume.unknownFields.keys.contains { PodSpecValidation.unmodelledVolumeSources.contains($0) }
        if volume.hostPath == nil && volume.emptyDir == nil && volume.secret == nil && volume.persistentVolumeClaim == nil
            && volume.downwardAPI == nil && volume.configMap == nil && volume.projected == nil && !hasUnmodelledSource
        {
            volume.emptyDir = EmptyDirVolumeSource()
        }
        if volume.hostPath != nil && volume.hostPath?.type == nil {
            volume.hostPath?.type = ""
        }
        if volume.secret != nil && volume.secret?.defaultMode == nil {
            volume.secret?.defaultMode = volumeDefaultMode
        }
        if volume.configMap != nil && volume.configMap?.defaultMode == nil {
            volume.configMap?.defaultMode = volumeDefaultMode
        }
        if var downward = volume.downwardAPI {
            if downward.defaultMode == nil { downward.defaultMode = volumeDefaultMode }
            applyFieldRefs(&downward.items)
            volume.downwardAPI = downward
        }
        if var projected = volume.projected {
            if projected.defaultMode == nil { projected.defaultMode = volumeDefaultMode }
            for index in projected.sources.indices {
                if var downward = projected.sources[index].downwardAPI {
                    applyFieldRefs(&downward.items)
                    projected.sources[index].downwardAPI = downward
                }
                if var token = projected.sources[index].serviceAccountToken, token.expirationSeconds == nil {
                    token.expirationSeconds = tokenExpirationSeconds
                    projected.sources[index].serviceAccountToken = token
                }
            }
            volume.projected = projected
        }
    }

    /// `SetDefaults_ObjectFieldSelector` on downward API files.
    static func applyFieldRefs(_ items: inout [DownwardAPIVolumeFile]) {
        for index in items.indices where items[index].fieldRef?.apiVersion.isEmpty == true {
            items[index].fieldRef?.apiVersion = "v1"
        }
    }
}
