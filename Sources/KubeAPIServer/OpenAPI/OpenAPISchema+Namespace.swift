import KubeModel

extension OpenAPISchema {
    /// The `core/v1` Namespace kind and its spec and status.
    static let namespace: [String: JSONValue] = [
        "io.k8s.api.core.v1.Namespace": object(
            "Namespace provides a scope for Names. Use of multiple namespaces is optional.",
            properties: [
                "apiVersion": apiVersionProperty,
                "kind": kindProperty,
                "metadata": metadataProperty,
                "spec": property(
                    "io.k8s.api.core.v1.NamespaceSpec",
                    "Spec defines the behavior of the Namespace. More info: "
                        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status",
                    defaulted: true),
                "status": property(
                    "io.k8s.api.core.v1.NamespaceStatus",
                    "Status describes the current status of a Namespace. More info: "
                        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status",
                    defaulted: true),
            ],
            extensions: kindExtensions(group: "", kind: "Namespace")),
        "io.k8s.api.core.v1.NamespaceSpec": object(
            "NamespaceSpec describes the attributes on a Namespace.",
            properties: [
                "finalizers": stringArray(
                    "Finalizers is an opaque list of values that must be empty to permanently remove object from "
                        + "storage. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/",
                    extensions: atomicList)
            ]),
        "io.k8s.api.core.v1.NamespaceStatus": object(
            "NamespaceStatus is information about the current status of a Namespace.",
            properties: [
                "conditions": array(
                    of: "io.k8s.api.core.v1.NamespaceCondition",
                    "Represents the latest available observations of a namespace's current state.",
                    extensions: mapList(key: "type")),
                "phase": string(
                    "Phase is the current lifecycle phase of the namespace. More info: "
                        + "https://kubernetes.io/docs/tasks/administer-cluster/namespaces/"),
            ]),
        "io.k8s.api.core.v1.NamespaceCondition": object(
            "NamespaceCondition contains details about state of namespace.",
            properties: [
                "lastTransitionTime": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
                    "Last time the condition transitioned from one status to another."),
                "message": string("Human-readable message indicating details about last transition."),
                "reason": string("Unique, one-word, CamelCase reason for the condition's last transition."),
                "status": string("Status of the condition, one of True, False, Unknown.", defaulted: true),
                "type": string("Type of namespace controller condition.", defaulted: true),
            ],
            required: ["type", "status"]),
    ]
}
