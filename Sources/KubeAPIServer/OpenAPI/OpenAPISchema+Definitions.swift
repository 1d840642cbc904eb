import KubeModel

extension OpenAPISchema {
    /// Every schema the built-in types describe, by upstream definition name (`io.k8s.api.core.v1.Pod`).
    static let definitions = BuiltinTypes.definitions

    /// The schemas of one group-version document: each resource's kind's schema and, transitively, every schema it
    /// references, so no `$ref` dangles and no other group's kinds leak in (upstream's documents do the same).
    static func schemas(for resources: [ResourceInfo], in definitions: [String: JSONValue]) -> [String: JSONValue] {
        let wanted = resources.map { groupVersionKind(group: $0.group, version: $0.version, kind: $0.kind) }
        var pending = definitions.compactMap { name, schema -> String? in
            guard case .array(let declared) = schema["x-kubernetes-group-version-kind"],
                declared.contains(where: { wanted.contains($0) })
            else { return nil }
            return name
        }
        var schemas: [String: JSONValue] = [:]
        while let name = pending.popLast() {
            guard schemas[name] == nil, let schema = definitions[name] else { continue }
            schemas[name] = schema
            pending += references(in: schema)
        }
        return schemas
    }

    /// The definition names `value` refers to through `$ref`s, at any depth.
    static func references(in value: JSONValue) -> [String] {
        switch value {
        case .object(let members):
            var names: [String] = []
            if case .string(let reference) = members["$ref"] {
                names.append(String(reference.dropFirst(referencePrefix.count)))
            }
            return members.values.reduce(into: names) { names, member in names += references(in: member) }
        case .array(let items):
            return items.flatMap(references(in:))
        default:
            return []
        }
    }
}
