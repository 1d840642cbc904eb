import Foundation

/// `v1.PodSpec`: every field of the upstream type; the schema writes them in upstream's declaration order.
public struct PodSpec: APIModel, Hashable {
    /// First in memory (the JSON order is the schema's): controllers read it for every pod.
    public var nodeName: String = ""
    public var volumes: [Volume] = []
    public var initContainers: [Container] = []
    /// Written even when empty (`"containers":[]`): Go's tag has no `omitempty`.
    public var containers: [Container] = []
    /// Ephemeral containers (debugging only) are kept as raw JSON: nothing here reads them.
    public var ephemeralContainers: [JSONValue] = []
    public var restartPolicy: String = ""
    public var terminationGracePeriodSeconds: Int64?
    public var activeDeadlineSeconds: Int64?
    public var dnsPolicy: String = ""
    public var nodeSelector: [String: String] = [:]
    public var serviceAccountName: String = ""
    /// Deprecated alias of `serviceAccountName`, still written by the API server.
    public var serviceAccount: String = ""
    public var automountServiceAccountToken: Bool?
    public var hostNetwork: Bool = false
    public var hostPID: Bool = false
    public var hostIPC: Bool = false
    public var shareProcessNamespace: Bool?
    public var securityContext: PodSecurityContext?
    public var imagePullSecrets: [LocalObjectReference] = []
    public var hostname: String = ""
    public var subdomain: String = ""
    public var affinity: Affinity?
    public var schedulerName: String = ""
    public var tolerations: [Toleration] = []
    public var hostAliases: [HostAlias] = []
    public var priorityClassName: String = ""
    public var priority: Int32?
    public var dnsConfig: PodDNSConfig?
    public var readinessGates: [PodReadinessGate] = []
    public var runtimeClassName: String?
    public var enableServiceLinks: Bool?
    public var preemptionPolicy: String?
    public var overhead: ResourceList = [:]
    public var topologySpreadConstraints: [TopologySpreadConstraint] = []
    public var setHostnameAsFQDN: Bool?
    public var os: PodOS?
    public var hostUsers: Bool?
    public var schedulingGates: [PodSchedulingGate] = []
    public var resourceClaims: [PodResourceClaim] = []
    /// Pod-level resources (PodLevelResources feature).
    public var resources: ResourceRequirements?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(containers: [Container]) {
        self.containers = containers
    }

    public static let schema = Schema<PodSpec>([
        .omitEmpty("volumes", \.volumes),
        .omitEmpty("initContainers", \.initContainers),
        .field("containers", \.containers),
        .omitEmpty("ephemeralContainers", \.ephemeralContainers),
        .omitEmpty("restartPolicy", \.restartPolicy),
        .optional("terminationGracePeriodSeconds", \.terminationGracePeriodSeconds),
        .optional("activeDeadlineSeconds", \.activeDeadlineSeconds),
        .omitEmpty("dnsPolicy", \.dnsPolicy),
        .omitEmpty("nodeSelector", \.nodeSelector),
        .omitEmpty("serviceAccountName", \.serviceAccountName),
        .omitEmpty("serviceAccount", \.serviceAccount),
        .optional("automountServiceAccountToken", \.automountServiceAccountToken),
        .omitEmpty("nodeName", \.nodeName),
        .omitEmpty("hostNetwork", \.hostNetwork),
        .omitEmpty("hostPID", \.hostPID),
        .omitEmpty("hostIPC", \.hostIPC),
        .optional("shareProcessNamespace", \.shareProcessNamespace),
        .optional("securityContext", \.securityContext),
        .omitEmpty("imagePullSecrets", \.imagePullSecrets),
        .omitEmpty("hostname", \.hostname),
        .omitEmpty("subdomain", \.subdomain),
        .optional("affinity", \.affinity),
        .omitEmpty("schedulerName", \.schedulerName),
        .omitEmpty("tolerations", \.tolerations),
        .omitEmpty("hostAliases", \.hostAliases),
        .omitEmpty("priorityClassName", \.priorityClassName),
        .optional("priority", \.priority),
        .optional("dnsConfig", \.dnsConfig),
        .omitEmpty("readinessGates", \.readinessGates),
        .optional("runtimeClassName", \.runtimeClassName),
        .optional("enableServiceLinks", \.enableServiceLinks),
        .optional("preemptionPolicy", \.preemptionPolicy),
        .omitEmpty("overhead", \.overhead),
        .omitEmpty("topologySpreadConstraints", \.topologySpreadConstraints),
        .optional("setHostnameAsFQDN", \.setHostnameAsFQDN),
        .optional("os", \.os),
        .optional("hostUsers", \.hostUsers),
        .omitEmpty("schedulingGates", \.schedulingGates),
        .omitEmpty("resourceClaims", \.resourceClaims),
        .optional("resources", \.resources),
    ])
}

/// `v1.LocalObjectReference`: the name of an object in the same namespace (an image pull secret).
public struct LocalObjectReference: APIModel, Hashable {
    public var name: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String) { self.name = name }

    public static let schema = Schema<LocalObjectReference>([
        .omitEmpty("name", \.name)
    ])
}

/// `v1.HostAlias`: an extra `/etc/hosts` entry.
public struct HostAlias: APIModel, Hashable {
    public var ip: String = ""
    public var hostnames: [String] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<HostAlias>([
        .omitEmpty("ip", \.ip),
        .omitEmpty("hostnames", \.hostnames),
    ])
}

/// `v1.PodDNSConfig`: DNS settings merged with those `dnsPolicy` generates.
public struct PodDNSConfig: APIModel, Hashable {
    public var nameservers: [String] = []
    public var searches: [String] = []
    public var options: [PodDNSConfigOption] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<PodDNSConfig>([
        .omitEmpty("nameservers", \.nameservers),
        .omitEmpty("searches", \.searches),
        .omitEmpty("options", \.options),
    ])
}

/// `v1.PodDNSConfigOption`: one resolver option (`ndots: "2"`).
public struct PodDNSConfigOption: APIModel, Hashable {
    public var name: String = ""
    public var value: String?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<PodDNSConfigOption>([
        .omitEmpty("name", \.name),
        .optional("value", \.value),
    ])
}

/// `v1.PodReadinessGate`: a pod condition that must also be True for the pod to be Ready.
public struct PodReadinessGate: APIModel, Hashable {
    public var conditionType: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(conditionType: String) { self.conditionType = conditionType }

    public static let schema = Schema<PodReadinessGate>([
        .field("conditionType", \.conditionType)
    ])
}

/// `v1.PodOS`: the operating system the pod's containers need ("linux", "windows").
public struct PodOS: APIModel, Hashable {
    public var name: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String) { self.name = name }

    public static let schema = Schema<PodOS>([
        .field("name", \.name)
    ])
}

/// `v1.PodSchedulingGate`: while any gate remains, the scheduler leaves the pod alone.
public struct PodSchedulingGate: APIModel, Hashable {
    public var name: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(name: String) { self.name = name }

    public static let schema = Schema<PodSchedulingGate>([
        .field("name", \.name)
    ])
}

/// `v1.PodResourceClaim` (1.31+ shape): a dynamic resource claim, by claim or by template name.
/// The pre-1.31 `source` member survives in `unknownFields`.
public struct PodResourceClaim: APIModel, Hashable {
    public var name: String = ""
    public var resourceClaimName: String?
    public var resourceClaimTemplateName: String?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<PodResourceClaim>([
        .field("name", \.name),
        .optional("resourceClaimName", \.resourceClaimName),
        .optional("resourceClaimTemplateName", \.resourceClaimTemplateName),
    ])
}
