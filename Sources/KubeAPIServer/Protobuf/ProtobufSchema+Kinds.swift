import KubeModel

extension ProtobufSchema {
    /// The layout of a schema kind's body, derived from its types' field numbers; nil unless its own type numbers
    /// every field (then protobuf bodies get upstream's 415).
    static func derived(_ definition: KindDefinition) -> ProtobufSchema? {
        guard let own = definition.types.first,
            own.fields.allSatisfy({ $0.proto > 0 || $0.name == "apiVersion" || $0.name == "kind" })
        else { return nil }
        let types = Dictionary(definition.types.map { ($0.name, $0) }) { first, _ in first }
        return message(own, types)
    }

    private static func message(_ type: TypeSchema, _ types: [String: TypeSchema]) -> ProtobufSchema {
        var fields: [Int: (name: String, type: ProtobufSchema)] = [:]
        for field in type.fields where field.proto > 0 {
            fields[field.proto] = (field.name, layout(field.shape, types))
        }
        return .message(goName(type.name), fields)
    }

    private static func layout(_ shape: FieldShape, _ types: [String: TypeSchema]) -> ProtobufSchema {
        switch shape {
        case .string: .string
        case .boolean: .bool
        case .int32, .int64: .int64
        case .number: .double
        case .bytes: .bytes
        case .intOrString: .intOrString
        case .quantity: .wrapped(.string)
        case .time: .time
        // No kind read from protobuf bodies has one; a MicroTime has the same two fields.
        case .microTime: .time
        // A status or section kept as written has no layout here: read only when empty, as kubectl's creates
        // send it.
        case .any: .opaque
        case .type(let name): types[name].map { message($0, types) } ?? named[name] ?? .message(goName(name), [:])
        case .list(let item, _): .repeated(layout(item, types))
        case .map(let value): .map(layout(value, types))
        }
    }

    /// `PolicyRule` from `io.k8s.api.rbac.v1.PolicyRule`.
    private static func goName(_ definition: String) -> String {
        String(definition.split(separator: ".").last ?? "")
    }
}
