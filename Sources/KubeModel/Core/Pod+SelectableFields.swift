import Foundation

extension Pod {
    /// The fields a field selector can name, with their values as upstream `PodToSelectableFields` gives them:
    /// object metadata name and namespace, then the pod-specific ones. `status.podIP` is the first of
    /// `status.podIPs` (empty when there is none), as upstream reads it.
    public var selectableFields: [String: String] {
        [
            "metadata.name": metadata.name,
            "metadata.namespace": metadata.namespace,
            "spec.nodeName": spec.nodeName,
            "spec.restartPolicy": spec.restartPolicy,
            "spec.schedulerName": spec.schedulerName,
            "spec.serviceAccountName": spec.serviceAccountName,
            "spec.hostNetwork": spec.hostNetwork ? "true" : "false",
            "status.phase": status.phase,
            "status.podIP": status.podIPs.first?.ip ?? "",
            "status.nominatedNodeName": status.nominatedNodeName,
        ]
    }
}
