import KubeModel

/// JSON merge patch (RFC 7386, `application/merge-patch+json`) as kube-apiserver applies it through
/// `evanphx/json-patch` v4's `MergePatch`: objects merge key by key, `null` deletes a key, anything else
/// (lists included) replaces. `kubectl label` / `annotate` / `patch --type=merge` send these.
///
/// One upstream quirk is kept on purpose: a value added under a key the document did not have is stored with its
/// nested `null`s pruned (inside objects and lists), so `{"a":{"b":null}}` on `{}` yields `{"a":{}}`.
enum JSONMergePatch {
    /// Why a merge patch cannot be applied; upstream answers 400 with `Invalid JSON Patch`.
    struct InvalidPatch: Error, Hashable {
        /// Upstream's `errBadJSONPatch` text.
        var message: String { "Invalid JSON Patch" }
    }

    /// `patch` applied to `document`. A patch that is `null` or a scalar is invalid; a list patch replaces the
    /// whole document (the caller then rejects a non-object result, as upstream's decoding step does).
    static func apply(_ patch: JSONValue, to document: JSONValue) throws(InvalidPatch) -> JSONValue {
        switch patch {
        case .object(let members):
            guard case .object(let current) = document else { return pruneNulls(patch) }
            return .object(merge(members, into: current))
        case .array:
            return pruneNulls(patch)
        default:
            throw InvalidPatch()
        }
    }

    private static func merge(_ patch: JSONObject, into document: JSONObject) -> JSONObject {
        var result = document
        for (key, value) in patch {
            if value == .null {
                result.removeValue(forKey: key)
            } else if let current = result[key] {
                result[key] = mergeValue(current, value)
            } else {
                result[key] = pruneNulls(value)
            }
        }
        return result
    }

    /// Upstream's `merge(cur, patch)`: recurse when both are objects; a non-object current value takes the
    /// pruned patch; an object current value with a non-object patch takes the patch as is.
    private static func mergeValue(_ current: JSONValue, _ patch: JSONValue) -> JSONValue {
        guard case .object(let currentMembers) = current else { return pruneNulls(patch) }
        guard case .object(let patchMembers) = patch else { return patch }
        return .object(merge(patchMembers, into: currentMembers))
    }

    private static func pruneNulls(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            return .object(members.filter { $0.value != .null }.mapValues(pruneNulls))
        case .array(let items):
            return .array(items.filter { $0 != .null }.map(pruneNulls))
        default:
            return value
        }
    }
}
