import Foundation
import KubeModel

/// `metadata.managedFields` as kube-apiserver keeps it: which manager owns which fields, one entry per manager,
/// operation (`Apply` or `Update`), API version and subresource. Server-side apply writes `Apply` entries
/// (`ServerSideApply`); every other create, update and patch records an `Update` entry here, so that a later
/// apply by someone else conflicts on the fields it would take.
enum ManagedFields {
    /// The paths no manager owns (upstream's strip-meta manager): identity and server-set metadata.
    static let untracked: [FieldSet.Path] = [
        [.field("apiVersion")], [.field("kind")],
        [.field("metadata"), .field("name")], [.field("metadata"), .field("namespace")],
        [.field("metadata"), .field("uid")], [.field("metadata"), .field("resourceVersion")],
        [.field("metadata"), .field("generation")], [.field("metadata"), .field("creationTimestamp")],
        [.field("metadata"), .field("selfLink")], [.field("metadata"), .field("managedFields")],
        [.field("metadata"), .field("deletionTimestamp")],
        [.field("metadata"), .field("deletionGracePeriodSeconds")],
    ]

    /// Upstream's `DefaultMaxUpdateManagers`: past this many `Update` entries, the oldest are merged into one
    /// `ancient-changes` entry per API version.
    static let maxUpdateManagers = 10
    static let ancientChangesManager = "ancient-changes"

    /// The manager of the server's own creates (default namespaces and service accounts, built-in priority
    /// classes): the name Daemonry's components write as, from their User-Agent.
    static let serverManager = "daemonry"

    /// The manager of a write: its `fieldManager`, else the User-Agent up to its first "/" (upstream's
    /// `prefixFromUserAgent`), so `daemonry/v0 (linux/amd64)` writes as `daemonry`.
    static func manager(fieldManager: String, userAgent: String?) -> String {
        if !fieldManager.isEmpty { return fieldManager }
        return String((userAgent ?? "").split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    /// Whether a request's `managedFields` asks to clear them: an empty list, or one empty entry (upstream's
    /// `isResetManagedFields`). A decoded empty list reads as absent, so the caller marks a reset with
    /// `resetMarker`.
    static let resetMarker = [ManagedFieldsEntry()]

    /// Whether `value` (a request's `metadata.managedFields`) is upstream's reset request.
    static func isReset(_ value: JSONValue?) -> Bool {
        guard case .array(let items)? = value else { return false }
        return items.isEmpty || items == [.object([:])]
    }

    /// The entries after an `Update` by `manager` made `changes` (structured-merge-diff's `Updater.Update` as
    /// kube-apiserver runs it): every other entry loses the fields the write touched; the writer's own entry gains
    /// what it added or changed, loses what it removed, and is stamped `time` when it took anything. Entries left
    /// owning nothing are dropped.
    static func update(
        _ entries: [ManagedFieldsEntry], with changes: FieldChanges, manager: String, apiVersion: String,
        subresource: String, time: Time
    ) -> [ManagedFieldsEntry] {
        guard !changes.isEmpty else { return entries }
        let touched = changes.touched
        let taken = changes.added.union(changes.modified)
        let firstFields = Set(touched.compactMap { $0.first?.encoded })
        var result: [ManagedFieldsEntry] = []
        var own: ManagedFieldsEntry?
        for entry in entries {
            if entry.manager == manager && entry.operation == "Update" && entry.apiVersion == apiVersion
                && entry.subresource == subresource
            {
                own = entry
                continue
            }
            // Most writes touch nothing another manager owns: a set whose bytes never name the first field of a
            // touched path is kept without being parsed.
            guard let raw = entry.fieldsV1, firstFields.contains(where: raw.mentions) else {
                result.append(entry)
                continue
            }
            let fieldsV1 = raw.value
            guard touched.contains(where: { FieldSet.contains($0, inFieldsV1: fieldsV1) }) else {
                result.append(entry)
                continue
            }
            var set = FieldSet(fieldsV1: fieldsV1)
            set.members.subtract(touched)
            guard !set.members.isEmpty else { continue }
            var kept = entry
            kept.fieldsV1 = FieldsV1(set.fieldsV1)
            result.append(kept)
        }

        var entry = own ?? ManagedFieldsEntry()
        let previous = own?.fieldsV1?.value ?? .object([:])
        // A writer that already owns what it changed (a kubelet's next status) keeps its set as it is.
        let unchanged = taken.allSatisfy { FieldSet.contains($0, inFieldsV1: previous) }
            && !changes.removed.contains { FieldSet.contains($0, inFieldsV1: previous) }
        if !unchanged {
            var set = FieldSet(fieldsV1: previous)
            set.members.formUnion(taken)
            set.members.subtract(changes.removed)
            entry.fieldsV1 = FieldsV1(set.fieldsV1)
            if set.members.isEmpty { return sorted(capped(result)) }
        } else if own == nil {
            return sorted(capped(result))
        }
        entry.manager = manager
        entry.operation = "Update"
        entry.apiVersion = apiVersion
        entry.fieldsType = "FieldsV1"
        entry.subresource = subresource
        if !taken.isEmpty { entry.time = time }
        result.append(entry)
        return sorted(capped(result))
    }

    /// A new `Update` entry.
    static func entry(manager: String, apiVersion: String, subresource: String, time: Time, fieldsV1: FieldsV1)
        -> ManagedFieldsEntry
    {
        var entry = ManagedFieldsEntry()
        entry.manager = manager
        entry.operation = "Update"
        entry.apiVersion = apiVersion
        entry.time = time
        entry.fieldsType = "FieldsV1"
        entry.fieldsV1 = fieldsV1
        entry.subresource = subresource
        return entry
    }

    /// structured-merge-diff's order of entries: `Apply` before `Update`, then by time (whole seconds), manager,
    /// API version and subresource.
    static func sorted(_ entries: [ManagedFieldsEntry]) -> [ManagedFieldsEntry] {
        entries.sorted { first, second in
            if first.operation != second.operation { return first.operation < second.operation }
            let (firstSeconds, secondSeconds) = (seconds(first.time), seconds(second.time))
            if firstSeconds != secondSeconds { return firstSeconds < secondSeconds }
            if first.manager != second.manager { return first.manager < second.manager }
            if first.apiVersion != second.apiVersion { return first.apiVersion < second.apiVersion }
            return first.subresource < second.subresource
        }
    }

    /// The entries with at most `maxUpdateManagers` `Update` entries: the oldest merge, per API version, into an
    /// `ancient-changes` entry that takes the time of the newest entry merged (upstream's `capManagersManager`).
    static func capped(_ entries: [ManagedFieldsEntry]) -> [ManagedFieldsEntry] {
        var updates = entries.filter { $0.operation == "Update" }
        guard updates.count > maxUpdateManagers else { return entries }
        updates.sort { first, second in
            let (firstSeconds, secondSeconds) = (seconds(first.time), seconds(second.time))
            if firstSeconds != secondSeconds { return firstSeconds < secondSeconds }
            return first.manager < second.manager
        }
        var remaining = entries.filter { $0.operation != "Update" }
        var buckets: [String: ManagedFieldsEntry] = [:]
        var firstByVersion: [String: ManagedFieldsEntry] = [:]
        var count = updates.count
        var kept: [ManagedFieldsEntry] = []
        for update in updates {
            guard count > maxUpdateManagers else {
                kept.append(update)
                continue
            }
            guard let first = firstByVersion[update.apiVersion] else {
                firstByVersion[update.apiVersion] = update
                continue
            }
            var bucket = buckets[update.apiVersion] ?? first
            var set = FieldSet(fieldsV1: bucket.fieldsV1?.value ?? .null)
            set.members.formUnion(FieldSet(fieldsV1: update.fieldsV1?.value ?? .null).members)
            bucket.manager = ancientChangesManager
            bucket.subresource = ""
            bucket.fieldsV1 = FieldsV1(set.fieldsV1)
            bucket.time = update.time
            buckets[update.apiVersion] = bucket
            count -= 1
        }
        // A version's first entry stays itself unless a later one merged into it.
        for (version, first) in firstByVersion { remaining.append(buckets[version] ?? first) }
        return remaining + kept
    }

    private static func seconds(_ time: Time?) -> Int64 {
        time.map { Int64($0.date.timeIntervalSince1970.rounded(.down)) } ?? 0
    }
}

/// One `managedFields` entry with its field set decoded, as server-side apply works on it.
struct ManagedEntry {
    var entry: ManagedFieldsEntry
    var fields: FieldSet

    var manager: String { entry.manager }
    var operation: String { entry.operation }
    var subresource: String { entry.subresource }

    init(_ entry: ManagedFieldsEntry) {
        self.entry = entry
        self.fields = FieldSet(fieldsV1: entry.fieldsV1?.value ?? .null)
    }

    /// The entry as stored, with `fields` encoded.
    var encoded: ManagedFieldsEntry {
        var result = entry
        result.fieldsType = "FieldsV1"
        result.fieldsV1 = FieldsV1(fields.fieldsV1)
        return result
    }

    /// The entries a `metadata.managedFields` JSON value holds (entries that do not decode are dropped).
    static func entries(_ value: JSONValue?) -> [ManagedEntry] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { item in
            (try? ManagedFieldsEntry.decode(json: Data(item.canonicalBytes))).map(ManagedEntry.init)
        }
    }

    /// The JSON of `entries`, in upstream's order.
    static func json(_ entries: [ManagedEntry]) -> JSONValue {
        .array(
            ManagedFields.sorted(entries.map(\.encoded)).compactMap { entry in
                try? JSONValue.parse(entry.jsonData())
            })
    }
}
