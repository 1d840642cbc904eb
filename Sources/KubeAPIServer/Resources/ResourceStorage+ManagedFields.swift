import Foundation
import KubeModel
import KubeStore

extension ResourceStorage {
    /// Records in `object.metadata.managedFields` the `Update` that `manager` makes by writing `object` over
    /// `current` (nil: a create), as kube-apiserver's field manager does for every write but an apply.
    ///
    /// The entries it starts from are the request's when it sent some on the main resource, none when it asked
    /// for a reset (`ManagedFields.resetMarker`), else the stored object's: a client that does not know
    /// managedFields cannot drop them. A subresource write never sets them.
    func recordUpdate(
        _ object: inout Strategy.Object, over current: StoredObject?, old: Strategy.Object?, manager: String,
        target: UpdateTarget
    ) throws(APIError) {
        let sent = object.metadata.managedFields
        var entries = old?.metadata.managedFields ?? []
        if target == .main && sent == ManagedFields.resetMarker {
            entries = []
        } else if target == .main && !sent.isEmpty {
            entries = sent
        }
        // Neither side's entries are compared: nobody owns them.
        object.metadata.managedFields = []
        var meta = strategy.patchSchema.root(forKind: info.kind)
        meta.matchesListMapKeys = true
        let excluded = ManagedFields.untracked + resetFields(target)
        let data = object.jsonData()
        if current == nil && entries.isEmpty, let after = try? JSONValue.parse(data).objectValue {
            // The fast path of a create: its one entry's fields, built in one walk.
            let fields = FieldChanges.createdFieldsV1(zero: zeroValue, new: after, meta: meta, excluded: excluded)
            object.metadata.managedFields = fields.isEmpty ? [] : [ManagedFields.entry(
                manager: manager, apiVersion: info.groupVersion, subresource: target.subresource, time: currentTime(),
                fieldsV1: FieldsV1(.object(fields)))]
            return
        }
        let changes: FieldChanges
        if let current, let (before, after) = RawMembers.differing(strategy.servedBytes(current.data), data) {
            // The fast path: only what differs is parsed (`RawMembers`), and the same comparison runs on it.
            changes = FieldChanges(from: before, to: after, meta: meta).excluding(excluded)
        } else {
            do {
                // A create compares with the kind's zero value, as Go writes it: the sections it always holds (a
                // spec, a pod template) are not the creator's own nodes, the maps and items it adds are.
                let before = try current.map { stored in
                    Self.withoutManagedFields(try JSONValue.parse(strategy.servedBytes(stored.data)).objectValue ?? [:])
                } ?? zeroValue
                let after = try JSONValue.parse(data).objectValue ?? [:]
                changes = FieldChanges(from: before, to: after, meta: meta).excluding(excluded)
            } catch {
                throw APIError(
                    .internalError, "Internal error occurred: comparing \(info.kind) \(object.metadata.name): \(error)")
            }
        }
        object.metadata.managedFields = ManagedFields.update(
            entries, with: changes, manager: manager, apiVersion: info.groupVersion, subresource: target.subresource,
            time: currentTime())
    }

    private static func withoutManagedFields(_ object: JSONObject) -> JSONObject {
        guard case .object(var metadata)? = object["metadata"], metadata["managedFields"] != nil else { return object }
        metadata["managedFields"] = nil
        var result = object
        result["metadata"] = .object(metadata)
        return result
    }

    /// The fields a write to `target` cannot change, so nobody takes them by it (upstream's `GetResetFields`):
    /// status through the main resource of a kind with a status subresource, spec through `/status`.
    private func resetFields(_ target: UpdateTarget) -> [FieldSet.Path] {
        switch target {
        case .main: info.subresource("status") != nil ? [[.field("status")]] : []
        case .status: [[.field("spec")]]
        case .finalize: []
        }
    }
}

extension UpdateTarget {
    /// The `subresource` of the managedFields entries a write here records.
    var subresource: String {
        switch self {
        case .main: ""
        case .status: "status"
        case .finalize: "finalize"
        }
    }
}
