import KubeModel

extension OpenAPISchema {
    /// The `core/v1` pod template a DaemonSet embeds; its PodSpec is the Pod kind's.
    static let podTemplate: [String: JSONValue] = [
        "io.k8s.api.core.v1.PodTemplateSpec": object(
            "PodTemplateSpec describes the data a pod should have when created from a template",
            properties: [
                "metadata": metadataProperty,
                "spec": podSpecProperty,
            ]),
    ]
}

extension OpenAPISchema {
    /// A pod's and a pod template's `spec`, described as upstream describes both.
    static let podSpecProperty = property(
        "io.k8s.api.core.v1.PodSpec",
        "Specification of the desired behavior of the pod. More info: "
            + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status",
        defaulted: true)
}
