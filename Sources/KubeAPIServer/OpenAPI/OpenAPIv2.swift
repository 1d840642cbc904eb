import KubeModel

/// The Swagger 2.0 document at `/openapi/v2`, made from the same schemas and operations as the v3 documents.
/// kubectl 1.27 and 1.28 read it before `apply`, `diff` and `explain` (only as protobuf, gnostic's
/// `openapi.v2.Document`), and every kubectl falls back to it for a kind missing from v3; without it they
/// refuse the whole manifest.
enum OpenAPIv2 {
    /// The `Content-Type` of the protobuf answer, as kube-openapi writes it: kubectl asks for
    /// `...spec.v2@v1.0+protobuf`, but Go's media type parser refuses an `@` in a response's type.
    static let protobufMediaType = "application/com.github.proto-openapi.spec.v2.v1.0+protobuf"

    /// The document as JSON: one path per resource with its `patch` operation, every definition.
    static func document(
        _ resources: [ResourceInfo], definitions: [String: JSONValue], serverVersion: String
    ) -> JSONValue {
        var paths: JSONObject = [:]
        for resource in resources {
            guard case .object(var item) = OpenAPIDocuments.pathItem(resource) else { continue }
            item["parameters"] = item["parameters"].map(convert)
            item["patch"] = item["patch"].map(convert)
            paths[OpenAPIDocuments.itemPath(resource)] = .object(item)
        }
        return [
            "swagger": "2.0",
            "info": ["title": "Kubernetes", "version": .string(serverVersion)],
            "paths": .object(paths),
            "definitions": .object(definitions.mapValues(convert)),
        ]
    }

    /// A v3 schema or operation in v2's terms: `#/definitions/` references, a lone `allOf` reference as the
    /// schema's own `$ref`, parameters typed directly rather than through a schema.
    static func convert(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(var members):
            if case .array(let all)? = members["allOf"], all.count == 1, let reference = all[0]["$ref"] {
                members["allOf"] = nil
                members["$ref"] = reference
            }
            if case .string(let reference)? = members["$ref"], reference.hasPrefix(OpenAPISchema.referencePrefix) {
                members["$ref"] = .string("#/definitions/" + reference.dropFirst(OpenAPISchema.referencePrefix.count))
            }
            if members["in"] != nil, case .object(let schema)? = members["schema"] {
                members["schema"] = nil
                members.merge(schema) { current, _ in current }
            }
            return .object(members.mapValues(convert))
        case .array(let items):
            return .array(items.map(convert))
        default:
            return value
        }
    }

    // MARK: Protobuf

    /// `document` as gnostic's `openapi.v2.Document`; vendor extensions and defaults travel as their JSON
    /// text in `Any.yaml` (JSON is YAML, which is how kube-openapi fills them too).
    static func protobuf(_ document: JSONValue) -> [UInt8] {
        var writer = ProtobufWriter()
        writer.string(1, document["swagger"]?.stringValue ?? "")
        writer.message(2) { info in
            info.string(1, document["info"]?["title"]?.stringValue ?? "")
            info.string(2, document["info"]?["version"]?.stringValue ?? "")
        }
        writer.message(8) { paths in
            for (name, item) in sorted(document["paths"]?.objectValue) {
                paths.message(2) { named in
                    named.string(1, name)
                    named.message(2) { pathItem in
                        for parameter in item["parameters"]?.arrayValue ?? [] {
                            pathItem.message(9) { writeParameter(parameter, into: &$0) }
                        }
                        if let patch = item["patch"] { pathItem.message(8) { writeOperation(patch, into: &$0) } }
                    }
                }
            }
        }
        writer.message(9) { definitions in
            for (name, schema) in sorted(document["definitions"]?.objectValue) {
                definitions.message(1) { named in
                    named.string(1, name)
                    named.message(2) { writeSchema(schema, into: &$0) }
                }
            }
        }
        return writer.bytes
    }

    private static func sorted(_ members: JSONObject?) -> [(String, JSONValue)] {
        (members ?? [:]).sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { ($0.key, $0.value) }
    }

    /// `Operation`: its id, parameters, responses and vendor extensions.
    private static func writeOperation(_ operation: JSONValue, into writer: inout ProtobufWriter) {
        for tag in operation["tags"]?.arrayValue ?? [] { writer.string(1, tag.stringValue ?? "") }
        writer.string(3, operation["description"]?.stringValue ?? "")
        writer.string(5, operation["operationId"]?.stringValue ?? "")
        for parameter in operation["parameters"]?.arrayValue ?? [] {
            writer.message(8) { writeParameter(parameter, into: &$0) }
        }
        writer.message(9) { responses in
            for (code, response) in sorted(operation["responses"]?.objectValue) {
                responses.message(1) { named in
                    named.string(1, code)
                    named.message(2) { value in
                        value.message(1) { $0.string(1, response["description"]?.stringValue ?? "") }
                    }
                }
            }
        }
        writeExtensions(operation, field: 13, into: &writer)
    }

    /// `ParametersItem` > `Parameter` > `NonBodyParameter` > its query or path sub-schema.
    private static func writeParameter(_ parameter: JSONValue, into writer: inout ProtobufWriter) {
        let location = parameter["in"]?.stringValue ?? ""
        writer.message(1) { item in
            item.message(2) { nonBody in
                // QueryParameterSubSchema is field 3, PathParameterSubSchema field 4; both number required,
                // in, description, name as 1-4 and type then sits at 6 (query) or 5 (path).
                let isQuery = location == "query"
                nonBody.message(isQuery ? 3 : 4) { sub in
                    sub.bool(1, parameter["required"] == .bool(true))
                    sub.string(2, location)
                    sub.string(3, parameter["description"]?.stringValue ?? "")
                    sub.string(4, parameter["name"]?.stringValue ?? "")
                    sub.string(isQuery ? 6 : 5, parameter["type"]?.stringValue ?? "")
                    sub.bool(isQuery ? 20 : 19, parameter["uniqueItems"] == .bool(true))
                }
            }
        }
    }

    /// `Schema`, field by field.
    private static func writeSchema(_ schema: JSONValue, into writer: inout ProtobufWriter) {
        writer.string(1, schema["$ref"]?.stringValue ?? "")
        writer.string(2, schema["format"]?.stringValue ?? "")
        writer.string(3, schema["title"]?.stringValue ?? "")
        writer.string(4, schema["description"]?.stringValue ?? "")
        if let value = schema["default"] { writer.message(5) { writeAny(value, into: &$0) } }
        for required in schema["required"]?.arrayValue ?? [] { writer.string(19, required.stringValue ?? "") }
        for value in schema["enum"]?.arrayValue ?? [] { writer.message(20) { writeAny(value, into: &$0) } }
        switch schema["additionalProperties"] {
        case .bool(let allowed)?: writer.message(21) { $0.bool(2, allowed) }
        case let additional? where additional.objectValue != nil:
            writer.message(21) { item in item.message(1) { writeSchema(additional, into: &$0) } }
        default: break
        }
        if let type = schema["type"]?.stringValue { writer.message(22) { $0.string(1, type) } }
        if let items = schema["items"], items.objectValue != nil {
            writer.message(23) { item in item.message(1) { writeSchema(items, into: &$0) } }
        }
        for part in schema["allOf"]?.arrayValue ?? [] { writer.message(24) { writeSchema(part, into: &$0) } }
        if let properties = schema["properties"]?.objectValue {
            writer.message(25) { list in
                for (name, property) in sorted(properties) {
                    list.message(1) { named in
                        named.string(1, name)
                        named.message(2) { writeSchema(property, into: &$0) }
                    }
                }
            }
        }
        writer.bool(27, schema["readOnly"] == .bool(true))
        writeExtensions(schema, field: 31, into: &writer)
    }

    /// The `x-` members as `NamedAny`s.
    private static func writeExtensions(_ value: JSONValue, field: Int, into writer: inout ProtobufWriter) {
        for (name, extensionValue) in sorted(value.objectValue) where name.hasPrefix("x-") {
            writer.message(field) { named in
                named.string(1, name)
                named.message(2) { writeAny(extensionValue, into: &$0) }
            }
        }
    }

    /// `Any` with the value's JSON text as its `yaml`.
    private static func writeAny(_ value: JSONValue, into writer: inout ProtobufWriter) {
        writer.string(2, String(decoding: value.canonicalBytes, as: UTF8.self) + "\n")
    }
}
