import KubeModel

/// Builds the pods a DaemonSet creates (`CreatePodTemplate`, `GetPodFromTemplate`,
/// `ReplaceDaemonSetPodNodeNameNodeAffinity`).
public struct DaemonPodTemplate: Sendable {
    /// The template with daemon tolerations and the generation and hash labels.
    public let template: PodTemplateSpec
    let namespace: String
    let generateName: String
    let controllerRef: OwnerReference

    public init(daemonSet: DaemonSet, hash: String) {
        var template = daemonSet.spec.template
        DaemonPodTolerations.add(to: &template.spec)
        if let generation = DaemonPod.templateGeneration(of: daemonSet) {
            template.metadata.labels[DaemonSetKeys.podTemplateGeneration] = String(generation)
        }
        if !hash.isEmpty { template.metadata.labels[DaemonSetKeys.controllerRevisionHash] = hash }
        self.template = template
        namespace = daemonSet.metadata.namespace
        generateName = Self.podNamePrefix(daemonSet.metadata.name)
        controllerRef = ControllerRef.of(daemonSet)
    }

    /// The pod to create for `nodeName`: bound to it through required node affinity, never `spec.nodeName`
    /// (the scheduler binds it).
    public func pod(for nodeName: String) -> Pod {
        var pod = Pod()
        pod.metadata.generateName = generateName
        pod.metadata.namespace = namespace
        pod.metadata.labels = template.metadata.labels
        pod.metadata.annotations = template.metadata.annotations
        pod.metadata.finalizers = template.metadata.finalizers
        pod.metadata.ownerReferences = [controllerRef]
        pod.spec = template.spec
        Self.pinToNode(&pod.spec, nodeName: nodeName)
        return pod
    }

    /// Replaces the required node affinity with the single term `metadata.name In [nodeName]`; preferred
    /// affinity, pod (anti-)affinity and `nodeSelector` stay. The user's required terms were already checked.
    public static func pinToNode(_ spec: inout PodSpec, nodeName: String) {
        var requirement = NodeSelectorRequirement()
        requirement.key = DaemonSetKeys.objectNameField
        requirement.operator = "In"
        requirement.values = [nodeName]
        var term = NodeSelectorTerm()
        term.matchFields = [requirement]
        var selector = NodeSelector()
        selector.nodeSelectorTerms = [term]
        var affinity = spec.affinity ?? Affinity()
        var nodeAffinity = affinity.nodeAffinity ?? NodeAffinity()
        nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = selector
        affinity.nodeAffinity = nodeAffinity
        spec.affinity = affinity
    }

    /// `getPodsPrefix`: `<name>-` when that is a valid generateName prefix, else the bare name.
    static func podNamePrefix(_ name: String) -> String {
        let prefix = name + "-"
        // Upstream validates a generateName prefix with its last two characters replaced by "a"
        // (`maskTrailingDash`).
        let masked = prefix.utf8.count > 1 ? String(prefix.dropLast(2)) + "a" : prefix
        return LabelValidation.isDNS1123Subdomain(masked) ? prefix : name
    }
}
