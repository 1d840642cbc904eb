import KubeModel

/// A JSON patch (RFC 6902, `application/json-patch+json`): an ordered list of `add`, `remove`, `replace`, `move`,
/// `copy` and `test` operations addressed by JSON Pointers (RFC 6901, `~1` for `/`, `~0` for `~`), applied the way
/// kube-apiserver applies them through `evanphx/json-patch` v4, quirks included, so `kubectl patch --type=json`
/// behaves as against a real cluster:
/// - `replace` of a missing object member adds it (v4 only checks that the parent exists);
/// - `test` treats a missing member and `null` alike;
/// - array indexes may be negative (counted from the end) and `-` appends for `add`.
///
/// Errors carry v4's wording (`testing value /spec/x failed: test failed`); kube-apiserver hides it behind a generic
/// 422 message, which `PatchApplier` reproduces, so the text here is for logs and tests.
struct JSONPatch {
    /// Why a patch document could not be decoded (upstream: 400 with this message).
    struct DecodeError: Error, Hashable {
        /// Go's `json.Unmarshal` wording.
        var message: String
    }

    /// Why an operation could not be applied (upstream: 422, message hidden).
    struct ApplyError: Error, Hashable {
        /// `evanphx/json-patch` v4's wording.
        var message: String
    }

    /// The operations, each kept as its raw JSON object, as upstream keeps `map[string]*json.RawMessage`.
    var operations: [JSONObject]

    /// Decodes a patch document: a JSON array of objects (`null` is an empty patch).
    init(decoding document: JSONValue) throws(DecodeError) {
        switch document {
        case .null:
            operations = []
        case .array(let items):
            var operations: [JSONObject] = []
            for item in items {
                switch item {
                case .object(let members): operations.append(members)
                case .null: operations.append([:])
                default: throw DecodeError(message: "json: cannot unmarshal \(Self.goKind(item)) into Go value of type jsonpatch.Operation")
                }
            }
            self.operations = operations
        default:
            throw DecodeError(message: "json: cannot unmarshal \(Self.goKind(document)) into Go value of type jsonpatch.Patch")
        }
    }

    /// `document` with every operation applied in order; the first failing operation aborts the whole patch.
    func apply(to document: JSONValue) throws(ApplyError) -> JSONValue {
        var document = document
        var copiedBytes = 0
        for operation in operations {
            let kind = operation["op"]?.stringValue ?? "unknown"
            switch kind {
            case "add": try add(operation, &document)
            case "remove": try remove(operation, &document)
            case "replace": try replace(operation, &document)
            case "move": try move(operation, &document)
            case "copy": try copy(operation, &document, copiedBytes: &copiedBytes)
            case "test": try test(operation, &document)
            default: throw ApplyError(message: "Unexpected kind: \(kind)")
            }
        }
        return document
    }

    // MARK: Operations

    private func add(_ operation: JSONObject, _ document: inout JSONValue) throws(ApplyError) {
        guard let path = operation["path"]?.stringValue else {
            throw ApplyError(message: "add operation failed to decode path: missing value")
        }
        let value = operation["value"] ?? .null
        let found: Void? = try Self.withContainer(of: path, in: &document) { (container, key) throws(ApplyError) in
            do throws(ApplyError) {
                try Self.insert(value, at: key, in: &container)
            } catch {
                throw ApplyError(message: "error in add for path: '\(path)': \(error.message)")
            }
        }
        if found == nil {
            throw ApplyError(message: "add operation does not apply: doc is missing path: \"\(path)\": missing value")
        }
    }

    private func remove(_ operation: JSONObject, _ document: inout JSONValue) throws(ApplyError) {
        guard let path = operation["path"]?.stringValue else {
            throw ApplyError(message: "remove operation failed to decode path: missing value")
        }
        let found: Void? = try Self.withContainer(of: path, in: &document) { (container, key) throws(ApplyError) in
            do throws(ApplyError) {
                try Self.delete(key, in: &container)
            } catch {
                throw ApplyError(message: "error in remove for path: '\(path)': \(error.message)")
            }
        }
        if found == nil {
            throw ApplyError(message: "remove operation does not apply: doc is missing path: \"\(path)\": missing value")
        }
    }

    private func replace(_ operation: JSONObject, _ document: inout JSONValue) throws(ApplyError) {
        guard let path = operation["path"]?.stringValue else {
            throw ApplyError(message: "replace operation failed to decode path: missing value")
        }
        let value = operation["value"] ?? .null
        let found: Void? = try Self.withContainer(of: path, in: &document) { (container, key) throws(ApplyError) in
            do throws(ApplyError) {
                _ = try Self.get(key, in: container)
            } catch {
                throw ApplyError(message: "replace operation does not apply: doc is missing key: \(path): missing value")
            }
            try Self.set(value, at: key, in: &container)
        }
        if found == nil {
            throw ApplyError(message: "replace operation does not apply: doc is missing path: \(path): missing value")
        }
    }

    private func move(_ operation: JSONObject, _ document: inout JSONValue) throws(ApplyError) {
        guard let from = operation["from"]?.stringValue else {
            throw ApplyError(message: "move operation failed to decode from: operation, missing from field: missing value")
        }
        let taken = try Self.withContainer(of: from, in: &document) { (container, key) throws(ApplyError) -> JSONValue in
            do throws(ApplyError) {
                let value = try Self.get(key, in: container) ?? .null
                try Self.delete(key, in: &container)
                return value
            } catch {
                throw ApplyError(message: "error in move for path: '\(key)': \(error.message)")
            }
        }
        guard let value = taken else {
            throw ApplyError(message: "move operation does not apply: doc is missing from path: \(from): missing value")
        }
        guard let path = operation["path"]?.stringValue else {
            throw ApplyError(message: "move operation failed to decode path: operation missing path field: missing value")
        }
        let placed: Void? = try Self.withContainer(of: path, in: &document) { (container, key) throws(ApplyError) in
            do throws(ApplyError) {
                try Self.insert(value, at: key, in: &container)
            } catch {
                throw ApplyError(message: "error in move for path: '\(path)': \(error.message)")
            }
        }
        if placed == nil {
            throw ApplyError(message: "move operation does not apply: doc is missing destination path: \(path): missing value")
        }
    }

    /// Copies a value, counting what copies add up to (`copiedBytes`): past json-patch's accumulated limit the
    /// patch fails, so a short patch that copies a value into itself cannot double an object twenty times.
    private func copy(
        _ operation: JSONObject, _ document: inout JSONValue, copiedBytes: inout Int
    ) throws(ApplyError) {
        guard let from = operation["from"]?.stringValue else {
            throw ApplyError(message: "copy operation failed to decode from: operation, missing from field: missing value")
        }
        let read = try Self.withContainer(of: from, in: &document) { (container, key) throws(ApplyError) -> JSONValue in
            do throws(ApplyError) {
                return try Self.get(key, in: container) ?? .null
            } catch {
                throw ApplyError(message: "error in copy for from: '\(from)': \(error.message)")
            }
        }
        guard let value = read else {
            throw ApplyError(message: "copy operation does not apply: doc is missing from path: \(from): missing value")
        }
        copiedBytes += value.canonicalBytes.count
        if copiedBytes > SizeLimits.jsonPatchCopyBytes {
            throw ApplyError(
                message: "Unable to complete the copy, the accumulated size increase of copy is \(copiedBytes), "
                    + "exceeding the limit \(SizeLimits.jsonPatchCopyBytes)")
        }
        guard let path = operation["path"]?.stringValue else {
            throw ApplyError(message: "copy operation failed to decode path: missing value")
        }
        let placed: Void? = try Self.withContainer(of: path, in: &document) { (container, key) throws(ApplyError) in
            do throws(ApplyError) {
                try Self.insert(value, at: key, in: &container)
            } catch {
                throw ApplyError(message: "error while adding value during copy: \(error.message)")
            }
        }
        if placed == nil {
            throw ApplyError(message: "copy operation does not apply: doc is missing destination path: \(path): missing value")
        }
    }

    private func test(_ operation: JSONObject, _ document: inout JSONValue) throws(ApplyError) {
        guard let path = operation["path"]?.stringValue else {
            throw ApplyError(message: "test operation failed to decode path: operation missing path field: missing value")
        }
        let expected = operation["value"]
        let actual = try Self.withContainer(of: path, in: &document) { (container, key) throws(ApplyError) -> JSONValue in
            do throws(ApplyError) {
                return try Self.get(key, in: container) ?? .null
            } catch {
                throw ApplyError(message: "error in test for path: '\(path)': \(error.message)")
            }
        }
        guard let actual else {
            throw ApplyError(message: "test operation does not apply: is missing path: \(path): missing value")
        }
        // A missing member, like a `null` one, equals only a `null` value.
        guard let expected, expected == actual else {
            throw ApplyError(message: "testing value \(path) failed: test failed")
        }
    }

    // MARK: Containers

    /// Runs `body` on the object or array holding the last token of `pointer`, with that token unescaped; nil
    /// (upstream's "doc is missing path") when a parent is missing, out of range or not a container.
    private static func withContainer<Result>(
        of pointer: String, in document: inout JSONValue,
        _ body: (inout JSONValue, String) throws(ApplyError) -> Result
    ) throws(ApplyError) -> Result? {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard tokens.count >= 2 else { return nil }
        return try descend(&document, Array(tokens.dropFirst().dropLast()).map(unescape)[...], unescape(tokens[tokens.count - 1]), body)
    }

    private static func descend<Result>(
        _ node: inout JSONValue, _ parents: ArraySlice<String>, _ key: String,
        _ body: (inout JSONValue, String) throws(ApplyError) -> Result
    ) throws(ApplyError) -> Result? {
        guard let first = parents.first else {
            switch node {
            case .object, .array: return try body(&node, key)
            default: return nil
            }
        }
        switch node {
        case .object(var members):
            guard var child = members[first], child.isContainer else { return nil }
            node = .null  // release the parent's reference so the child is mutated in place
            members[first] = nil
            let result = try descend(&child, parents.dropFirst(), key, body)
            members[first] = child
            node = .object(members)
            return result
        case .array(var items):
            guard let position = try? arrayIndex(first, count: items.count), position < items.count,
                items[position].isContainer
            else { return nil }
            var child = items[position]
            node = .null
            let result = try descend(&child, parents.dropFirst(), key, body)
            items[position] = child
            node = .array(items)
            return result
        default:
            return nil
        }
    }

    private static func get(_ key: String, in container: JSONValue) throws(ApplyError) -> JSONValue? {
        switch container {
        case .object(let members):
            return members[key]
        case .array(let items):
            let position = try arrayIndex(key, count: items.count)
            guard position < items.count else { throw invalidIndex(position) }
            return items[position]
        default:
            return nil
        }
    }

    private static func set(_ value: JSONValue, at key: String, in container: inout JSONValue) throws(ApplyError) {
        switch container {
        case .object(var members):
            members[key] = value
            container = .object(members)
        case .array(var items):
            let position = try arrayIndex(key, count: items.count)
            guard position < items.count else { throw invalidIndex(position) }
            items[position] = value
            container = .array(items)
        default:
            break
        }
    }

    private static func insert(_ value: JSONValue, at key: String, in container: inout JSONValue) throws(ApplyError) {
        switch container {
        case .object(var members):
            members[key] = value
            container = .object(members)
        case .array(var items):
            if key == "-" {
                items.append(value)
            } else {
                let position: Int
                do throws(ApplyError) {
                    position = try arrayIndex(key, count: items.count + 1)
                } catch {
                    throw ApplyError(message: "value was not a proper array index: '\(key)': \(error.message)")
                }
                guard position <= items.count else { throw invalidIndex(position) }
                items.insert(value, at: position)
            }
            container = .array(items)
        default:
            break
        }
    }

    private static func delete(_ key: String, in container: inout JSONValue) throws(ApplyError) {
        switch container {
        case .object(var members):
            guard members.removeValue(forKey: key) != nil else {
                throw ApplyError(message: "Unable to remove nonexistent key: \(key): missing value")
            }
            container = .object(members)
        case .array(var items):
            let position = try arrayIndex(key, count: items.count)
            guard position < items.count else { throw invalidIndex(position) }
            items.remove(at: position)
            container = .array(items)
        default:
            break
        }
    }

    /// A token as an index into a list of `count` items: Go's `strconv.Atoi`, negative counting from the end.
    private static func arrayIndex(_ token: String, count: Int) throws(ApplyError) -> Int {
        guard let parsed = Int(token) else {
            throw ApplyError(message: "strconv.Atoi: parsing \(goQuote(token)): invalid syntax")
        }
        if parsed < 0 {
            guard parsed >= -count else { throw invalidIndex(parsed) }
            return parsed + count
        }
        return parsed
    }

    private static func invalidIndex(_ position: Int) -> ApplyError {
        ApplyError(message: "Unable to access invalid index: \(position): invalid index referenced")
    }

    /// RFC 6901: `~1` is `/`, then `~0` is `~`.
    static func unescape(_ token: String) -> String {
        token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    private static func goQuote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The JSON type word Go's `UnmarshalTypeError` uses.
    static func goKind(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "bool"
        case .int, .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

extension JSONValue {
    /// Whether this is an object or an array, the two things a JSON Pointer can descend into.
    fileprivate var isContainer: Bool {
        switch self {
        case .object, .array: true
        default: false
        }
    }
}
