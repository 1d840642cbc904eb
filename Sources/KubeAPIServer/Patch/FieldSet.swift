import KubeModel

/// A set of field paths in server-side apply's `FieldsV1` form (structured-merge-diff's `fieldpath.Set`), the
/// content of a `managedFields[].fieldsV1`: `{"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{}}}}}`.
///
/// Only what our simplified apply needs: building the set an applied configuration claims, reading and writing
/// `fieldsV1`, set arithmetic, and finding or removing the value a path names in an object.
struct FieldSet: Hashable {
    /// One step of a path: a field (`f:`), a list item by its keys (`k:`), or a set member by value (`v:`).
    enum PathElement: Hashable, Comparable {
        /// `f:<name>`: an object member.
        case field(String)
        /// `k:<json>`: the list item whose key fields equal this object (canonical JSON, keys sorted).
        case key(String)
        /// `v:<json>`: the scalar list item equal to this value (canonical JSON).
        case value(String)

        /// The `fieldsV1` member name.
        var encoded: String {
            switch self {
            case .field(let name): "f:" + name
            case .key(let json): "k:" + json
            case .value(let json): "v:" + json
            }
        }

        /// Parses a `fieldsV1` member name (`i:` indexes and anything unknown give nil).
        init?(encoded: String) {
            let body = String(encoded.dropFirst(2))
            switch encoded.prefix(2) {
            case "f:": self = .field(body)
            case "k:": self = .key(body)
            case "v:": self = .value(body)
            default: return nil
            }
        }

        /// structured-merge-diff's text for conflict messages: `.image`, `[name="c"]`, `[="a"]`.
        var pathText: String {
            switch self {
            case .field(let name):
                return "." + name
            case .key(let json):
                guard case .object(let members)? = try? GoJSONDecoder.parse(Array(json.utf8)) else { return "[" + json + "]" }
                let parts = members.keys.sorted().map { key in
                    "\(key)=" + String(decoding: (members[key] ?? .null).canonicalBytes, as: UTF8.self)
                }
                return "[" + parts.joined(separator: ",") + "]"
            case .value(let json):
                return "[=" + json + "]"
            }
        }

        static func < (lhs: PathElement, rhs: PathElement) -> Bool {
            lhs.encoded.utf8.lexicographicallyPrecedes(rhs.encoded.utf8)
        }
    }

    /// A path from the object root.
    typealias Path = [PathElement]

    /// The member paths.
    var members: Set<Path> = []

    /// The text of a path in conflict messages: `.spec.template.spec.containers[name="c"].image`.
    static func text(_ path: Path) -> String { path.map(\.pathText).joined() }

    // MARK: Building

    /// The fields an applied configuration claims (structured-merge-diff's `ToFieldSet` over our schema):
    /// every scalar, `null`, empty object or atomic value, and every item of a keyed or set list.
    static func claimed(by object: JSONObject, meta: PatchMeta) -> FieldSet {
        var set = FieldSet()
        set.collect(object, meta: meta, at: [])
        return set
    }

    private mutating func collect(_ object: JSONObject, meta: PatchMeta, at path: Path) {
        for (name, value) in object {
            let (strategy, child) = meta.field(name)
            collect(value, strategy: strategy, meta: child, at: path + [.field(name)])
        }
    }

    /// Adds the paths `value` claims, the value of a field with `strategy` (`meta`: the walker for its value or
    /// its items) at `path`.
    mutating func collect(_ value: JSONValue, strategy: PatchStrategy, meta: PatchMeta, at path: Path) {
        switch value {
        case .object(let nested) where !nested.isEmpty && !strategy.atomicMap:
            collect(nested, meta: meta, at: path)
        case .array(let items) where strategy.list == .merge:
            let keys = strategy.itemKeys
            for item in items {
                if keys.isEmpty {
                    members.insert(path + [.value(Self.json(item))])
                } else if case .object(let fields) = item {
                    let itemPath = path + [.key(Self.itemKey(fields, keys))]
                    members.insert(itemPath)
                    collect(fields, meta: meta, at: itemPath)
                }
            }
        default:
            members.insert(path)
        }
    }

    /// The `k:` JSON of a list item: its key fields (defaults filled in), keys sorted.
    static func itemKey(_ item: JSONObject, _ keys: [(name: String, defaultValue: String?)]) -> String {
        var key: JSONObject = [:]
        for (name, defaultValue) in keys {
            if let value = item[name] {
                key[name] = value
            } else if let defaultValue {
                key[name] = .string(defaultValue)
            }
        }
        return json(.object(key))
    }

    static func json(_ value: JSONValue) -> String { String(decoding: value.canonicalBytes, as: UTF8.self) }

    // MARK: fieldsV1

    /// Reads a `fieldsV1` value (unknown member names are skipped).
    init(fieldsV1: JSONValue) {
        if case .object(let members) = fieldsV1 { read(members, at: []) }
    }

    /// The empty set.
    init() {}

    private mutating func read(_ node: JSONObject, at path: Path) {
        for (name, child) in node {
            if name == "." {
                if !path.isEmpty { members.insert(path) }
                continue
            }
            guard let element = PathElement(encoded: name) else { continue }
            let childPath = path + [element]
            if case .object(let grandchildren) = child, !grandchildren.isEmpty {
                read(grandchildren, at: childPath)
            } else {
                members.insert(childPath)
            }
        }
    }

    /// Whether the set a `fieldsV1` value encodes holds `path`, read from the tree without decoding it.
    static func contains(_ path: Path, inFieldsV1 fieldsV1: JSONValue) -> Bool {
        var node = fieldsV1
        for element in path {
            guard case .object(let children) = node, let child = children[element.encoded] else { return false }
            node = child
        }
        guard !path.isEmpty, case .object(let children) = node else { return false }
        return children.isEmpty || children["."] != nil
    }

    /// The `fieldsV1` value: a tree of `f:`/`k:`/`v:` members, `{}` for leaves, `".": {}` for members with children.
    var fieldsV1: JSONValue {
        final class Node {
            var children: [PathElement: Node] = [:]
            var isMember = false
        }
        let root = Node()
        for path in members {
            var node = root
            for element in path {
                if let next = node.children[element] {
                    node = next
                } else {
                    let next = Node()
                    node.children[element] = next
                    node = next
                }
            }
            node.isMember = true
        }
        func render(_ node: Node) -> JSONValue {
            var object: JSONObject = [:]
            if node.isMember && !node.children.isEmpty { object["."] = .object([:]) }
            for (element, child) in node.children { object[element.encoded] = render(child) }
            return .object(object)
        }
        return render(root)
    }

    // MARK: Paths in objects

    /// The value `path` names in `value`, nil when absent.
    static func value(at path: ArraySlice<PathElement>, in value: JSONValue) -> JSONValue? {
        guard let first = path.first else { return value }
        switch (first, value) {
        case (.field(let name), .object(let members)):
            guard let child = members[name] else { return nil }
            return Self.value(at: path.dropFirst(), in: child)
        case (.key, .array(let items)), (.value, .array(let items)):
            guard let position = items.firstIndex(where: { matches($0, first) }) else { return nil }
            return Self.value(at: path.dropFirst(), in: items[position])
        default:
            return nil
        }
    }

    /// `value` without what `path` names (unchanged when the path is absent).
    static func removing(_ path: ArraySlice<PathElement>, from value: JSONValue) -> JSONValue {
        guard let first = path.first else { return value }
        switch (first, value) {
        case (.field(let name), .object(var members)):
            guard let child = members[name] else { return value }
            if path.count == 1 {
                members[name] = nil
            } else {
                members[name] = removing(path.dropFirst(), from: child)
            }
            return .object(members)
        case (.key, .array(var items)), (.value, .array(var items)):
            guard let position = items.firstIndex(where: { matches($0, first) }) else { return value }
            if path.count == 1 {
                items.remove(at: position)
            } else {
                items[position] = removing(path.dropFirst(), from: items[position])
            }
            return .array(items)
        default:
            return value
        }
    }

    /// Whether a list item is the one a `k:` or `v:` element names.
    private static func matches(_ item: JSONValue, _ element: PathElement) -> Bool {
        switch element {
        case .field:
            return false
        case .value(let json):
            return Self.json(item) == json
        case .key(let json):
            guard case .object(let fields) = item, case .object(let key)? = try? GoJSONDecoder.parse(Array(json.utf8))
            else { return false }
            return key.allSatisfy { name, wanted in
                if let actual = fields[name] { return actual == wanted }
                // A key absent from the item matches its default (ports without `protocol` are TCP).
                return name == "protocol" && wanted == .string("TCP")
            }
        }
    }
}
