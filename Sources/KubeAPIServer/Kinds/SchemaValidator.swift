import KubeModel

/// Checks a decoded body against an OpenAPI schema the way decoding into upstream's Go types does: a value of
/// the wrong JSON type is refused with Go's words (`json: cannot unmarshal string into Go struct field
/// ConfigMap.data of type map[string]string`), and members no schema declares are collected as field paths
/// (`spec.rules[0].verb`) for `fieldValidation`. `null` is accepted anywhere, as Go decodes it to a zero value.
struct SchemaValidator {
    /// Every definition a `$ref` may name.
    let definitions: [String: JSONValue]
    /// The kind, which Go's messages name first.
    let kind: String
    /// Undeclared members found so far.
    private(set) var unknownFields: [String] = []

    init(definitions: [String: JSONValue], kind: String) {
        self.definitions = definitions
        self.kind = kind
    }

    /// Checks `value` against the schema named `definition`.
    mutating func check(_ value: JSONValue, definition: String) throws(SchemaMismatch) {
        try check(value, definitions[definition] ?? [:], path: [], goType: Self.goType(definition))
    }

    /// `path` holds the field names and indexes to `value`; `goType` names the schema's Go type for messages.
    private mutating func check(_ value: JSONValue, _ schema: JSONValue, path: [PathElement], goType: String)
        throws(SchemaMismatch)
    {
        if value == .null { return }
        let (schema, goType) = resolve(schema, goType)
        guard case .object(let rules) = schema else { return }
        if rules["x-kubernetes-int-or-string"] == .bool(true) || rules["format"] == "int-or-string" {
            switch value {
            case .int, .string: return
            default: throw mismatch(value, path, goType)
            }
        }
        switch rules["type"]?.stringValue {
        case "object":
            guard case .object(let members) = value else { throw mismatch(value, path, goType) }
            // An object schema that declares nothing is opaque (`FieldsV1`, `RawExtension`).
            guard rules["properties"] != nil || rules["additionalProperties"] != nil else { return }
            let properties = rules["properties"]?.objectValue ?? [:]
            let additional = rules["additionalProperties"]
            let preserve = rules["x-kubernetes-preserve-unknown-fields"] == .bool(true)
            for key in members.keys.sorted() {
                guard let member = members[key] else { continue }
                if let property = properties[key] {
                    try check(member, property, path: path + [.field(key)], goType: Self.goType(of: property))
                } else if let additional, additional.objectValue != nil {
                    try check(member, additional, path: path + [.key(key)], goType: Self.goType(of: additional))
                } else if !preserve {
                    unknownFields.append(Self.fieldPath(path + [.field(key)]))
                }
            }
        case "array":
            guard case .array(let items) = value else { throw mismatch(value, path, goType) }
            let item = rules["items"] ?? [:]
            for (index, element) in items.enumerated() {
                try check(element, item, path: path + [.index(index)], goType: Self.goType(of: item))
            }
        case "string":
            // A Quantity reads from a JSON number as well (`cpu: 1`).
            if case .string = value { return }
            if goType == "resource.Quantity", case .int = value { return }
            if goType == "resource.Quantity", case .double = value { return }
            throw mismatch(value, path, goType)
        case "integer":
            guard case .int(let number) = value else { throw mismatch(value, path, goType) }
            if rules["format"] == "int32" && Int64(Int32(truncatingIfNeeded: number)) != number {
                throw SchemaMismatch( message("number \(number)", path, goType))
            }
        case "number":
            switch value {
            case .int, .double: return
            default: throw mismatch(value, path, goType)
            }
        case "boolean":
            guard case .bool = value else { throw mismatch(value, path, goType) }
        default:
            return
        }
    }

    /// A schema with its `$ref` (bare or in `allOf`) followed, and the Go type it names.
    private func resolve(_ schema: JSONValue, _ goType: String) -> (JSONValue, String) {
        var schema = schema
        var goType = goType
        for _ in 0..<8 {
            guard let name = Self.referenceName(schema), let target = definitions[name] else { break }
            schema = target
            goType = Self.goType(name)
        }
        return (schema, goType)
    }

    private static func referenceName(_ schema: JSONValue) -> String? {
        if case .string(let reference) = schema["$ref"] {
            return String(reference.dropFirst(OpenAPISchema.referencePrefix.count))
        }
        if case .array(let all) = schema["allOf"], let first = all.first { return referenceName(first) }
        return nil
    }

    /// Go's name of a definition's type: `v1.PolicyRule`, `resource.Quantity`.
    static func goType(_ definition: String) -> String {
        definition.split(separator: ".").suffix(2).joined(separator: ".")
    }

    /// Go's name of a property's type: `string`, `int32`, `[]v1.Subject`, `map[string]string`.
    static func goType(of schema: JSONValue) -> String {
        if let name = referenceName(schema) { return goType(name) }
        switch schema["type"]?.stringValue {
        case "string": return schema["format"] == "byte" ? "[]uint8" : "string"
        case "integer": return schema["format"]?.stringValue ?? "int64"
        case "number": return "float64"
        case "boolean": return "bool"
        case "array": return "[]" + goType(of: schema["items"] ?? [:])
        case "object":
            if let additional = schema["additionalProperties"], additional.objectValue != nil {
                return "map[string]" + goType(of: additional)
            }
            return "map[string]interface {}"
        default: return "interface {}"
        }
    }

    private func mismatch(_ value: JSONValue, _ path: [PathElement], _ goType: String) -> SchemaMismatch {
        let described: String
        switch value {
        case .string: described = "string"
        case .int, .double: described = "number"
        case .bool: described = "bool"
        case .array: described = "array"
        case .object: described = "object"
        case .null: described = "null"
        }
        return SchemaMismatch( message(described, path, goType))
    }

    private func message(_ described: String, _ path: [PathElement], _ goType: String) -> String {
        let fields = path.compactMap { element -> String? in
            if case .field(let name) = element { return name }
            return nil
        }
        let target = fields.isEmpty ? "Go value" : "Go struct field \(kind).\(fields.joined(separator: "."))"
        return "json: cannot unmarshal \(described) into \(target) of type \(goType)"
    }

    enum PathElement: Hashable {
        case field(String)
        /// A map's key: in a field path, not in Go's type-error messages.
        case key(String)
        case index(Int)
    }

    /// `spec.rules[0].verbs`, as upstream's strict decoding names a field.
    static func fieldPath(_ path: [PathElement]) -> String {
        var text = ""
        for element in path {
            switch element {
            case .field(let name): text += (text.isEmpty ? "" : ".") + name
            case .index(let index): text += "[\(index)]"
            case .key(let key): text += "[\(key)]"
            }
        }
        return text
    }
}

/// A value of the wrong type for its schema, in Go's words (without the `Kind in version ... cannot be
/// handled` prefix the decoder's caller adds).
public struct SchemaMismatch: Error, Hashable {
    public var message: String

    init(_ message: String) { self.message = message }
}
