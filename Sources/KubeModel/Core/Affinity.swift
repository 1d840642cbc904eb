import Foundation

/// `v1.Affinity`: node affinity, pod affinity and pod anti-affinity rules.
public struct Affinity: APIModel, Hashable {
    public var nodeAffinity: NodeAffinity?
    public var podAffinity: PodAffinity?
    public var podAntiAffinity: PodAntiAffinity?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(nodeAffinity: NodeAffinity?) { self.nodeAffinity = nodeAffinity }

    public static let schema = Schema<Affinity>([
        .optional("nodeAffinity", \.nodeAffinity),
        .optional("podAffinity", \.podAffinity),
        .optional("podAntiAffinity", \.podAntiAffinity),
    ])
}

/// `v1.NodeAffinity`: which nodes the pod must (required) or would like to (preferred) run on.
public struct NodeAffinity: APIModel, Hashable {
    public var requiredDuringSchedulingIgnoredDuringExecution: NodeSelector?
    public var preferredDuringSchedulingIgnoredDuringExecution: [PreferredSchedulingTerm] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(
        requiredDuringSchedulingIgnoredDuringExecution: NodeSelector?,
        preferredDuringSchedulingIgnoredDuringExecution: [PreferredSchedulingTerm] = []
    ) {
        self.requiredDuringSchedulingIgnoredDuringExecution = requiredDuringSchedulingIgnoredDuringExecution
        self.preferredDuringSchedulingIgnoredDuringExecution = preferredDuringSchedulingIgnoredDuringExecution
    }

    public static let schema = Schema<NodeAffinity>([
        .optional("requiredDuringSchedulingIgnoredDuringExecution", \.requiredDuringSchedulingIgnoredDuringExecution),
        .omitEmpty("preferredDuringSchedulingIgnoredDuringExecution", \.preferredDuringSchedulingIgnoredDuringExecution),
    ])
}

/// `v1.PreferredSchedulingTerm`: a weighted node selector term.
public struct PreferredSchedulingTerm: APIModel, Hashable {
    public var weight: Int32 = 0
    public var preference = NodeSelectorTerm()
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(weight: Int32, preference: NodeSelectorTerm) {
        self.weight = weight
        self.preference = preference
    }

    public static let schema = Schema<PreferredSchedulingTerm>([
        .field("weight", \.weight),
        .field("preference", \.preference),
    ])
}

/// `v1.PodAffinity`: pods this pod should be co-located with.
public struct PodAffinity: APIModel, Hashable {
    public var requiredDuringSchedulingIgnoredDuringExecution: [PodAffinityTerm] = []
    public var preferredDuringSchedulingIgnoredDuringExecution: [WeightedPodAffinityTerm] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<PodAffinity>([
        .omitEmpty("requiredDuringSchedulingIgnoredDuringExecution", \.requiredDuringSchedulingIgnoredDuringExecution),
        .omitEmpty("preferredDuringSchedulingIgnoredDuringExecution", \.preferredDuringSchedulingIgnoredDuringExecution),
    ])
}

/// `v1.PodAntiAffinity`: pods this pod should be kept away from.
public struct PodAntiAffinity: APIModel, Hashable {
    public var requiredDuringSchedulingIgnoredDuringExecution: [PodAffinityTerm] = []
    public var preferredDuringSchedulingIgnoredDuringExecution: [WeightedPodAffinityTerm] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<PodAntiAffinity>([
        .omitEmpty("requiredDuringSchedulingIgnoredDuringExecution", \.requiredDuringSchedulingIgnoredDuringExecution),
        .omitEmpty("preferredDuringSchedulingIgnoredDuringExecution", \.preferredDuringSchedulingIgnoredDuringExecution),
    ])
}

/// `v1.PodAffinityTerm`: a set of pods (selector and namespaces) and the topology key that defines "together".
public struct PodAffinityTerm: APIModel, Hashable {
    public var labelSelector: LabelSelector?
    public var namespaces: [String] = []
    public var topologyKey: String = ""
    public var namespaceSelector: LabelSelector?
    public var matchLabelKeys: [String] = []
    public var mismatchLabelKeys: [String] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<PodAffinityTerm>([
        .optional("labelSelector", \.labelSelector),
        .omitEmpty("namespaces", \.namespaces),
        .field("topologyKey", \.topologyKey),
        .optional("namespaceSelector", \.namespaceSelector),
        .omitEmpty("matchLabelKeys", \.matchLabelKeys),
        .omitEmpty("mismatchLabelKeys", \.mismatchLabelKeys),
    ])
}

/// `v1.WeightedPodAffinityTerm`: a pod affinity term with a weight (1-100).
public struct WeightedPodAffinityTerm: APIModel, Hashable {
    public var weight: Int32 = 0
    public var podAffinityTerm = PodAffinityTerm()
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<WeightedPodAffinityTerm>([
        .field("weight", \.weight),
        .field("podAffinityTerm", \.podAffinityTerm),
    ])
}
