import Foundation
import KubeModel

/// A simplified server-side apply (`application/apply-patch+yaml`, `kubectl apply --server-side`): the applied
/// configuration is the whole intended object; the server creates the object when absent, otherwise merges the
/// configuration onto the live object and records what the field manager claims in `metadata.managedFields`.
///
/// What it does like upstream:
/// - creates when absent, merges when present (fields the configuration does not mention are kept);
/// - one `managedFields` entry per manager (`operation: Apply`, `fieldsType: FieldsV1`, `fieldsV1` in
///   structured-merge-diff's `f:`/`k:`/`v:` format, `apiVersion`, `time`);
/// - fields this manager applied before and no longer applies are removed, unless another manager owns them;
/// - a field owned by another manager that this apply would change is a conflict (409, causes
///   `FieldManagerConflict` with structured-merge-diff's path text) unless `force`, which takes ownership;
/// - `metadata.managedFields` in the configuration, a wrong `apiVersion` or kind are 400s; `status` of a kind
///   with a status subresource is ignored (upstream resets it for the main resource).
///
/// What is simplified:
/// - the merge itself is a strategic merge patch over our `PatchSchema`, not structured-merge-diff's typed merge:
///   list order follows strategic-merge rules and keyed lists use the SMP merge key to match items;
/// - `fieldsV1` is computed from the applied configuration over the same schema (best effort: fields outside the
///   schema count as leaves or granular maps), and ownership of other managers (`Update` entries written by
///   PUT/PATCH) is only read, never recomputed here;
/// - conflicts compare leaf values only; a list item removed by another manager is not a conflict.
enum ServerSideApply {
    /// Kinds whose `status` is a subresource, so apply on the main resource ignores it: read from the
    /// resources served, typed and schema kinds alike.
    static let kindsWithStatus = Set(
        (ResourceCatalog.all + BuiltinKinds.allWithCustomResourceDefinition.map(\.info))
            .filter { $0.subresource("status") != nil }.map(\.kind))

    /// The paths server-side apply never tracks (upstream's strip-meta manager).
    private static let untracked: [FieldSet.Path] = [
        [.field("apiVersion")], [.field("kind")], [.field("status")],
        [.field("metadata"), .field("name")], [.field("metadata"), .field("namespace")],
        [.field("metadata"), .field("uid")], [.field("metadata"), .field("resourceVersion")],
        [.field("metadata"), .field("generation")], [.field("metadata"), .field("creationTimestamp")],
        [.field("metadata"), .field("selfLink")], [.field("metadata"), .field("managedFields")],
        [.field("metadata"), .field("deletionTimestamp")],
        [.field("metadata"), .field("deletionGracePeriodSeconds")],
    ]

    /// Applies `configuration` (already decoded) for `manager` onto `live` (nil: create).
    static func apply(
        _ configuration: JSONObject, to live: JSONObject?, kind: String, apiVersion: String?, manager: String,
        force: Bool, now: Date?, schema: PatchSchema
    ) throws(APIError) -> JSONObject {
        var configuration = configuration
        if let apiVersion {
            let specified = configuration["apiVersion"]?.stringValue ?? ""
            guard specified == apiVersion else {
                throw APIError(
                    .badRequest,
                    "Incorrect version specified in apply patch. Specified patch version: \(specified), expected: \(apiVersion)")
            }
        }
        let specifiedKind = configuration["kind"]?.stringValue ?? ""
        guard specifiedKind == kind else {
            throw APIError(
                .badRequest, "Incorrect kind specified in apply patch. Specified patch kind: \(specifiedKind), expected: \(kind)")
        }
        if let metadata = configuration["metadata"]?.objectValue, let managed = metadata["managedFields"], managed != .null {
            throw APIError(.badRequest, "metadata.managedFields must be nil")
        }
        if kindsWithStatus.contains(kind) { configuration["status"] = nil }

        var meta = schema.root(forKind: kind)
        meta.matchesListMapKeys = true
        let claimed = tracked(FieldSet.claimed(by: configuration, meta: meta))
        var entries = live.flatMap { $0["metadata"]?["managedFields"] }.map(managedEntries) ?? []
        let ownIndex = entries.firstIndex { $0.manager == manager && $0.operation == "Apply" && $0.subresource.isEmpty }
        let previous = ownIndex.map { entries[$0].fields } ?? FieldSet()

        var object = live ?? [:]
        if live != nil {
            let conflicts = findConflicts(claimed, configuration, object, entries, except: ownIndex)
            if !conflicts.isEmpty && !force { throw conflictError(conflicts, entries) }
            for conflict in conflicts { entries[conflict.entry].fields.members.remove(conflict.path) }

            // Fields this manager stops applying go away unless someone else still owns them (or something below).
            let othersOwned = entries.indices.filter { $0 != ownIndex }.reduce(into: Set<FieldSet.Path>()) {
                $0.formUnion(entries[$1].fields.members)
            }
            let dropped = previous.members.subtracting(claimed.members).filter { path in
                !othersOwned.contains { $0.starts(with: path) }
            }
            var value = JSONValue.object(object)
            for path in dropped.sorted(by: { $0.count < $1.count }) {
                value = FieldSet.removing(path[...], from: value)
            }
            object = value.objectValue ?? [:]
        }

        var patch = configuration
        if var metadata = patch["metadata"]?.objectValue {
            metadata["managedFields"] = nil
            patch["metadata"] = .object(metadata)
        }
        do {
            object = try StrategicMergePatch.apply(patch, to: object, meta: meta)
        } catch {
            throw PatchApplier.apiError(error)
        }

        var entry = ManagedEntry(
            manager: manager, operation: "Apply", apiVersion: apiVersion ?? (configuration["apiVersion"]?.stringValue ?? ""),
            time: now, subresource: "", fields: claimed, raw: [:])
        if let ownIndex {
            entry.raw = entries[ownIndex].raw
            entries[ownIndex] = entry
        } else {
            entries.append(entry)
        }
        // A manager left owning nothing disappears, as structured-merge-diff drops empty sets.
        entries.removeAll { $0.fields.members.isEmpty && !($0.manager == manager && $0.operation == "Apply") }
        var metadata = object["metadata"]?.objectValue ?? [:]
        metadata["managedFields"] = .array(entries.map(\.json))
        object["metadata"] = .object(metadata)
        return object
    }

    // MARK: Ownership

    /// One `managedFields` entry, with its field set decoded.
    struct ManagedEntry {
        var manager: String
        var operation: String
        var apiVersion: String
        var time: Date?
        var subresource: String
        var fields: FieldSet
        /// The entry as read, so unknown members survive.
        var raw: JSONObject

        /// The entry as stored.
        var json: JSONValue {
            var object = raw
            object["manager"] = .string(manager)
            object["operation"] = .string(operation)
            object["apiVersion"] = .string(apiVersion)
            if let time { object["time"] = .string(Time(time).rfc3339) }
            object["fieldsType"] = .string("FieldsV1")
            object["fieldsV1"] = fields.fieldsV1
            if !subresource.isEmpty { object["subresource"] = .string(subresource) }
            return .object(object)
        }
    }

    private static func managedEntries(_ value: JSONValue) -> [ManagedEntry] {
        guard case .array(let items) = value else { return [] }
        return items.compactMap { item in
            guard case .object(let members) = item else { return nil }
            return ManagedEntry(
                manager: members["manager"]?.stringValue ?? "", operation: members["operation"]?.stringValue ?? "",
                apiVersion: members["apiVersion"]?.stringValue ?? "",
                time: members["time"]?.stringValue.flatMap { Time(rfc3339: $0)?.date },
                subresource: members["subresource"]?.stringValue ?? "",
                fields: FieldSet(fieldsV1: members["fieldsV1"] ?? .null), raw: members)
        }
    }

    private static func tracked(_ set: FieldSet) -> FieldSet {
        var result = set
        result.members = set.members.filter { path in !untracked.contains { path.starts(with: $0) } }
        return result
    }

    /// A field this apply would change that another manager owns.
    private struct Conflict {
        var entry: Int
        var path: FieldSet.Path
    }

    private static func findConflicts(
        _ claimed: FieldSet, _ configuration: JSONObject, _ live: JSONObject, _ entries: [ManagedEntry], except own: Int?
    ) -> [Conflict] {
        var conflicts: [Conflict] = []
        for path in claimed.members.sorted(by: { FieldSet.text($0) < FieldSet.text($1) }) {
            if case .key? = path.last { continue }  // list item nodes: their leaves are compared instead
            let applied = FieldSet.value(at: path[...], in: .object(configuration))
            let current = FieldSet.value(at: path[...], in: .object(live))
            guard applied != current else { continue }
            for index in entries.indices where index != own && entries[index].fields.members.contains(path) {
                conflicts.append(Conflict(entry: index, path: path))
            }
        }
        return conflicts
    }

    /// Upstream's `NewConflictError`: 409 `Conflict`, one `FieldManagerConflict` cause per field.
    private static func conflictError(_ conflicts: [Conflict], _ entries: [ManagedEntry]) -> APIError {
        func describe(_ entry: ManagedEntry) -> String {
            var text = "\"\(entry.manager)\""
            if !entry.subresource.isEmpty { text += " with subresource \"\(entry.subresource)\"" }
            if entry.operation == "Update" {
                text += " using \(entry.apiVersion)"
                if let time = entry.time { text += " at \(Time(time).rfc3339)" }
            }
            return text
        }
        let causes = conflicts.map { conflict in
            StatusCause(
                reason: "FieldManagerConflict", message: "conflict with \(describe(entries[conflict.entry]))",
                field: FieldSet.text(conflict.path))
        }
        let message: String
        if conflicts.count == 1, let only = conflicts.first {
            message = "Apply failed with 1 conflict: conflict with \(describe(entries[only.entry])): \(FieldSet.text(only.path))"
        } else {
            var byManager: [String: [String]] = [:]
            for conflict in conflicts {
                byManager[describe(entries[conflict.entry]), default: []].append(FieldSet.text(conflict.path))
            }
            var lines: [String] = []
            for manager in byManager.keys.sorted() {
                lines.append("conflicts with \(manager):")
                lines += (byManager[manager] ?? []).map { "- " + $0 }
            }
            message = "Apply failed with \(conflicts.count) conflicts: " + lines.joined(separator: "\n")
        }
        return APIError(.conflict, message, details: StatusDetails(causes: causes))
    }
}
