/// The strategic-merge-patch schema of the objects this server serves: type → field → `PatchStrategy`, the
/// `patchStrategy` / `patchMergeKey` tags (and, for server-side apply, the `+listMapKey` / `+structType`
/// markers) that kube-apiserver reads from Go reflection, derived here from the `TypeSchema` tables
/// (`PatchSchema.standard`, `.served`). Fields not listed behave as upstream's untagged fields: maps merge,
/// lists are replaced.
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
