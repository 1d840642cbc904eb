/// An object that field selectors can filter: its `selectableFields`, as upstream's per-resource
/// `ToSelectableFields` / `GetAttrs` produce them.
///
/// Every resource has `metadata.name` and `metadata.namespace` (`baseSelectableFields`). Types add theirs
/// through the functions in `SelectableFields`:
/// - Pod: `spec.nodeName`, `spec.restartPolicy`, `spec.schedulerName`, `spec.serviceAccountName`,
///   `spec.hostNetwork`, `status.phase`, `status.podIP`, `status.nominatedNodeName` (`SelectableFields.pod`).
/// - Node: `spec.unschedulable` (`SelectableFields.node`).
/// - Event: `involvedObject.kind`, `.namespace`, `.name`, `.uid`, `.apiVersion`, `.resourceVersion`,
///   `.fieldPath`, `reason`, `reportingComponent`, `source`, `type` (`SelectableFields.event`).
public protocol FieldSelectable {
    /// Field path to value, e.g. `["metadata.name": "web-1", "spec.nodeName": "node-3"]`.
    var selectableFields: [String: String] { get }
}

extension KubeObject {
    /// `metadata.name` and `metadata.namespace` ("" for cluster-scoped objects; an absent field also reads
    /// as "", so matching is the same either way).
    public var baseSelectableFields: [String: String] {
        SelectableFields.objectMeta(metadata)
    }
}

extension FieldSelectable {
    /// Whether `selector` selects this object.
    public func matches(_ selector: FieldSelector) -> Bool {
        selector.matches(fields: selectableFields)
    }
}
