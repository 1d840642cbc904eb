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
///   with a status subresource is ignored (upstream resets it for the main resource);
/// - kubectl's own manager (`kubectl`) takes over, without conflict, the fields client-side apply set to values
///   they still hold, and keeps its `last-applied-configuration` annotation in step.
///
/// What is simplified:
/// - the merge itself is a strategic merge patch over our `PatchSchema`, not structured-merge-diff's typed merge:
///   list order follows strategic-merge rules and keyed lists use the SMP merge key to match items;
/// - `fieldsV1` is computed from the applied configuration over the same schema (best effort: fields outside the
///   schema count as leaves or granular maps); other managers' entries (the `Update` entries `ManagedFields`
///   records for every other write) only lose what the apply forced;
/// - conflicts compare leaf values only; a list item removed by another manager is not a conflict.
enum ServerSideApply {
    /// Kinds whose `status` is a subresource, so apply on the main resource ignores it: read from the
    /// resources served, typed and schema kinds alike.
    static let kindsWithStatus = Set(
        (ResourceCatalog.all + BuiltinKinds.allWithCustomResourceDefinition.map(\.info))
            .filter { $0.subresource("status") != nil }.map(\.kind))

    /// The paths server-side apply never tracks: those no manager owns, and `status`.
    private static let untracked = ManagedFields.untracked + [[.field("status")]]

    /// The manager `kubectl apply --server-side` writes as; only it takes over client-side apply's fields.
    static let kubectlManager = "kubectl"

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
        var entries = ManagedEntry.entries(live?["metadata"]?["managedFields"])
        let ownIndex = entries.firstIndex { $0.manager == manager && $0.operation == "Apply" && $0.subresource.isEmpty }
        let previous = ownIndex.map { entries[$0].fields } ?? FieldSet()

        var object = live ?? [:]
        if live != nil {
            let conflicts = findConflicts(claimed, configuration, object, entries, except: ownIndex)
            if !conflicts.isEmpty && !force {
                // kubectl's first server-side apply takes the fields client-side apply set to what they still are.
                let allowed =
                    manager == kubectlManager
                    ? fieldsLastApplied(to: object, apiVersion: configuration["apiVersion"], meta: meta) : []
                let refused = conflicts.filter { !allowed.contains($0.path) }
                if !refused.isEmpty { throw conflictError(refused, entries) }
            }
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
        if manager == kubectlManager, live?["metadata"]?["annotations"]?[lastAppliedAnnotation] != nil {
            object = keepingLastAppliedInStep(object, with: patch)
        }

        var entry = ManagedFieldsEntry()
        entry.manager = manager
        entry.operation = "Apply"
        entry.apiVersion = apiVersion ?? (configuration["apiVersion"]?.stringValue ?? "")
        entry.time = now.map(Time.init)
        var own = ManagedEntry(entry)
        own.fields = claimed
        if let ownIndex {
            own.entry.unknownFields = entries[ownIndex].entry.unknownFields
            entries[ownIndex] = own
        } else {
            entries.append(own)
        }
        // A manager left owning nothing disappears, as structured-merge-diff drops empty sets.
        entries.removeAll { $0.fields.members.isEmpty && !($0.manager == manager && $0.operation == "Apply") }
        var metadata = object["metadata"]?.objectValue ?? [:]
        metadata["managedFields"] = ManagedEntry.json(entries)
        object["metadata"] = .object(metadata)
        return object
    }

    // MARK: Ownership

    /// The manager `kubectl apply` (client-side) writes as.
    static let clientSideApplyManager = "kubectl-client-side-apply"

    /// Client-side apply's record of what it last applied.
    private static let lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration"

    /// kubectl's server-side apply rewrites an existing client-side record to what it applied, so a later
    /// client-side apply computes its changes from it (upstream's `lastAppliedUpdater`).
    private static func keepingLastAppliedInStep(_ object: JSONObject, with configuration: JSONObject) -> JSONObject {
        var record = configuration
        if case .object(var metadata)? = record["metadata"], case .object(var annotations)? = metadata["annotations"] {
            annotations[lastAppliedAnnotation] = nil
            metadata["annotations"] = annotations.isEmpty ? nil : .object(annotations)
            record["metadata"] = .object(metadata)
        }
        guard case .object(var metadata)? = object["metadata"], case .object(var annotations)? = metadata["annotations"]
        else { return object }
        annotations[lastAppliedAnnotation] = .string(String(decoding: JSONValue.object(record).canonicalBytes, as: UTF8.self))
        metadata["annotations"] = .object(annotations)
        var result = object
        result["metadata"] = .object(metadata)
        return result
    }

    /// The fields client-side apply last set that still hold the values it set (upstream's
    /// `allowedConflictsFromLastApplied`): read from the `last-applied-configuration` annotation.
    private static func fieldsLastApplied(to live: JSONObject, apiVersion: JSONValue?, meta: PatchMeta)
        -> Set<FieldSet.Path>
    {
        guard let text = live["metadata"]?["annotations"]?[lastAppliedAnnotation]?.stringValue,
            case .object(let lastApplied)? = try? GoJSONDecoder.parse(Array(text.utf8)),
            lastApplied["apiVersion"] == apiVersion
        else { return [] }
        let changes = FieldChanges(from: lastApplied, to: live, meta: meta)
        return FieldSet.claimed(by: lastApplied, meta: meta).members.subtracting(changes.modified).subtracting(
            changes.removed)
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
            // Upstream names an Update manager by its identity, which never holds a time.
            if entry.operation == "Update" { text += " using \(entry.entry.apiVersion)" }
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
