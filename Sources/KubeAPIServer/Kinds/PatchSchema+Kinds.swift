import KubeModel

extension PatchSchema {
    /// Every kind served: the built-in types' and those of the kinds defined by a `KindDefinition`.
    public static let served = standard.adding(BuiltinKinds.allWithCustomResourceDefinition)

    /// The kinds this server decodes into its own model, from `BuiltinTypes`; `Object` is what an unknown kind
    /// has (metadata).
    public static let standard = PatchSchema(types: ["Object": ["metadata": .object(BuiltinTypes.objectMeta)]], kinds: [:])
        .adding(types: BuiltinTypes.all)

    /// This schema with the patch facts of `kinds` derived from their `TypeSchema`s.
    func adding(_ kinds: [KindDefinition]) -> PatchSchema {
        adding(types: kinds.flatMap(\.types))
    }

    /// This schema with the patch facts of `types`: lists merged by key (with their list-map keys for
    /// server-side apply), sets, atomic lists and structs, and the named types to descend into. The first type
    /// declaring a kind is its root (core's Event before events.k8s.io's, as both are `Event`).
    private func adding(types added: [TypeSchema]) -> PatchSchema {
        var schema = self
        let atomic = Set(added.filter(\.atomic).map(\.name)).union(atomicTypes)
        for type in added {
            if let kind = type.kind, schema.kinds[kind.kind] == nil { schema.kinds[kind.kind] = type.name }
            var fields: [String: PatchStrategy] = [:]
            for field in type.fields {
                if let strategy = Self.strategy(of: field.shape, atomic: atomic) { fields[field.name] = strategy }
            }
            schema.types[type.name] = fields
        }
        return schema
    }

    /// The types apply owns whole: those the built-in tables mark atomic.
    private var atomicTypes: Set<String> {
        Set(BuiltinTypes.all.filter(\.atomic).map(\.name))
    }

    /// The schema of one custom kind: the list types and map keys its CRD's schema declares (a list without
    /// `x-kubernetes-list-type` is atomic, as upstream), each nested object a type named by its path.
    static func custom(kind: String, definitionName: String, schema: JSONValue) -> PatchSchema {
        var result = PatchSchema(types: standard.types.filter { ["Object", BuiltinTypes.objectMeta].contains($0.key) }, kinds: [:])
        result.kinds[kind] = definitionName
        result.describe(schema, as: definitionName, isRoot: true)
        return result
    }

    private mutating func describe(_ schema: JSONValue, as name: String, isRoot: Bool = false) {
        var fields: [String: PatchStrategy] = isRoot ? ["metadata": .object(BuiltinTypes.objectMeta)] : [:]
        for (field, property) in schema["properties"]?.objectValue ?? [:] where !(isRoot && field == "metadata") {
            let path = name + "/" + field
            if property["type"] == "array" {
                fields[field] = customList(property, itemType: path + "[]")
            } else if property["properties"] != nil {
                if property["x-kubernetes-map-type"] == "atomic" {
                    fields[field] = PatchStrategy(atomicMap: true)
                } else {
                    fields[field] = .object(path)
                    describe(property, as: path)
                }
            }
        }
        types[name] = fields
    }

    private mutating func customList(_ property: JSONValue, itemType: String) -> PatchStrategy {
        let item = property["items"] ?? .null
        let described = item["properties"] != nil
        if described { describe(item, as: itemType) }
        switch property["x-kubernetes-list-type"]?.stringValue {
        case "map":
            let keys = property["x-kubernetes-list-map-keys"]?.arrayValue?.compactMap(\.stringValue) ?? []
            return PatchStrategy(
                list: .merge, mergeKey: keys.first, type: described ? itemType : nil,
                listMapKeys: keys.map { key in (key, item["properties"]?[key]?["default"]?.stringValue) })
        case "set":
            return .mergeSet
        default:
            return PatchStrategy(list: .atomic, type: described ? itemType : nil)
        }
    }

    /// The list-map keys with a default: a port's protocol is TCP unless it says otherwise, everywhere in the API.
    static let keyDefaults = ["protocol": "TCP"]

    /// One field's strategy; nil for a field that merges as upstream's untagged fields do (scalars, maps).
    /// `PatchStrategy` has one list behaviour for patch and apply: a set merges, and a list that apply keys
    /// but a patch replaces (`resources.claims`) is replaced.
    private static func strategy(of shape: FieldShape, atomic: Set<String>) -> PatchStrategy? {
        switch shape {
        case .type(let name):
            return atomic.contains(name) ? PatchStrategy(atomicMap: true) : .object(name)
        case .list(let item, let listType):
            var itemType: String?
            if case .type(let name) = item { itemType = name }
            switch (listType.apply, listType.patch) {
            case (.set, _), (_, .merge):
                return .mergeSet
            case (_, .replace):
                return PatchStrategy(list: .atomic, type: itemType)
            case (let apply, .mergeOn(let key, let retainKeys)):
                var keys = [key]
                if case .map(let declared) = apply { keys = declared }
                return PatchStrategy(
                    list: .merge, mergeKey: key, retainKeys: retainKeys, type: itemType,
                    listMapKeys: keys.map { ($0, keyDefaults[$0]) })
            }
        default:
            return nil
        }
    }
}
