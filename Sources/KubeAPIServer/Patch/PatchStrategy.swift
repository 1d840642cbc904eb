/// How a strategic merge patch (and, for `fieldsV1`, server-side apply) treats one field of a Kubernetes type:
/// the `patchStrategy` / `patchMergeKey` Go struct tags of k8s.io/api, plus the schema type of the field's value
/// so nested paths can be walked.
public struct PatchStrategy: Sendable, Hashable {
    /// What happens to a list field when a patch carries a list for it.
    public enum ListBehaviour: Sendable, Hashable {
        /// No `patchStrategy` tag: the patch's list replaces the live one (tolerations, taints, command, ...).
        case atomic
        /// `patchStrategy:"merge"`: object items matched by the merge key and merged; scalar items unioned
        /// (`finalizers`), `$deleteFromPrimitiveList` removes.
        case merge
    }

    /// The list behaviour (ignored for maps and scalars).
    public var list: ListBehaviour
    /// `patchMergeKey`: the item field that identifies list items (`name`, `containerPort`, `type`, ...).
    public var mergeKey: String?
    /// `patchStrategy:"...,retainKeys"`: kubectl sends `$retainKeys` for these union types (volume sources).
    public var retainKeys: Bool
    /// `+structType=atomic` / `+mapType=atomic`: owned as one leaf by server-side apply (a `selector`).
    public var atomicMap: Bool
    /// The schema type of the value (or of list items), a key of `PatchSchema.types`; nil when unknown.
    public var type: String?
    /// `+listMapKey`s used by server-side apply's `k:{...}` entries when they differ from the merge key
    /// (container ports are keyed by `containerPort` and `protocol`), with the default used when a key is absent.
    public var listMapKeys: [(name: String, defaultValue: String?)]

    /// A field with the given tags; the defaults are upstream's defaults for an untagged field.
    public init(
        list: ListBehaviour = .atomic, mergeKey: String? = nil, retainKeys: Bool = false, atomicMap: Bool = false,
        type: String? = nil, listMapKeys: [(name: String, defaultValue: String?)] = []
    ) {
        self.list = list
        self.mergeKey = mergeKey
        self.retainKeys = retainKeys
        self.atomicMap = atomicMap
        self.type = type
        self.listMapKeys = listMapKeys
    }

    /// An untagged field of unknown type: maps merge, lists are replaced (upstream's behaviour for CRD fields).
    public static let unknown = PatchStrategy()

    /// A nested struct or map of the given schema type (merged key by key).
    public static func object(_ type: String) -> PatchStrategy { PatchStrategy(type: type) }

    /// `patchStrategy:"merge" patchMergeKey:"<key>"` on a list of `type` items.
    public static func mergeList(key: String, of type: String? = nil, retainKeys: Bool = false) -> PatchStrategy {
        PatchStrategy(list: .merge, mergeKey: key, retainKeys: retainKeys, type: type)
    }

    /// `patchStrategy:"merge"` on a list of scalars (a set: `finalizers`, `podCIDRs`).
    public static let mergeSet = PatchStrategy(list: .merge)

    /// An untagged list: replaced as a whole.
    public static let atomicList = PatchStrategy(list: .atomic)

    /// The keys identifying a list item for server-side apply (`listMapKeys`, else the merge key).
    var itemKeys: [(name: String, defaultValue: String?)] {
        if !listMapKeys.isEmpty { return listMapKeys }
        return mergeKey.map { [($0, nil)] } ?? []
    }

    /// Field-by-field equality (tuples are not `Equatable`, so this is spelled out).
    public static func == (lhs: PatchStrategy, rhs: PatchStrategy) -> Bool {
        lhs.list == rhs.list && lhs.mergeKey == rhs.mergeKey && lhs.retainKeys == rhs.retainKeys
            && lhs.atomicMap == rhs.atomicMap && lhs.type == rhs.type
            && lhs.listMapKeys.map(\.name) == rhs.listMapKeys.map(\.name)
            && lhs.listMapKeys.map(\.defaultValue) == rhs.listMapKeys.map(\.defaultValue)
    }

    /// Hashes the same members `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(list)
        hasher.combine(mergeKey)
        hasher.combine(retainKeys)
        hasher.combine(atomicMap)
        hasher.combine(type)
        for key in listMapKeys {
            hasher.combine(key.name)
            hasher.combine(key.defaultValue)
        }
    }
}
