/// The field sets of the resources Daemonry serves, as upstream's registry strategies build them, and the
/// field labels each accepts in `?fieldSelector=`.
///
/// They take `ObjectMeta` and plain values rather than the resource types so each type's owner can conform
/// it to `FieldSelectable` with one call, e.g. `SelectableFields.pod(metadata, nodeName: spec.nodeName, ...)`.
public enum SelectableFields {
    /// `generic.ObjectMetaFieldsSet(meta, true)`: `metadata.name` and `metadata.namespace`.
    public static func objectMeta(_ metadata: ObjectMeta) -> [String: String] {
        ["metadata.name": metadata.name, "metadata.namespace": metadata.namespace]
    }

    /// The Pod field set (`pod.ToSelectableFields`). `podIP` is the first of `status.podIPs`, or "";
    /// `hostNetwork` is written "true"/"false".
    public static func pod(
        _ metadata: ObjectMeta, nodeName: String, restartPolicy: String, schedulerName: String,
        serviceAccountName: String, hostNetwork: Bool, phase: String, podIP: String, nominatedNodeName: String
    ) -> [String: String] {
        var fields = objectMeta(metadata)
        fields.reserveCapacity(10)
        fields["spec.nodeName"] = nodeName
        fields["spec.restartPolicy"] = restartPolicy
        fields["spec.schedulerName"] = schedulerName
        fields["spec.serviceAccountName"] = serviceAccountName
        fields["spec.hostNetwork"] = hostNetwork ? "true" : "false"
        fields["status.phase"] = phase
        fields["status.podIP"] = podIP
        fields["status.nominatedNodeName"] = nominatedNodeName
        return fields
    }

    /// The Node field set (`node.NodeToSelectableFields`): a cluster-scoped name and `spec.unschedulable`.
    public static func node(_ metadata: ObjectMeta, unschedulable: Bool) -> [String: String] {
        ["metadata.name": metadata.name, "spec.unschedulable": unschedulable ? "true" : "false"]
    }

    /// The core/v1 Event field set (`event.ToSelectableFields`). `source` is `source.component`, or the
    /// reporting controller when that is empty, as upstream.
    public static func event(
        _ metadata: ObjectMeta, involvedObject: ObjectReferenceFields, reason: String, reportingController: String,
        sourceComponent: String, type: String
    ) -> [String: String] {
        var fields = objectMeta(metadata)
        fields["involvedObject.kind"] = involvedObject.kind
        fields["involvedObject.namespace"] = involvedObject.namespace
        fields["involvedObject.name"] = involvedObject.name
        fields["involvedObject.uid"] = involvedObject.uid
        fields["involvedObject.apiVersion"] = involvedObject.apiVersion
        fields["involvedObject.resourceVersion"] = involvedObject.resourceVersion
        fields["involvedObject.fieldPath"] = involvedObject.fieldPath
        fields["reason"] = reason
        fields["reportingComponent"] = reportingController
        fields["source"] = sourceComponent.isEmpty ? reportingController : sourceComponent
        fields["type"] = type
        return fields
    }

    /// The parts of an Event's `involvedObject` (`ObjectReference`) that are selectable.
    public struct ObjectReferenceFields: Sendable, Hashable {
        /// `involvedObject.kind`.
        public var kind: String
        /// `involvedObject.namespace`.
        public var namespace: String
        /// `involvedObject.name`.
        public var name: String
        /// `involvedObject.uid`.
        public var uid: String
        /// `involvedObject.apiVersion`.
        public var apiVersion: String
        /// `involvedObject.resourceVersion`.
        public var resourceVersion: String
        /// `involvedObject.fieldPath`.
        public var fieldPath: String

        /// Each field defaults to "" as in an empty `ObjectReference`.
        public init(
            kind: String = "", namespace: String = "", name: String = "", uid: String = "", apiVersion: String = "",
            resourceVersion: String = "", fieldPath: String = ""
        ) {
            self.kind = kind
            self.namespace = namespace
            self.name = name
            self.uid = uid
            self.apiVersion = apiVersion
            self.resourceVersion = resourceVersion
            self.fieldPath = fieldPath
        }
    }

    /// Field labels every namespaced resource accepts.
    public static let objectMetaLabels: Set<String> = ["metadata.name", "metadata.namespace"]
    /// Field labels pods accept (upstream also converts the old `spec.host` to `spec.nodeName`).
    public static let podLabels: Set<String> = objectMetaLabels.union([
        "spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork",
        "status.phase", "status.podIP", "status.nominatedNodeName",
    ])
    /// Field labels nodes accept: cluster-scoped, so no `metadata.namespace`.
    public static let nodeLabels: Set<String> = ["metadata.name", "spec.unschedulable"]
    /// Field labels core/v1 events accept.
    public static let eventLabels: Set<String> = objectMetaLabels.union([
        "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
        "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
        "reportingComponent", "source", "type",
    ])
}
