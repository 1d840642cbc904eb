import KubeModel

/// What a write changed, as field paths (structured-merge-diff's `Comparison`): the fields only the new object
/// has, those only the old one had, and leaves both have with different values. Keyed list items are matched
/// by their keys, so an item that only changed inside is neither added nor removed.
struct FieldChanges {
    var added: Set<FieldSet.Path> = []
    var removed: Set<FieldSet.Path> = []
    var modified: Set<FieldSet.Path> = []

    /// Nothing changed.
    var isEmpty: Bool { added.isEmpty && removed.isEmpty && modified.isEmpty }

    /// Every path the write touched.
    var touched: Set<FieldSet.Path> { added.union(removed).union(modified) }

    /// The changes from `old` to `new`, walked with `meta` (list-map keys matched as apply does). Equal subtrees
    /// are skipped whole, so a status write costs what its status changed.
    init(from old: JSONObject, to new: JSONObject, meta: PatchMeta) {
        compare(old, new, meta: meta, at: [])
    }

    /// The changes without the paths under any of `excluded` (fields no manager owns, or a subresource's reset
    /// fields).
    func excluding(_ excluded: [FieldSet.Path]) -> FieldChanges {
        func kept(_ paths: Set<FieldSet.Path>) -> Set<FieldSet.Path> {
            paths.filter { path in !excluded.contains { path.starts(with: $0) } }
        }
        var result = FieldChanges()
        result.added = kept(added)
        result.removed = kept(removed)
        result.modified = kept(modified)
        return result
    }

    private init() {}

    private mutating func compare(_ old: JSONObject?, _ new: JSONObject?, meta: PatchMeta, at path: FieldSet.Path) {
        for (name, before) in old ?? [:] {
            let after = new?[name]
            if before == after { continue }
            let (strategy, child) = meta.field(name)
            compare(before, after, strategy: strategy, meta: child, at: path + [.field(name)])
        }
        for (name, after) in new ?? [:] where old?[name] == nil {
            let (strategy, child) = meta.field(name)
            compare(nil, after, strategy: strategy, meta: child, at: path + [.field(name)])
        }
    }

    /// structured-merge-diff's comparison of one node (nil: absent; `null` counts as present): leaves are
    /// added, removed or modified; maps and keyed or set lists are walked, and such a node present on one side
    /// only is itself added or removed, which is where `".": {}` comes from in an `Update` entry.
    private mutating func compare(
        _ old: JSONValue?, _ new: JSONValue?, strategy: PatchStrategy, meta: PatchMeta, at path: FieldSet.Path
    ) {
        switch Node(old, new, strategy: strategy) {
        case .map(let before, let after):
            compare(before, after, meta: meta, at: path)
        case .list(let before, let after):
            compareItems(before ?? [], after ?? [], strategy: strategy, meta: meta, at: path)
        case .leaf:
            if old == nil {
                added.insert(path)
            } else if new == nil {
                removed.insert(path)
            } else if old != new {
                modified.insert(path)
            }
            return
        }
        if old == nil {
            added.insert(path)
        } else if new == nil {
            removed.insert(path)
        }
    }

    /// How a node is compared, from its values and the field's strategy: an empty or atomic value is a leaf.
    private enum Node {
        case map(JSONObject?, JSONObject?)
        case list([JSONValue]?, [JSONValue]?)
        case leaf

        init(_ old: JSONValue?, _ new: JSONValue?, strategy: PatchStrategy) {
            let beforeMap = old?.objectValue
            let afterMap = new?.objectValue
            if !strategy.atomicMap, beforeMap != nil || afterMap != nil {
                self = (beforeMap ?? [:]).isEmpty && (afterMap ?? [:]).isEmpty ? .leaf : .map(beforeMap, afterMap)
                return
            }
            let beforeList = old?.arrayValue
            let afterList = new?.arrayValue
            if strategy.list == .merge, beforeList != nil || afterList != nil {
                self = (beforeList ?? []).isEmpty && (afterList ?? []).isEmpty ? .leaf : .list(beforeList, afterList)
                return
            }
            self = .leaf
        }
    }

    /// Items of a set or keyed list, matched by value or by key.
    private mutating func compareItems(
        _ old: [JSONValue], _ new: [JSONValue], strategy: PatchStrategy, meta: PatchMeta, at path: FieldSet.Path
    ) {
        let keys = strategy.itemKeys
        if keys.isEmpty {
            let before = Set(old.map(FieldSet.json))
            let after = Set(new.map(FieldSet.json))
            removed.formUnion(before.subtracting(after).map { path + [.value($0)] })
            added.formUnion(after.subtracting(before).map { path + [.value($0)] })
            return
        }
        func byKey(_ items: [JSONValue]) -> [String: JSONObject] {
            var result: [String: JSONObject] = [:]
            for case .object(let fields) in items {
                let key = FieldSet.itemKey(fields, keys)
                if result[key] == nil { result[key] = fields }
            }
            return result
        }
        let before = byKey(old)
        let after = byKey(new)
        for key in Set(before.keys).union(after.keys) {
            let (previous, item) = (before[key], after[key])
            if previous == item { continue }
            compare(previous.map(JSONValue.object), item.map(JSONValue.object), strategy: .unknown, meta: meta, at: path + [.key(key)])
        }
    }
}

extension FieldChanges {
    /// The `fieldsV1` a create's only entry holds: what `new` adds to or changes in `zero` (the kind's zero
    /// value), outside `excluded`. The fast path of `FieldChanges(from:to:)` and `ManagedFields.update` for a
    /// create: the same walk builds the tree directly, with no path sets; tests hold the two to the same answer.
    static func createdFieldsV1(zero: JSONObject, new: JSONObject, meta: PatchMeta, excluded: [FieldSet.Path]) -> JSONObject {
        members(zero, new, meta: meta, excluded: ExcludedTree(excluded))
    }

    /// Excluded paths as a tree of field names; a node with no children excludes its whole subtree.
    private struct ExcludedTree {
        var children: [String: ExcludedTree] = [:]

        init() {}

        init(_ paths: [FieldSet.Path]) {
            for path in paths { insert(path[...]) }
        }

        private mutating func insert(_ path: ArraySlice<FieldSet.PathElement>) {
            guard case .field(let name)? = path.first else { return }
            var child = children[name] ?? ExcludedTree()
            child.insert(path.dropFirst())
            children[name] = child
        }
    }

    private static func members(_ old: JSONObject?, _ new: JSONObject, meta: PatchMeta, excluded: ExcludedTree?) -> JSONObject {
        var result: JSONObject = [:]
        for (name, after) in new {
            let skip = excluded?.children[name]
            if let skip, skip.children.isEmpty { continue }
            let before = old?[name]
            if before == after { continue }
            let (strategy, child) = meta.field(name)
            if let node = node(before, after, strategy: strategy, meta: child, excluded: skip) { result["f:" + name] = node }
        }
        return result
    }

    private static func node(
        _ old: JSONValue?, _ new: JSONValue, strategy: PatchStrategy, meta: PatchMeta, excluded: ExcludedTree?
    ) -> JSONValue? {
        var children: JSONObject
        switch Node(old, new, strategy: strategy) {
        case .map(let before, let after):
            guard let after else { return nil }
            children = members(before, after, meta: meta, excluded: excluded)
        case .list(let before, let after):
            guard let after else { return nil }
            children = items(before ?? [], after, strategy: strategy, meta: meta)
        case .leaf:
            return old == nil || old != new ? .object([:]) : nil
        }
        // A map or list the write added is itself a member: `"."` beside its children.
        if old == nil {
            if !children.isEmpty { children["."] = .object([:]) }
            return .object(children)
        }
        return children.isEmpty ? nil : .object(children)
    }

    private static func items(_ old: [JSONValue], _ new: [JSONValue], strategy: PatchStrategy, meta: PatchMeta) -> JSONObject {
        var result: JSONObject = [:]
        let keys = strategy.itemKeys
        if keys.isEmpty {
            let before = Set(old.map(FieldSet.json))
            for item in new.map(FieldSet.json) where !before.contains(item) { result["v:" + item] = .object([:]) }
            return result
        }
        var before: [String: JSONObject] = [:]
        for case .object(let fields) in old {
            let key = FieldSet.itemKey(fields, keys)
            if before[key] == nil { before[key] = fields }
        }
        var seen: Set<String> = []
        for case .object(let fields) in new {
            let key = FieldSet.itemKey(fields, keys)
            guard seen.insert(key).inserted else { continue }
            let previous = before[key]
            if previous == fields { continue }
            if let node = node(previous.map(JSONValue.object), .object(fields), strategy: .unknown, meta: meta, excluded: nil) {
                result["k:" + key] = node
            }
        }
        return result
    }
}
