import Foundation
import KubeModel

/// What makes a CustomResourceDefinition unservable, worded as upstream's apiextensions validation: its name,
/// group, names, scope, versions (exactly one stored), each served version's schema (present, an object at the
/// root, patterns that compile) and printer columns.
enum CustomResourceDefinitionValidation {
    static func causes(_ object: UnstructuredObject, builtinGroups: Set<String>) -> [StatusCause] {
        let facts = CustomResourceDefinitionFacts(object)
        var causes: [StatusCause] = []
        let expectedName = facts.names.plural + "." + facts.group
        if !facts.names.plural.isEmpty && !facts.group.isEmpty && object.metadata.name != expectedName {
            causes.append(.invalid("metadata.name", .string(object.metadata.name), "must be spec.names.plural+\".\"+spec.group"))
        }
        if facts.group.isEmpty {
            causes.append(.required("spec.group"))
        } else if !facts.group.contains(".") {
            causes.append(.invalid("spec.group", .string(facts.group), "should be a domain with at least one dot"))
        } else if builtinGroups.contains(facts.group) {
            causes.append(.forbidden("spec.group", "the built-in group \(facts.group) cannot hold custom resources"))
        } else {
            causes += LabelValidation.dns1123SubdomainErrors(facts.group).map { .invalid("spec.group", .string(facts.group), $0) }
        }
        causes += names(facts.names, path: "spec.names")
        switch facts.scope {
        case "": causes.append(.required("spec.scope"))
        case "Cluster", "Namespaced": break
        default: causes.append(.notSupported("spec.scope", .string(facts.scope), ["Cluster", "Namespaced"]))
        }
        causes += versions(facts.versions)
        return causes
    }

    private static func names(_ names: CustomResourceDefinitionFacts.Names, path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        for (field, value) in [("plural", names.plural), ("singular", names.singular)] {
            if value.isEmpty {
                causes.append(.required(path.child(field)))
            } else {
                causes += NameValidation.dns1035LabelErrors(value).map { .invalid(path.child(field), .string(value), $0) }
            }
        }
        for (field, values) in [("shortNames", names.shortNames), ("categories", names.categories)] {
            for (index, value) in values.enumerated() {
                causes += NameValidation.dns1035LabelErrors(value).map {
                    .invalid(path.child(field).index(index), .string(value), $0)
                }
            }
        }
        for (field, value) in [("kind", names.kind), ("listKind", names.listKind)] {
            if value.isEmpty {
                causes.append(.required(path.child(field)))
            } else {
                causes += NameValidation.dns1035LabelErrors(value.lowercased()).map {
                    .invalid(path.child(field), .string(value), "may have mixed case, but should otherwise match: " + $0)
                }
            }
        }
        if !names.kind.isEmpty && names.kind == names.listKind {
            causes.append(.invalid(path.child("listKind"), .string(names.listKind), "kind and listKind may not be the same"))
        }
        return causes
    }

    private static func versions(_ versions: [CustomResourceDefinitionFacts.Version]) -> [StatusCause] {
        var causes: [StatusCause] = []
        let stored = versions.filter(\.storage).count
        if stored != 1 {
            // Upstream prints the versions with Go's `%#v`; we print their names.
            let shown = versions.isEmpty
                ? "[]apiextensions.CustomResourceDefinitionVersion(nil)"
                : "[]apiextensions.CustomResourceDefinitionVersion{" + versions.map { GoText.quote($0.name) }.joined(separator: ", ") + "}"
            causes.append(.invalid("spec.versions", .rendered(shown), "must have exactly one version marked as storage version"))
        }
        if !versions.contains(where: \.served) {
            causes.append(
                .invalid(
                    "spec.versions", .rendered("[]apiextensions.CustomResourceDefinitionVersion{...}"),
                    "must have at least one version marked as served"))
        }
        // Upstream checks one schema shared by every version (a single version's too) as `spec.validation`.
        let shared = versions.count > 0 && versions.allSatisfy { $0.schema == versions[0].schema }
        if shared, versions[0].schema != nil {
            causes += schema(versions[0].schema, path: FieldPath("spec.validation").child("openAPIV3Schema"))
        }
        var seen: Set<String> = []
        for (index, version) in versions.enumerated() {
            let path = FieldPath("spec.versions").index(index)
            if version.name.isEmpty {
                causes.append(.required(path.child("name")))
            } else if !seen.insert(version.name).inserted {
                causes.append(.duplicate(path.child("name"), .string(version.name)))
            } else {
                causes += NameValidation.dns1035LabelErrors(version.name).map {
                    .invalid(path.child("name"), .string(version.name), $0)
                }
            }
            if !shared || version.schema == nil {
                causes += schema(version.schema, path: path.child("schema", "openAPIV3Schema"))
            }
            for (position, column) in version.columns.enumerated() {
                let columnPath = path.child("additionalPrinterColumns").index(position)
                let jsonPath = column["jsonPath"]?.stringValue ?? ""
                if (column["name"]?.stringValue ?? "").isEmpty { causes.append(.required(columnPath.child("name"))) }
                // Upstream names the field `JSONPath` in these messages.
                if jsonPath.isEmpty {
                    causes.append(.required(columnPath.child("JSONPath")))
                } else if !jsonPath.hasPrefix(".") || JSONPathCell.parse(jsonPath) == nil {
                    causes.append(.invalid(columnPath.child("JSONPath"), .string(jsonPath), "must be a simple json path starting with ."))
                }
                let type = column["type"]?.stringValue ?? ""
                if type.isEmpty {
                    causes.append(.required(columnPath.child("type")))
                } else if !["boolean", "date", "integer", "number", "string"].contains(type) {
                    causes.append(.invalid(columnPath.child("type"), .string(type), "must be one of boolean,date,integer,number,string"))
                }
            }
        }
        return causes
    }

    /// A version's schema: required, an object at the root, every `pattern` a regular expression.
    private static func schema(_ schema: JSONValue?, path: FieldPath) -> [StatusCause] {
        guard let schema, schema != .null else { return [.required(path, "schemas are required")] }
        var causes: [StatusCause] = []
        switch schema["type"]?.stringValue {
        case nil: causes.append(.required(path.child("type"), "must not be empty at the root"))
        case "object": break
        case let other?: causes.append(.invalid(path.child("type"), .string(other), "must be object at the root"))
        }
        patterns(schema, path: path, causes: &causes)
        return causes
    }

    private static func patterns(_ schema: JSONValue, path: FieldPath, causes: inout [StatusCause]) {
        guard case .object(let rules) = schema else { return }
        if let pattern = rules["pattern"]?.stringValue, (try? NSRegularExpression(pattern: pattern)) == nil {
            causes.append(.invalid(path.child("pattern"), .string(pattern), "must be a valid regular expression, but isn't"))
        }
        for (name, property) in rules["properties"]?.objectValue ?? [:] {
            patterns(property, path: path.child("properties").key(name), causes: &causes)
        }
        if let items = rules["items"] { patterns(items, path: path.child("items"), causes: &causes) }
        if let additional = rules["additionalProperties"], additional.objectValue != nil {
            patterns(additional, path: path.child("additionalProperties"), causes: &causes)
        }
    }
}
