import KubeModel

/// What kube-apiserver's `legacyscheme.Scheme` says of a kind a create or update body declares when it is not the
/// endpoint's: the body is decoded as that kind if the scheme has it, then converted to the endpoint's internal
/// type, which only another version of the same object survives. The table covers the built-in groups this server
/// serves, in every version the scheme still registers; a kind outside it reads as unregistered.
enum LegacyScheme {
    /// The scheme's name in its errors: the call site of `runtime.NewScheme()`, as a release build reports it.
    static let name = "pkg/api/legacyscheme/scheme.go:30"

    /// What decoding a body of `declared` kind into `target`'s kind comes to.
    enum Resolution: Equatable {
        /// Another version of the same object: it decodes and converts, then the handler rejects its version.
        case otherVersion
        /// A registered kind with no conversion to the target; the error names both Go types.
        case unknownConversion(String)
        /// A kind the scheme does not have in that group version.
        case notRegistered(String)
    }

    /// How a body declaring `declared` (not `target` itself) fails to decode as `target`.
    static func resolve(_ declared: GroupVersionKind, as target: GroupVersionKind) -> Resolution {
        let groupVersion = declared.group.isEmpty ? declared.version : declared.group + "/" + declared.version
        // `metav1.AddToGroupVersion` puts the meta kinds in every version; a few are unversioned, found by kind alone.
        let metaKind = unversionedKinds.contains(declared.kind)
            || kinds[groupVersion] != nil && versionedMetaKinds.contains(declared.kind)
        guard metaKind || kinds[groupVersion]?.contains(declared.kind) == true else {
            return .notRegistered(
                "no kind \(GoText.quote(declared.kind)) is registered for version \(GoText.quote(groupVersion)) "
                    + "in scheme \(GoText.quote(name))")
        }
        let declaredType = metaKind ? "v1." + declared.kind : declared.version + "." + declared.kind
        let targetType = internalType(of: target)
        if !metaKind && internalType(of: declared) == targetType {
            return .otherVersion
        }
        return .unknownConversion("converting (\(declaredType)) to (\(targetType)): unknown conversion")
    }

    /// The internal Go type a kind converts to (`core.Pod`): the group's internal package, except where a kind
    /// moved groups and kept one internal type (events.k8s.io `Event` is `core.Event`, extensions `DaemonSet`
    /// is `apps.DaemonSet`).
    static func internalType(of kind: GroupVersionKind) -> String {
        let package: String
        switch (kind.group, kind.kind) {
        case ("events.k8s.io", "Event"), ("events.k8s.io", "EventList"): package = "core"
        case ("extensions", let name) where movedToApps.contains(name): package = "apps"
        case ("", _): package = "core"
        default: package = String(kind.group.prefix { $0 != "." })
        }
        return package + "." + kind.kind
    }

    /// Kinds registered in every version of every group (`metav1.AddToGroupVersion`).
    static let versionedMetaKinds: Set<String> = [
        "WatchEvent", "ListOptions", "GetOptions", "DeleteOptions", "CreateOptions", "UpdateOptions", "PatchOptions",
    ]

    /// Kinds the scheme creates whatever the version (`AddUnversionedTypes`).
    static let unversionedKinds: Set<String> = ["Status", "APIVersions", "APIGroupList", "APIGroup", "APIResourceList"]

    /// extensions/v1beta1 kinds whose internal type lives in apps.
    static let movedToApps: Set<String> = [
        "DaemonSet", "DaemonSetList", "Deployment", "DeploymentList", "ReplicaSet", "ReplicaSetList",
    ]

    /// The external kinds of each group version, as the versions' `register.go` add them.
    static let kinds: [String: Set<String>] = [
        "v1": [
            "Pod", "PodList", "PodStatusResult", "PodTemplate", "PodTemplateList", "ReplicationController",
            "ReplicationControllerList", "Service", "ServiceProxyOptions", "ServiceList", "Endpoints", "EndpointsList",
            "Node", "NodeConfigSource", "NodeList", "NodeProxyOptions", "Binding", "Event", "EventList", "List",
            "LimitRange", "LimitRangeList", "ResourceQuota", "ResourceQuotaList", "Namespace", "NamespaceList",
            "Secret", "SecretList", "ServiceAccount", "ServiceAccountList", "PersistentVolume", "PersistentVolumeList",
            "PersistentVolumeClaim", "PersistentVolumeClaimList", "PodAttachOptions", "PodLogOptions",
            "PodExecOptions", "PodPortForwardOptions", "PodProxyOptions", "ComponentStatus", "ComponentStatusList",
            "SerializedReference", "RangeAllocation", "ConfigMap", "ConfigMapList",
        ],
        "apps/v1": [
            "Deployment", "DeploymentList", "StatefulSet", "StatefulSetList", "DaemonSet", "DaemonSetList",
            "ReplicaSet", "ReplicaSetList", "ControllerRevision", "ControllerRevisionList",
        ],
        "apps/v1beta1": [
            "Deployment", "DeploymentList", "DeploymentRollback", "Scale", "StatefulSet", "StatefulSetList",
            "ControllerRevision", "ControllerRevisionList",
        ],
        "apps/v1beta2": [
            "Deployment", "DeploymentList", "StatefulSet", "StatefulSetList", "DaemonSet", "DaemonSetList",
            "ReplicaSet", "ReplicaSetList", "Scale", "ControllerRevision", "ControllerRevisionList",
        ],
        "extensions/v1beta1": [
            "Deployment", "DeploymentList", "DeploymentRollback", "Scale", "DaemonSet", "DaemonSetList", "Ingress",
            "IngressList", "ReplicaSet", "ReplicaSetList", "NetworkPolicy", "NetworkPolicyList",
        ],
        "coordination.k8s.io/v1": ["Lease", "LeaseList"],
        "coordination.k8s.io/v1beta1": ["Lease", "LeaseList"],
        "events.k8s.io/v1": ["Event", "EventList"],
        "events.k8s.io/v1beta1": ["Event", "EventList"],
        "policy/v1": ["PodDisruptionBudget", "PodDisruptionBudgetList", "Eviction"],
        "batch/v1": ["Job", "JobList", "CronJob", "CronJobList"],
    ]
}
