import Foundation
import KubeModel
import Synchronization

/// A CRD version's `openAPIV3Schema`, applied to the custom objects of that version as upstream applies it:
/// `default`s filled in, members no schema declares pruned (unless `x-kubernetes-preserve-unknown-fields`),
/// then every value checked against its schema, with upstream's messages. `apiVersion`, `kind` and `metadata`
/// of the object (and of an `x-kubernetes-embedded-resource`) are the API's, never pruned here.
///
/// Decision: `x-kubernetes-validations` (CEL rules) are kept in the schema and published, not evaluated.
/// One instance is shared by the kind's registry, its strategy and every request.
public final class StructuralSchema: Sendable {
    /// The schema of the whole object.
    public let root: JSONValue

    public init(_ root: JSONValue) {
        self.root = root
    }

    /// The members every object keeps whatever its schema says.
    static let objectMembers: Set<String> = ["apiVersion", "kind", "metadata"]

    // MARK: Defaulting

    /// Fills in the `default` of every declared member that is missing (or null where null is not allowed), at
    /// every depth, in the object's members beside `apiVersion`, `kind` and `metadata`.
    public func applyDefaults(_ members: inout JSONObject) {
        var object = JSONValue.object(members)
        Self.applyDefaults(&object, root, isRoot: true)
        members = object.objectValue ?? members
    }

    private static func applyDefaults(_ value: inout JSONValue, _ schema: JSONValue, isRoot: Bool = false) {
        switch value {
        case .object(var members):
            for (name, property) in schema["properties"]?.objectValue ?? [:] {
                if isRoot && objectMembers.contains(name) { continue }
                if let fallback = property["default"],
                    members[name] == nil || members[name] == .null && property["nullable"] != .bool(true)
                {
                    members[name] = fallback
                }
                if var member = members[name] {
                    applyDefaults(&member, property)
                    members[name] = member
                }
            }
            if let additional = schema["additionalProperties"], additional.objectValue != nil {
                for (name, var member) in members where schema["properties"]?[name] == nil {
                    applyDefaults(&member, additional)
                    members[name] = member
                }
            }
            value = .object(members)
        case .array(var items):
            guard let item = schema["items"] else { return }
            for index in items.indices { applyDefaults(&items[index], item) }
            value = .array(items)
        default:
            return
        }
    }

    // MARK: Nulls

    /// Removes the members that are null where the schema allows no null and has no default (upstream drops
    /// them before defaulting; null items of a list stay, and fail validation).
    public func dropDisallowedNulls(_ members: inout JSONObject) {
        var object = JSONValue.object(members)
        Self.dropNulls(&object, root)
        members = object.objectValue ?? members
    }

    private static func dropNulls(_ value: inout JSONValue, _ schema: JSONValue) {
        switch value {
        case .object(var members):
            let properties = schema["properties"]?.objectValue ?? [:]
            let additional = schema["additionalProperties"].flatMap { $0.objectValue != nil ? $0 : nil }
            for name in Array(members.keys) {
                guard var member = members[name], let memberSchema = properties[name] ?? additional else { continue }
                if member == .null {
                    if memberSchema["nullable"] != .bool(true) && memberSchema["default"] == nil { members[name] = nil }
                    continue
                }
                dropNulls(&member, memberSchema)
                members[name] = member
            }
            value = .object(members)
        case .array(var items):
            guard let item = schema["items"] else { return }
            for index in items.indices { dropNulls(&items[index], item) }
            value = .array(items)
        default:
            return
        }
    }

    // MARK: Pruning

    /// Removes the members no schema declares, returning their paths sorted (`spec.extra`, `spec.ports[0].name`)
    /// for `fieldValidation`.
    @discardableResult
    public func prune(_ members: inout JSONObject) -> [String] {
        var removed: [String] = []
        var object = JSONValue.object(members)
        Self.prune(&object, root, path: [], keep: Self.objectMembers, removed: &removed)
        members = object.objectValue ?? members
        return removed.sorted()
    }

    private static func prune(
        _ value: inout JSONValue, _ schema: JSONValue, path: [SchemaValidator.PathElement], keep: Set<String>,
        removed: inout [String]
    ) {
        let preserve = schema["x-kubernetes-preserve-unknown-fields"] == .bool(true)
        switch value {
        case .object(var members):
            let properties = schema["properties"]?.objectValue ?? [:]
            let additional = schema["additionalProperties"]
            for name in members.keys.sorted() {
                guard var member = members[name] else { continue }
                if keep.contains(name) { continue }
                let memberPath = path + [.field(name)]
                if let property = properties[name] {
                    prune(&member, property, path: memberPath, keep: embeddedMembers(property), removed: &removed)
                    members[name] = member
                } else if let additional, additional.objectValue != nil {
                    prune(&member, additional, path: memberPath, keep: embeddedMembers(additional), removed: &removed)
                    members[name] = member
                } else if !preserve && additional != .bool(true) {
                    members[name] = nil
                    removed.append(SchemaValidator.fieldPath(memberPath))
                }
            }
            value = .object(members)
        case .array(var items):
            guard let item = schema["items"] else { return }
            for index in items.indices {
                prune(&items[index], item, path: path + [.index(index)], keep: embeddedMembers(item), removed: &removed)
            }
            value = .array(items)
        default:
            return
        }
    }

    /// An embedded resource keeps its own `apiVersion`, `kind` and `metadata`.
    private static func embeddedMembers(_ schema: JSONValue) -> Set<String> {
        schema["x-kubernetes-embedded-resource"] == .bool(true) ? objectMembers : []
    }

    // MARK: Validation

    /// The causes that make the object's members (beside `apiVersion`, `kind` and `metadata`) invalid.
    public func validate(_ members: JSONObject) -> [StatusCause] {
        var causes: [StatusCause] = []
        var checked = members
        for name in Self.objectMembers { checked[name] = nil }
        var schema = root.objectValue ?? [:]
        if case .object(var properties)? = schema["properties"] {
            for name in Self.objectMembers { properties[name] = nil }
            schema["properties"] = .object(properties)
        }
        if case .array(let required)? = schema["required"] {
            schema["required"] = .array(required.filter { !Self.objectMembers.contains($0.stringValue ?? "") })
        }
        Self.validate(.object(checked), .object(schema), path: "", causes: &causes)
        return causes
    }

    private static func validate(_ value: JSONValue, _ schema: JSONValue, path: FieldPath, causes: inout [StatusCause]) {
        guard case .object(let rules) = schema else { return }
        let name = path.description
        if value == .null {
            if rules["nullable"] == .bool(true) { return }
            if let type = rules["type"]?.stringValue {
                causes.append(typeMismatch(path, expected: type, actual: "null"))
            }
            return
        }
        if rules["x-kubernetes-int-or-string"] == .bool(true) {
            switch value {
            case .int, .string: break
            default:
                causes.append(typeMismatch(path, expected: "integer,string", actual: typeName(value)))
                return
            }
        } else if let type = rules["type"]?.stringValue, !matches(value, type: type) {
            causes.append(typeMismatch(path, expected: type, actual: typeName(value)))
            return
        }
        checkCombinations(value, rules, path: path, causes: &causes)
        switch value {
        case .string(let text):
            // Only the first of the string rules that fails is reported.
            let length = text.unicodeScalars.count
            if let maximum = rules["maxLength"]?.intValue, length > maximum {
                causes.append(
                    StatusCause(reason: "FieldValueTooLong", message: "Too long: may not be more than \(maximum) bytes", field: name))
            } else if let minimum = rules["minLength"]?.intValue, length < minimum {
                causes.append(.invalid(path, .string(text), "\(name) in body should be at least \(minimum) chars long"))
            } else if let pattern = rules["pattern"]?.stringValue, !PatternCache.matches(text, pattern) {
                causes.append(.invalid(path, .string(text), "\(name) in body should match '\(pattern)'"))
            }
        case .int, .double:
            checkNumber(value, rules, path: path, causes: &causes)
        case .array(let items):
            if let maximum = rules["maxItems"]?.intValue, items.count > maximum {
                causes.append(
                    StatusCause(
                        reason: "FieldValueTooMany",
                        message: "Too many: \(items.count): must have at most \(maximum) items", field: name))
            }
            if let minimum = rules["minItems"]?.intValue, items.count < minimum {
                causes.append(.invalid(path, .int(Int64(items.count)), "\(name) in body should have at least \(minimum) items"))
            }
            checkUniqueness(items, rules, path: path, causes: &causes)
            if let item = rules["items"] {
                for (index, element) in items.enumerated() {
                    validate(element, item, path: path.index(index), causes: &causes)
                }
            }
        default:
            break
        }
        if case .array(let allowed)? = rules["enum"], !allowed.contains(where: { equal($0, value) }) {
            // Go lists the allowed values with `%v`: strings bare, then quoted once.
            causes.append(.notSupported(path, goValue(value), allowed.map { $0.stringValue ?? goValue($0).text }))
        }
        if case .object(let members) = value {
            if let maximum = rules["maxProperties"]?.intValue, members.count > maximum {
                causes.append(
                    StatusCause(
                        reason: "FieldValueTooMany",
                        message: "Too many: \(members.count): must have at most \(maximum) items", field: name))
            }
            if let minimum = rules["minProperties"]?.intValue, members.count < minimum {
                causes.append(
                    .invalid(path, .int(Int64(members.count)), "\(name) in body should have at least \(minimum) properties"))
            }
            let properties = rules["properties"]?.objectValue ?? [:]
            let additional = rules["additionalProperties"]
            for key in members.keys.sorted() {
                guard let member = members[key] else { continue }
                if let property = properties[key] {
                    validate(member, property, path: path.child(key), causes: &causes)
                } else if let additional, additional.objectValue != nil {
                    validate(member, additional, path: path.child(key), causes: &causes)
                }
            }
            for required in rules["required"]?.arrayValue ?? [] {
                guard let field = required.stringValue, members[field] == nil else { continue }
                causes.append(.required(path.child(field)))
            }
        }
    }

    private static func checkNumber(_ value: JSONValue, _ rules: JSONObject, path: FieldPath, causes: inout [StatusCause]) {
        let name = path.description
        let number: Double
        switch value {
        case .int(let integer): number = Double(integer)
        case .double(let real): number = real
        default: return
        }
        let shown = goValue(value)
        if let factor = rules["multipleOf"].flatMap(doubleValue), factor > 0,
            (number / factor).rounded() != number / factor
        {
            causes.append(.invalid(path, shown, "\(name) in body should be a multiple of \(formatted(factor))"))
        }
        if let minimum = rules["minimum"].flatMap(doubleValue) {
            let exclusive = rules["exclusiveMinimum"] == .bool(true)
            if exclusive ? number <= minimum : number < minimum {
                let relation = exclusive ? "greater than" : "greater than or equal to"
                causes.append(.invalid(path, shown, "\(name) in body should be \(relation) \(formatted(minimum))"))
            }
        }
        if let maximum = rules["maximum"].flatMap(doubleValue) {
            let exclusive = rules["exclusiveMaximum"] == .bool(true)
            if exclusive ? number >= maximum : number > maximum {
                let relation = exclusive ? "less than" : "less than or equal to"
                causes.append(.invalid(path, shown, "\(name) in body should be \(relation) \(formatted(maximum))"))
            }
        }
    }

    /// `uniqueItems`, and the keys of `x-kubernetes-list-type: map` and the items of `set`, which must not repeat.
    private static func checkUniqueness(_ items: [JSONValue], _ rules: JSONObject, path: FieldPath, causes: inout [StatusCause]) {
        let listType = rules["x-kubernetes-list-type"]?.stringValue
        if listType == "map", case .array(let keys)? = rules["x-kubernetes-list-map-keys"] {
            let names = keys.compactMap(\.stringValue)
            var seen: [JSONObject] = []
            for (index, item) in items.enumerated() {
                var key: JSONObject = [:]
                for name in names { key[name] = item[name] }
                if seen.contains(key) {
                    causes.append(.duplicate(path.index(index), .rendered(goMap(key))))
                } else {
                    seen.append(key)
                }
            }
        } else if listType == "set" || rules["uniqueItems"] == .bool(true) {
            var seen: [JSONValue] = []
            for (index, item) in items.enumerated() {
                if seen.contains(where: { equal($0, item) }) {
                    causes.append(.duplicate(path.index(index), goValue(item)))
                } else {
                    seen.append(item)
                }
            }
        }
    }

    /// `allOf`, `anyOf`, `oneOf` and `not`: structural schemas may only add value rules through them.
    private static func checkCombinations(_ value: JSONValue, _ rules: JSONObject, path: FieldPath, causes: inout [StatusCause]) {
        for schema in rules["allOf"]?.arrayValue ?? [] {
            validate(value, schema, path: path, causes: &causes)
        }
        func passes(_ schema: JSONValue) -> Bool {
            var found: [StatusCause] = []
            validate(value, schema, path: path, causes: &found)
            return found.isEmpty
        }
        if let options = rules["anyOf"]?.arrayValue, !options.isEmpty, !options.contains(where: passes) {
            causes.append(.invalid(path, goValue(value), "\"\(path.description)\" must validate at least one schema (anyOf)"))
        }
        if let options = rules["oneOf"]?.arrayValue, !options.isEmpty, options.filter(passes).count != 1 {
            causes.append(.invalid(path, goValue(value), "\"\(path.description)\" must validate one and only one schema (oneOf)"))
        }
        if let excluded = rules["not"], passes(excluded) {
            causes.append(.invalid(path, goValue(value), "\"\(path.description)\" must not validate the schema (not)"))
        }
    }

    // MARK: Values

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("number", .int),
            ("number", .double), ("integer", .int):
            return true
        case ("integer", .double(let number)):
            return number.rounded() == number
        default:
            return false
        }
    }

    private static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .bool: "boolean"
        case .int: "integer"
        case .double: "number"
        case .null: "null"
        }
    }

    /// Upstream reports a wrong type with the JSON type it found, as the value and at the end of the detail.
    private static func typeMismatch(_ path: FieldPath, expected: String, actual: String) -> StatusCause {
        .invalid(path, .string(actual), "\(path.description) in body must be of type \(expected): \(GoText.quote(actual))")
    }

    private static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.int(let integer), .double(let real)), (.double(let real), .int(let integer)): Double(integer) == real
        default: lhs == rhs
        }
    }

    private static func doubleValue(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let integer): Double(integer)
        case .double(let real): real
        default: nil
        }
    }

    /// A bound as Go's `%v` prints a float64: `10`, `0.5`.
    private static func formatted(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }

    /// A value as Go prints it after `Invalid value: `.
    static func goValue(_ value: JSONValue) -> GoValue {
        switch value {
        case .string(let text): .string(text)
        case .int(let integer): .int(integer)
        case .bool(let flag): .bool(flag)
        case .double(let real): .rendered(GoFloat.json(real))
        case .null: .null
        case .object(let members): .rendered(goMap(members))
        case .array: .rendered("[]interface {}{...}")
        }
    }

    private static func goMap(_ members: JSONObject) -> String {
        let entries = members.keys.sorted(by: GoValue.precedes).map { key in
            GoText.quote(key) + ":" + (members[key].map { goValue($0).text } ?? "<nil>")
        }
        return "map[string]interface {}{" + entries.joined(separator: ", ") + "}"
    }
}

/// Compiled `pattern`s: a schema's few patterns are checked on every write of its objects.
enum PatternCache {
    private static let compiled = Mutex<[String: NSRegularExpression]>([:])

    /// Whether `text` matches `pattern` somewhere (JSON Schema patterns are not anchored); an invalid pattern
    /// (refused when the CRD is written) matches everything.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        let expression = compiled.withLock { cache -> NSRegularExpression? in
            if let found = cache[pattern] { return found }
            guard let made = try? NSRegularExpression(pattern: pattern) else { return nil }
            if cache.count > 1024 { cache.removeAll() }
            cache[pattern] = made
            return made
        }
        guard let expression else { return true }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
