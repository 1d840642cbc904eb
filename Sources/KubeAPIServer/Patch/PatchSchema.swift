/// The strategic-merge-patch schema of the objects this server serves: type → field → `PatchStrategy`, transcribed
/// from the `patchStrategy` / `patchMergeKey` tags (and, for server-side apply, the `+listMapKey` / `+structType`
/// markers) of k8s.io/api v0.32. Kube-apiserver reads the same facts from Go reflection; we have no Go types, so
/// they live in this table. Fields not listed behave as upstream's untagged fields: maps merge, lists are replaced.
public struct PatchSchema: Sendable {
    /// Fields with a non-default strategy (or a nested type worth descending into), by schema type name.
    public var types: [String: [String: PatchStrategy]]
    /// The root schema type of each kind.
    public var kinds: [String: String]

    /// A schema from explicit tables (tests build small ones).
    public init(types: [String: [String: PatchStrategy]], kinds: [String: String]) {
        self.types = types
        self.kinds = kinds
    }

    /// The walker positioned at the root of `kind`; an unknown kind still knows `metadata` (every object has
    /// ObjectMeta) and merges everything else like a JSON merge patch, as upstream does for custom resources.
    public func root(forKind kind: String) -> PatchMeta {
        PatchMeta(schema: self, type: kinds[kind] ?? "Object")
    }

    /// The strategy of `field` inside values of schema type `type` (`unknown` when untabled).
    public func strategy(of field: String, in type: String?) -> PatchStrategy {
        guard let type, let fields = types[type], let strategy = fields[field] else { return .unknown }
        return strategy
    }

    /// The types this server serves: Pod, DaemonSet, Node, Namespace, Event, Lease, ControllerRevision (and
    /// PodTemplate, whose template is the same PodTemplateSpec).
    public static let standard = PatchSchema(
        types: [
            "Object": ["metadata": .object("ObjectMeta")],
            "ObjectMeta": [
                "finalizers": .mergeSet,
                "ownerReferences": .mergeList(key: "uid"),
                "managedFields": .atomicList,
            ],
            // core/v1
            "Pod": ["metadata": .object("ObjectMeta"), "spec": .object("PodSpec"), "status": .object("PodStatus")],
            "PodTemplate": ["metadata": .object("ObjectMeta"), "template": .object("PodTemplateSpec")],
            "PodTemplateSpec": ["metadata": .object("ObjectMeta"), "spec": .object("PodSpec")],
            "PodSpec": [
                "volumes": .mergeList(key: "name", of: "Volume", retainKeys: true),
                "initContainers": .mergeList(key: "name", of: "Container"),
                "containers": .mergeList(key: "name", of: "Container"),
                "ephemeralContainers": .mergeList(key: "name", of: "Container"),
                "imagePullSecrets": .mergeList(key: "name"),
                "hostAliases": .mergeList(key: "ip"),
                "topologySpreadConstraints": PatchStrategy(
                    list: .merge, mergeKey: "topologyKey",
                    listMapKeys: [("topologyKey", nil), ("whenUnsatisfiable", nil)]),
                "resourceClaims": .mergeList(key: "name", retainKeys: true),
                "schedulingGates": .mergeList(key: "name"),
                "tolerations": .atomicList,
                "readinessGates": .atomicList,
                "affinity": .object("Affinity"),
            ],
            "Affinity": ["nodeAffinity": .object("NodeAffinity")],
            "NodeAffinity": [
                "requiredDuringSchedulingIgnoredDuringExecution": PatchStrategy(atomicMap: true)
            ],
            "Container": [
                "ports": PatchStrategy(
                    list: .merge, mergeKey: "containerPort",
                    listMapKeys: [("containerPort", nil), ("protocol", "TCP")]),
                "env": .mergeList(key: "name"),
                "volumeMounts": .mergeList(key: "mountPath"),
                "volumeDevices": .mergeList(key: "devicePath"),
                "command": .atomicList,
                "args": .atomicList,
                "envFrom": .atomicList,
                "resizePolicy": .atomicList,
            ],
            "Volume": [:],
            "PodStatus": [
                "conditions": .mergeList(key: "type"),
                "podIPs": .mergeList(key: "ip"),
                "hostIPs": .mergeList(key: "ip"),
                "resourceClaimStatuses": .mergeList(key: "name", retainKeys: true),
                "containerStatuses": .atomicList,
                "initContainerStatuses": .atomicList,
                "ephemeralContainerStatuses": .atomicList,
            ],
            "Node": ["metadata": .object("ObjectMeta"), "spec": .object("NodeSpec"), "status": .object("NodeStatus")],
            "NodeSpec": [
                "podCIDRs": .mergeSet,
                "taints": .atomicList,
            ],
            "NodeStatus": [
                "conditions": .mergeList(key: "type"),
                "addresses": .mergeList(key: "type"),
                "images": .atomicList,
                "volumesInUse": .atomicList,
                "volumesAttached": .atomicList,
            ],
            "Namespace": ["metadata": .object("ObjectMeta"), "status": .object("NamespaceStatus")],
            "NamespaceStatus": ["conditions": .mergeList(key: "type")],
            "Event": ["metadata": .object("ObjectMeta")],
            // apps/v1
            "DaemonSet": [
                "metadata": .object("ObjectMeta"), "spec": .object("DaemonSetSpec"),
                "status": .object("DaemonSetStatus"),
            ],
            "DaemonSetSpec": [
                "template": .object("PodTemplateSpec"),
                "selector": PatchStrategy(atomicMap: true),
            ],
            "DaemonSetStatus": ["conditions": .mergeList(key: "type")],
            "ControllerRevision": ["metadata": .object("ObjectMeta")],
            // coordination.k8s.io/v1
            "Lease": ["metadata": .object("ObjectMeta")],
        ],
        kinds: [
            "Pod": "Pod", "PodTemplate": "PodTemplate", "Node": "Node", "Namespace": "Namespace", "Event": "Event",
            "DaemonSet": "DaemonSet", "ControllerRevision": "ControllerRevision", "Lease": "Lease",
        ])
}

/// A position in a `PatchSchema` while walking an object (upstream's `LookupPatchMeta`): which schema type the
/// current map has, so each field's strategy can be found.
public struct PatchMeta: Sendable {
    /// The schema the walk uses.
    public var schema: PatchSchema
    /// The schema type of the current map, nil below an unknown field.
    public var type: String?
    /// Whether list items are matched by all their list-map keys (server-side apply) rather than by the merge
    /// key alone (a strategic merge patch, as upstream's).
    public var matchesListMapKeys: Bool

    /// The walker at `type` in `schema`.
    public init(schema: PatchSchema, type: String?, matchesListMapKeys: Bool = false) {
        self.schema = schema
        self.type = type
        self.matchesListMapKeys = matchesListMapKeys
    }

    /// The strategy of `field` here and the walker for its value (or its list items).
    public func field(_ name: String) -> (strategy: PatchStrategy, meta: PatchMeta) {
        let strategy = schema.strategy(of: name, in: type)
        return (strategy, PatchMeta(schema: schema, type: strategy.type, matchesListMapKeys: matchesListMapKeys))
    }
}
