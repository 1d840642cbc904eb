import KubeModel

extension OpenAPISchema {
    /// The generic ephemeral volume source and the claim template it embeds.
    static let ephemeralVolume: [String: JSONValue] = [
        "io.k8s.api.core.v1.EphemeralVolumeSource": object(
            "Represents an ephemeral volume that is handled by a normal storage driver.",
            properties: [
                "volumeClaimTemplate": property(
                    "io.k8s.api.core.v1.PersistentVolumeClaimTemplate",
                    "Will be used to create a stand-alone PVC to provision the volume. The pod in which this "
                        + "EphemeralVolumeSource is embedded will be the owner of the PVC, i.e. the PVC will be "
                        + "deleted together with the pod.  The name of the PVC will be `<pod name>-<volume name>` "
                        + "where `<volume name>` is the name from the `PodSpec.Volumes` array entry.")
            ]),
        "io.k8s.api.core.v1.PersistentVolumeClaimTemplate": object(
            "PersistentVolumeClaimTemplate is used to produce PersistentVolumeClaim objects as part of an "
                + "EphemeralVolumeSource.",
            properties: [
                "metadata": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
                    "May contain labels and annotations that will be copied into the PVC when creating it. No other "
                        + "fields are allowed and will be rejected during validation.",
                    defaulted: true),
                "spec": property(
                    "io.k8s.api.core.v1.PersistentVolumeClaimSpec",
                    "The specification for the PersistentVolumeClaim. The entire content is copied unchanged into "
                        + "the PVC that gets created from this template. The same fields as in a "
                        + "PersistentVolumeClaim are also valid here.",
                    defaulted: true),
            ],
            required: ["spec"]),
        "io.k8s.api.core.v1.PersistentVolumeClaimSpec": object(
            "PersistentVolumeClaimSpec describes the common attributes of storage devices and allows a Source for "
                + "provider-specific attributes",
            properties: [
                "accessModes": stringArray(
                    "accessModes contains the desired access modes the volume should have. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1",
                    extensions: atomicList),
                "dataSource": property(
                    "io.k8s.api.core.v1.TypedLocalObjectReference",
                    "dataSource field can be used to specify either: * An existing VolumeSnapshot object "
                        + "(snapshot.storage.k8s.io/VolumeSnapshot) * An existing PVC (PersistentVolumeClaim) If the "
                        + "provisioner or an external controller can support the specified data source, it will "
                        + "create a new volume based on the contents of the specified data source."),
                "dataSourceRef": property(
                    "io.k8s.api.core.v1.TypedObjectReference",
                    "dataSourceRef specifies the object from which to populate the volume with data, if a non-empty "
                        + "volume is desired. This may be any object from a non-empty API group (non core object) or "
                        + "a PersistentVolumeClaim object."),
                "resources": property(
                    "io.k8s.api.core.v1.VolumeResourceRequirements",
                    "resources represents the minimum resources the volume should have. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources",
                    defaulted: true),
                "selector": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector",
                    "selector is a label query over volumes to consider for binding."),
                "storageClassName": string(
                    "storageClassName is the name of the StorageClass required by the claim. More info: "
                        + "https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1"),
                "volumeAttributesClassName": string(
                    "volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim."),
                "volumeMode": string(
                    "volumeMode defines what type of volume is required by the claim. Value of Filesystem is "
                        + "implied when not included in claim spec."),
                "volumeName": string(
                    "volumeName is the binding reference to the PersistentVolume backing this claim."),
            ]),
        "io.k8s.api.core.v1.TypedLocalObjectReference": object(
            "TypedLocalObjectReference contains enough information to let you locate the typed referenced object "
                + "inside the same namespace.",
            properties: [
                "apiGroup": string(
                    "APIGroup is the group for the resource being referenced. If APIGroup is not specified, the "
                        + "specified Kind must be in the core API group. For any other third-party types, APIGroup "
                        + "is required."),
                "kind": string("Kind is the type of resource being referenced", defaulted: true),
                "name": string("Name is the name of resource being referenced", defaulted: true),
            ],
            required: ["kind", "name"], extensions: ["x-kubernetes-map-type": "atomic"]),
        "io.k8s.api.core.v1.TypedObjectReference": object(
            "TypedObjectReference contains enough information to let you locate the typed referenced object",
            properties: [
                "apiGroup": string(
                    "APIGroup is the group for the resource being referenced. If APIGroup is not specified, the "
                        + "specified Kind must be in the core API group. For any other third-party types, APIGroup "
                        + "is required."),
                "kind": string("Kind is the type of resource being referenced", defaulted: true),
                "name": string("Name is the name of resource being referenced", defaulted: true),
                "namespace": string(
                    "Namespace is the namespace of resource being referenced Note that when a namespace is "
                        + "specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent "
                        + "namespace to allow that namespace's owner to accept the reference."),
            ],
            required: ["kind", "name"]),
        "io.k8s.api.core.v1.VolumeResourceRequirements": object(
            "VolumeResourceRequirements describes the storage resource requirements for a volume.",
            properties: [
                "limits": map(
                    of: "io.k8s.apimachinery.pkg.api.resource.Quantity",
                    "Limits describes the maximum amount of compute resources allowed. More info: "
                        + "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"),
                "requests": map(
                    of: "io.k8s.apimachinery.pkg.api.resource.Quantity",
                    "Requests describes the minimum amount of compute resources required. If Requests is omitted "
                        + "for a container, it defaults to Limits if that is explicitly specified, otherwise to an "
                        + "implementation-defined value. Requests cannot exceed Limits. More info: "
                        + "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"),
            ]),
    ]
}
