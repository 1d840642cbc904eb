import KubeModel

/// Strategic merge patch (`application/strategic-merge-patch+json`) as kube-apiserver applies it
/// (`strategicpatch.StrategicMergeMapPatch` with "merge parallel lists" and "ignore unmatched nulls" on), driven by
/// a `PatchSchema` instead of Go reflection.
///
/// Semantics, as upstream:
/// - maps merge key by key; `null` deletes a key; scalars and mismatched types take the patch value;
/// - a map with `"$patch": "replace"` replaces the live map (how `kubectl rollout undo` swaps a whole pod template);
///   `"$patch": "delete"` empties it;
/// - `$retainKeys: [...]` drops live keys not listed (union types such as a volume source);
/// - lists without a strategy are replaced; merge lists of objects match items by the merge key (merged in place,
///   new ones added), items `{"<key>": v, "$patch": "delete"}` remove, an item `{"$patch": "replace"}` makes the
///   other items the whole list; merge lists of scalars are unioned, `$deleteFromPrimitiveList/<field>` removes;
/// - order: patch items first in patch order with live-only items interleaved by their live order (so a new
///   container lands first, as upstream), or the order `$setElementOrder/<field>` dictates.
///
/// Deliberate differences, all on inputs upstream mishandles: values added under a new key are stored with their
/// directives processed (upstream stores `$patch` keys verbatim and relies on typed decoding to drop them), a
/// `$deleteFromPrimitiveList` for an absent or untagged list deletes instead of writing the deletion list as the
/// value, and errors upstream leaves as plain 500s are 400s (see `StrategicMergePatchError`).
enum StrategicMergePatch {
    private static let directiveMarker = "$patch"
    private static let retainKeysDirective = "$retainKeys"
    private static let deleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList"
    private static let setElementOrderPrefix = "$setElementOrder"

    /// `patch` applied to `original`, whose fields follow `meta`.
    static func apply(_ patch: JSONObject, to original: JSONObject, meta: PatchMeta) throws(StrategicMergePatchError)
        -> JSONObject
    {
        try mergeMap(original, patch, meta)
    }

    // MARK: Maps

    private static func mergeMap(_ original: JSONObject, _ patch: JSONObject, _ meta: PatchMeta)
        throws(StrategicMergePatchError) -> JSONObject
    {
        var patch = patch
        if let directive = patch[directiveMarker] {
            switch directive {
            case .string("replace"):
                patch[directiveMarker] = nil
                return try mergeMap([:], patch, meta)
            case .string("delete"):
                return [:]
            default:
                throw unknownPatchType(directive, patch)
            }
        }
        var original = original
        try applyRetainKeys(&original, &patch)
        try mergeSetElementOrder(&original, &patch, meta)

        // Go visits keys in random order; deletions from primitive lists go last so they never race additions.
        let keys = patch.keys.sorted { lhs, rhs in
            let lhsDelete = lhs.hasPrefix(deleteFromPrimitiveListPrefix)
            let rhsDelete = rhs.hasPrefix(deleteFromPrimitiveListPrefix)
            return lhsDelete == rhsDelete ? lhs.utf8.lexicographicallyPrecedes(rhs.utf8) : rhsDelete
        }
        for patchKey in keys {
            guard let value = patch[patchKey] else { continue }
            var key = patchKey
            var isDeleteList = false
            if patchKey.hasPrefix(deleteFromPrimitiveListPrefix) {
                key = try extractKey(patchKey, prefix: deleteFromPrimitiveListPrefix)
                guard case .array = value else { throw .badPatchFormatForPrimitiveList }
                isDeleteList = true
            }
            if value == .null {
                original[key] = nil
                continue
            }
            let (strategy, child) = meta.field(key)
            guard let current = original[key] else {
                if !isDeleteList { original[key] = try fresh(value, strategy, child) }
                continue
            }
            switch (current, value) {
            case (.object(let currentMembers), .object(let patchMembers)):
                original[key] = .object(try mergeMap(currentMembers, patchMembers, child))
            case (.array(let currentItems), .array(let patchItems)):
                if isDeleteList {
                    original[key] = .array(currentItems.filter { !patchItems.contains($0) })
                } else {
                    original[key] = .array(try mergeList(currentItems, patchItems, strategy, child))
                }
            default:
                if !isDeleteList { original[key] = try fresh(value, strategy, child) }
            }
        }
        return original
    }

    /// A patch value stored where the live object has nothing (or something of another type): its directives
    /// are processed against an empty value so no `$patch` keys reach storage.
    private static func fresh(_ value: JSONValue, _ strategy: PatchStrategy, _ meta: PatchMeta)
        throws(StrategicMergePatchError) -> JSONValue
    {
        switch value {
        case .object(let members):
            return .object(try mergeMap([:], members, meta))
        case .array(let items) where strategy.list == .merge:
            return .array(try mergeSlice([], items, ItemKey(strategy, meta), meta))
        default:
            return value
        }
    }

    private static func applyRetainKeys(_ original: inout JSONObject, _ patch: inout JSONObject)
        throws(StrategicMergePatchError)
    {
        guard let directive = patch.removeValue(forKey: retainKeysDirective) else { return }
        guard case .array(let retained) = directive else { throw .badPatchFormatForRetainKeys }
        let keep = Set(retained)
        for (key, value) in patch where value != .null {
            if key.hasPrefix(deleteFromPrimitiveListPrefix) || key.hasPrefix(setElementOrderPrefix) { continue }
            guard keep.contains(.string(key)) else { throw .badPatchFormatForRetainKeys }
        }
        original = original.filter { keep.contains(.string($0.key)) }
    }

    /// `$setElementOrder/<field>`: merges the field's list (if the patch has one) and then orders the result as
    /// listed, live-only items keeping their relative live position. Consumes both the directive and the list.
    private static func mergeSetElementOrder(_ original: inout JSONObject, _ patch: inout JSONObject, _ meta: PatchMeta)
        throws(StrategicMergePatchError)
    {
        let directives = patch.keys.filter { $0.hasPrefix(setElementOrderPrefix) }.sorted()
        for directive in directives {
            guard let orderValue = patch.removeValue(forKey: directive) else { continue }
            guard case .array(let order) = orderValue else { throw badArgType("[]interface {}", orderValue) }
            let field = try extractKey(directive, prefix: setElementOrderPrefix)
            let (strategy, child) = meta.field(field)
            var originalItems: [JSONValue] = []
            var patchItems: [JSONValue] = []
            let foundOriginal = original[field] != nil
            let foundPatch = patch[field] != nil
            if let value = original[field] {
                guard case .array(let items) = value else { throw badArgType("[]interface {}", value) }
                originalItems = items
            }
            if let value = patch[field] {
                guard case .array(let items) = value else { throw badArgType("[]interface {}", value) }
                patchItems = items
            }
            try validate(patchItems, against: order, mergeKey: strategy.mergeKey)

            let merged: [JSONValue]
            switch (foundOriginal, foundPatch) {
            case (true, false): merged = originalItems
            case (false, true): merged = try fresh(.array(patchItems), strategy, child).arrayItems
            case (true, true): merged = try mergeList(originalItems, patchItems, strategy, child)
            case (false, false): continue
            }
            patch[field] = nil
            if originalItems.isEmpty && patchItems.isEmpty {
                original[field] = .array(merged)
                continue
            }
            let key = strategy.mergeKey.map { ItemKey(name: $0) }
            let (inOrder, serverOnly) = try partition(merged, by: order, mergeKey: key)
            _ = try elementKind(originalItems, patchItems)
            original[field] = .array(
                try normalizeOrder(
                    patchItems: inOrder, serverOnly: serverOnly, patchOrder: order, serverOrder: originalItems,
                    mergeKey: key))
        }
    }

    /// Upstream's `validatePatchWithSetOrderList`: the patch list's items appear in the directive, in its order.
    private static func validate(_ patchItems: [JSONValue], against order: [JSONValue], mergeKey: String?)
        throws(StrategicMergePatchError)
    {
        guard !order.isEmpty, !patchItems.isEmpty else { return }
        var items = patchItems
        if mergeKey != nil {
            for item in patchItems {
                guard case .object = item else { throw badArgType("map[string]interface {}", item) }
            }
            items = patchItems.filter { $0[directiveMarker] != .string("delete") }
        }
        var patchIndex = 0
        var orderIndex = 0
        while patchIndex < items.count && orderIndex < order.count {
            if case .object(let members) = items[patchIndex], members[directiveMarker] != nil {
                patchIndex += 1
                continue
            }
            if try mergeKeyValueEqual(items[patchIndex], order[orderIndex], mergeKey) { patchIndex += 1 }
            orderIndex += 1
        }
        if patchIndex < items.count && orderIndex >= order.count {
            throw .other(
                "The order in patch list:\n\(GoValueFormat.describe(.array(patchItems)))\n doesn't match "
                    + "\(setElementOrderPrefix) list:\n\(GoValueFormat.describe(.array(order)))\n")
        }
    }

    // MARK: Lists

    /// A list field's patch applied by the field's strategy: merge lists merge, others are replaced.
    private static func mergeList(
        _ original: [JSONValue], _ patch: [JSONValue], _ strategy: PatchStrategy, _ meta: PatchMeta
    ) throws(StrategicMergePatchError) -> [JSONValue] {
        guard strategy.list == .merge else { return patch }
        return try mergeSlice(original, patch, ItemKey(strategy, meta), meta)
    }

    private static func mergeSlice(_ original: [JSONValue], _ patch: [JSONValue], _ mergeKey: ItemKey?, _ meta: PatchMeta)
        throws(StrategicMergePatchError) -> [JSONValue]
    {
        if original.isEmpty && patch.isEmpty { return original }
        let kind = try elementKind(original, patch)
        var original = original
        var patch = patch
        let merged: [JSONValue]
        var key: ItemKey? = nil
        if kind != .object {
            var seen: [JSONValue] = []
            for item in original + patch where !seen.contains(item) { seen.append(item) }
            merged = seen
        } else {
            guard let mergeKey else {
                throw .other("cannot merge lists without merge key for type struct")
            }
            key = mergeKey
            (original, patch) = try applySpecialElements(original, patch, mergeKey, meta)
            merged = try mergeItems(original, patch, mergeKey, meta)
        }
        let (patchItems, serverOnly) = try partition(merged, by: patch, mergeKey: key)
        return try normalizeOrder(
            patchItems: patchItems, serverOnly: serverOnly, patchOrder: patch, serverOrder: original, mergeKey: key)
    }

    /// Handles `$patch` items: deletions applied to `original`; `replace` makes the plain items the new original.
    private static func applySpecialElements(
        _ original: [JSONValue], _ patch: [JSONValue], _ mergeKey: ItemKey, _ meta: PatchMeta
    ) throws(StrategicMergePatchError) -> ([JSONValue], [JSONValue]) {
        var original = original
        var plain: [JSONValue] = []
        var replace = false
        for item in patch {
            guard case .object(let members) = item, let directive = members[directiveMarker] else {
                plain.append(item)
                continue
            }
            switch directive {
            case .string("delete"):
                guard let value = mergeKey.value(item) else { throw noMergeKey(members, mergeKey.name) }
                original.removeAll { mergeKey.value($0) == value }
            case .string("replace"):
                replace = true
            case .string("merge"):
                throw .other("merging lists cannot yet be specified in the patch")
            default:
                throw unknownPatchType(directive, members)
            }
        }
        if replace {
            var replaced: [JSONValue] = []
            for item in plain {
                guard case .object(let members) = item else { continue }
                replaced.append(.object(try mergeMap([:], members, meta)))
            }
            return (replaced, [])
        }
        return (original, plain)
    }

    /// Merges each patch item into the live item with the same merge key value, or adds it.
    private static func mergeItems(_ original: [JSONValue], _ patch: [JSONValue], _ mergeKey: ItemKey, _ meta: PatchMeta)
        throws(StrategicMergePatchError) -> [JSONValue]
    {
        var result = original
        for item in patch {
            guard case .object(let members) = item else { throw badArgType("map[string]interface {}", item) }
            guard let value = mergeKey.value(item) else { throw noMergeKey(members, mergeKey.name) }
            if let position = result.firstIndex(where: { mergeKey.value($0) == value }),
                case .object(let live) = result[position]
            {
                result[position] = .object(try mergeMap(live, members, meta))
            } else {
                result.append(.object(try mergeMap([:], members, meta)))
            }
        }
        return result
    }

    // MARK: Order

    /// Splits `items` into those present in `list` (by merge key value, or by value for scalars) and the rest.
    private static func partition(_ items: [JSONValue], by list: [JSONValue], mergeKey: ItemKey?)
        throws(StrategicMergePatchError) -> ([JSONValue], [JSONValue])
    {
        var present: [JSONValue] = []
        var absent: [JSONValue] = []
        guard let mergeKey else {
            for item in items {
                if list.contains(item) { present.append(item) } else { absent.append(item) }
            }
            return (present, absent)
        }
        let keys = list.compactMap { mergeKey.value($0) }
        for item in items {
            guard case .object(let members) = item else { throw badArgType("map[string]interface {}", item) }
            guard let value = mergeKey.value(item) else { throw noMergeKey(members, mergeKey.name) }
            if keys.contains(value) { present.append(item) } else { absent.append(item) }
        }
        return (present, absent)
    }

    /// Upstream's `normalizeElementOrder` + `mergeSortedSlice`: patch items sorted by `patchOrder`, live-only items
    /// by `serverOrder`, then the live-only items inserted among the patch items before the first patch item that
    /// comes later in the live list (a patch item the live list lacks is taken first).
    private static func normalizeOrder(
        patchItems: [JSONValue], serverOnly: [JSONValue], patchOrder: [JSONValue], serverOrder: [JSONValue],
        mergeKey: ItemKey?
    ) throws(StrategicMergePatchError) -> [JSONValue] {
        if let mergeKey {
            for item in patchItems + serverOnly + patchOrder + serverOrder {
                guard case .object(let members) = item else { throw badArgType("map[string]interface {}", item) }
                guard mergeKey.value(item) != nil else { throw noMergeKey(members, mergeKey.name) }
            }
        }
        func position(_ item: JSONValue, in list: [JSONValue]) -> Int? {
            guard let mergeKey else { return list.firstIndex(of: item) }
            let value = mergeKey.value(item)
            return list.firstIndex { mergeKey.value($0) == value }
        }
        func sorted(_ items: [JSONValue], by order: [JSONValue]) -> [JSONValue] {
            items.enumerated().sorted { lhs, rhs in
                let left = position(lhs.element, in: order) ?? Int.max
                let right = position(rhs.element, in: order) ?? Int.max
                return left == right ? lhs.offset < rhs.offset : left < right
            }.map(\.element)
        }
        let right = sorted(patchItems, by: patchOrder)
        let left = sorted(serverOnly, by: serverOrder)
        var result: [JSONValue] = []
        result.reserveCapacity(left.count + right.count)
        var i = 0
        var j = 0
        while i < left.count || j < right.count {
            if i >= left.count {
                result.append(right[j])
                j += 1
            } else if j >= right.count {
                result.append(left[i])
                i += 1
            } else if let li = position(left[i], in: serverOrder), let ri = position(right[j], in: serverOrder), li < ri {
                result.append(left[i])
                i += 1
            } else {
                result.append(right[j])
                j += 1
            }
        }
        return result
    }

    // MARK: Helpers

    /// The JSON type of list items, which must agree across both lists (upstream's `sliceElementType`).
    private enum ElementKind: Hashable { case null, bool, int, double, string, array, object }

    private static func elementKind(_ lists: [JSONValue]...) throws(StrategicMergePatchError) -> ElementKind {
        var kind: ElementKind?
        for list in lists {
            for item in list {
                let current: ElementKind =
                    switch item {
                    case .null: .null
                    case .bool: .bool
                    case .int: .int
                    case .double: .double
                    case .string: .string
                    case .array: .array
                    case .object: .object
                    }
                if let kind {
                    guard kind == current else {
                        let all = JSONValue.array(lists.map { .array($0) })
                        throw .other("list element types are not identical: \(GoValueFormat.describe(all))")
                    }
                } else {
                    if current == .array { throw .noListOfLists }
                    kind = current
                }
            }
        }
        guard let kind else { throw .other("no elements in any of the given slices") }
        return kind
    }

    private static func mergeKeyValueEqual(_ left: JSONValue, _ right: JSONValue, _ mergeKey: String?)
        throws(StrategicMergePatchError) -> Bool
    {
        guard let mergeKey else { return left == right }
        guard case .object(let leftMembers) = left else { throw badArgType("map[string]interface {}", left) }
        guard case .object(let rightMembers) = right else { throw badArgType("map[string]interface {}", right) }
        guard let leftValue = leftMembers[mergeKey] else { throw noMergeKey(leftMembers, mergeKey) }
        guard let rightValue = rightMembers[mergeKey] else { throw noMergeKey(rightMembers, mergeKey) }
        return leftValue == rightValue
    }

    private static func extractKey(_ key: String, prefix: String) throws(StrategicMergePatchError) -> String {
        let parts = key.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == prefix else {
            throw prefix == deleteFromPrimitiveListPrefix ? .badPatchFormatForPrimitiveList : .badPatchFormatForSetElementOrderList
        }
        return String(parts[1])
    }

    private static func noMergeKey(_ members: JSONObject, _ key: String) -> StrategicMergePatchError {
        .other("map: \(GoValueFormat.describe(.object(members))) does not contain declared merge key: \(key)")
    }

    private static func unknownPatchType(_ directive: JSONValue, _ members: JSONObject) -> StrategicMergePatchError {
        .other("unknown patch type: \(GoValueFormat.describe(directive)) in map: \(GoValueFormat.describe(.object(members)))")
    }

    /// `mergepatch.ErrBadArgType`: `expected a []interface {}, but received a string`.
    private static func badArgType(_ expected: String, _ actual: JSONValue) -> StrategicMergePatchError {
        let actualType =
            switch actual {
            case .null: "<nil>"
            case .bool: "bool"
            case .int: "int64"
            case .double: "float64"
            case .string: "string"
            case .array: "[]interface {}"
            case .object: "map[string]interface {}"
            }
        return .other("expected a \(expected), but received a \(actualType)")
    }
}

extension JSONValue {
    /// The items of an array (empty for anything else).
    fileprivate var arrayItems: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }
}

/// How the items of a merged list are matched: by the merge key, as a strategic merge patch does, or under
/// server-side apply by every list-map key with its default (container ports by `containerPort` and
/// `protocol`, so 7946/TCP and 7946/UDP stay two items).
struct ItemKey {
    /// The merge key, which messages name.
    let name: String
    /// The list-map keys when there are several and they are used; else empty.
    var mapKeys: [(name: String, defaultValue: String?)] = []

    init(name: String) { self.name = name }

    /// The key of `strategy`'s list under `meta`, nil for a list without a merge key.
    init?(_ strategy: PatchStrategy, _ meta: PatchMeta) {
        guard let mergeKey = strategy.mergeKey else { return nil }
        name = mergeKey
        if meta.matchesListMapKeys && strategy.listMapKeys.count > 1 { mapKeys = strategy.listMapKeys }
    }

    /// What identifies `item`; nil when it lacks the merge key.
    func value(_ item: JSONValue) -> JSONValue? {
        guard let merge = item[name] else { return nil }
        guard !mapKeys.isEmpty else { return merge }
        return .array(mapKeys.map { key in item[key.name] ?? key.defaultValue.map(JSONValue.string) ?? .null })
    }
}
