import KubeModel

extension PatchSchema {
    /// Every kind served: the hand-written types of the typed kinds and those derived from the schema kinds.
    public static let served = standard.adding(BuiltinKinds.allWithCustomResourceDefinition)

    /// This schema with the patch facts of `kinds` derived from their `TypeSchema`s: lists merged by key (with
    /// their list-map keys for server-side apply), sets, atomic lists and selectors, and the named types to
    /// descend into. A type the hand-written tables already describe (`PodTemplateSpec`) is used as it is.
    func adding(_ kinds: [KindDefinition]) -> PatchSchema {
        var schema = self
        for kind in kinds {
            if schema.kinds[kind.info.kind] == nil { schema.kinds[kind.info.kind] = kind.definitionName }
            for type in kind.types {
                var fields: [String: PatchStrategy] = [:]
                for field in type.fields {
                    if let strategy = strategy(of: field.shape) { fields[field.name] = strategy }
                }
                schema.types[type.name] = fields
            }
        }
        return schema
    }

    /// The schema of one custom kind: the list types and map keys its CRD's schema declares (a list without
    /// `x-kubernetes-list-type` is atomic, as upstream), each nested object a type named by its path.
    static func custom(kind: String, definitionName: String, schema: JSONValue) -> PatchSchema {
        var result = PatchSchema(types: standard.types.filter { ["Object", "ObjectMeta"].contains($0.key) }, kinds: [:])
        result.kinds[kind] = definitionName
        result.describe(schema, as: definitionName, isRoot: true)
        return result
    }

    private mutating func describe(_ schema: JSONValue, as name: String, isRoot: Bool = false) {
        var fields: [String: PatchStrategy] = isRoot ? ["metadata": .object("ObjectMeta")] : [:]
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

    /// A label selector is replaced whole, as upstream's `+structType=atomic`.
    static let labelSelectorType = "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"

    /// The list-map keys with a default: a port's protocol is TCP unless it says otherwise, everywhere in the API.
    static let keyDefaults = ["protocol": "TCP"]

    private func strategy(of shape: FieldShape) -> PatchStrategy? {
        switch shape {
        case .type(let name):
            return name == Self.labelSelectorType ? PatchStrategy(atomicMap: true) : .object(typeName(name))
        case .list(let item, .map(let keys)):
            guard let first = keys.first else { return .atomicList }
            return PatchStrategy(
                list: .merge, mergeKey: first, type: itemType(item),
                listMapKeys: keys.map { ($0, Self.keyDefaults[$0]) })
        case .list(_, .set):
            return .mergeSet
        case .list(let item, .atomic):
            return PatchStrategy(list: .atomic, type: itemType(item))
        default:
            return nil
        }
    }

    private func itemType(_ item: FieldShape) -> String? {
        if case .type(let name) = item { return typeName(name) }
        return nil
    }

    /// The hand-written tables name types briefly (`PodTemplateSpec`); a type they have is found under that name.
    private func typeName(_ definition: String) -> String {
        let short = String(definition.split(separator: ".").last ?? "")
        return types[short] != nil ? short : definition
    }
}
