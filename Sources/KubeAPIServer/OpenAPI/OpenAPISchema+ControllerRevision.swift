import KubeModel

extension OpenAPISchema {
    /// The `apps/v1` ControllerRevision kind: the DaemonSet controller's template history.
    static let controllerRevision: [String: JSONValue] = [
        "io.k8s.api.apps.v1.ControllerRevision": object(
            "ControllerRevision implements an immutable snapshot of state data. Clients are responsible for "
                + "serializing and deserializing the objects that contain their internal state. Once a "
                + "ControllerRevision has been successfully created, it can not be updated. The API Server will "
                + "fail validation of all requests that attempt to mutate the Data field. ControllerRevisions may, "
                + "however, be deleted. Note that, due to its use by both the DaemonSet and StatefulSet controllers "
                + "for update and rollback, this object is beta. However, it may be subject to name and "
                + "representation changes in future releases, and clients should not depend on its stability. It "
                + "is primarily for internal use by controllers.",
            properties: [
                "apiVersion": apiVersionProperty,
                "data": property(
                    "io.k8s.apimachinery.pkg.runtime.RawExtension", "Data is the serialized representation of the state."),
                "kind": kindProperty,
                "metadata": metadataProperty,
                "revision": integer(SwaggerDoc.controllerRevisionRevision, format: "int64", defaulted: true),
            ],
            required: ["revision"],
            extensions: kindExtensions(group: "apps", kind: "ControllerRevision")),
    ]
}
