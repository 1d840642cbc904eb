import KubeModel

extension OpenAPISchema {
    /// The `meta/v1`, `runtime`, `resource` and `intstr` schemas the kinds reference, with upstream's descriptions.
    static let meta: [String: JSONValue] = [
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta": object(
            "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must "
                + "create.",
            properties: [
                "annotations": stringMap(
                    "Annotations is an unstructured key value map stored with a resource that may be set by external "
                        + "tools to store and retrieve arbitrary metadata. They are not queryable and should be "
                        + "preserved when modifying objects. More info: "
                        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations"),
                "creationTimestamp": property("io.k8s.apimachinery.pkg.apis.meta.v1.Time", SwaggerDoc.objectMetaCreationTimestamp),
                "deletionGracePeriodSeconds": integer(
                    "Number of seconds allowed for this object to gracefully terminate before it will be removed "
                        + "from the system. Only set when deletionTimestamp is also set. May only be shortened. "
                        + "Read-only.",
                    format: "int64"),
                "deletionTimestamp": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
                    "DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is "
                        + "set by the server when a graceful deletion is requested by the user, and is not directly "
                        + "settable by a client. The resource is expected to be deleted (no longer visible from "
                        + "resource lists, and not reachable by name) after the time in this field, once the "
                        + "finalizers list is empty. As long as the finalizers list contains items, deletion is "
                        + "blocked. Once the deletionTimestamp is set, this value may not be unset or be set further "
                        + "into the future, although it may be shortened or the resource may be deleted prior to this "
                        + "time. For example, a user may request that a pod is deleted in 30 seconds. The Kubelet will "
                        + "react by sending a graceful termination signal to the containers in the pod. After that 30 "
                        + "seconds, the Kubelet will send a hard termination signal (SIGKILL) to the container and "
                        + "after cleanup, remove the pod from the API. In the presence of network partitions, this "
                        + "object may still exist after this timestamp, until an administrator or automated process "
                        + "can determine the resource is fully terminated. If not set, graceful deletion of the object "
                        + "has not been requested.\n\nPopulated by the system when a graceful deletion is requested. "
                        + "Read-only. More info: "
                        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"),
                "finalizers": stringArray(
                    "Must be empty before the object is deleted from the registry. Each entry is an identifier for the "
                        + "responsible component that will remove the entry from the list. If the deletionTimestamp of "
                        + "the object is non-nil, entries in this list can only be removed. Finalizers may be processed "
                        + "and removed in any order.  Order is NOT enforced because it introduces significant risk of "
                        + "stuck finalizers. finalizers is a shared field, any actor with permission can reorder it. If "
                        + "the finalizer list is processed in order, then this can lead to a situation in which the "
                        + "component responsible for the first finalizer in the list is waiting for a signal (field "
                        + "value, external system, or other) produced by a component responsible for a finalizer later "
                        + "in the list, resulting in a deadlock. Without enforced ordering finalizers are free to order "
                        + "amongst themselves and are not vulnerable to ordering changes in the list.",
                    extensions: ["x-kubernetes-list-type": "set", "x-kubernetes-patch-strategy": "merge"]),
                "generateName": string(
                    "GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the "
                        + "Name field has not been provided. If this field is used, the name returned to the client "
                        + "will be different than the name passed. This value will also be combined with a unique "
                        + "suffix. The provided value has the same validation rules as the Name field, and may be "
                        + "truncated by the length of the suffix required to make the value unique on the server.\n\n"
                        + "If this field is specified and the generated name exists, the server will return a 409.\n\n"
                        + "Applied only if Name is not specified. More info: "
                        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency"),
                "generation": integer(
                    "A sequence number representing a specific generation of the desired state. Populated by the "
                        + "system. Read-only.",
                    format: "int64"),
                "labels": stringMap(
                    "Map of string keys and values that can be used to organize and categorize (scope and select) "
                        + "objects. May match selectors of replication controllers and services. More info: "
                        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels"),
                "managedFields": array(
                    of: "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry",
                    "ManagedFields maps workflow-id and version to the set of fields that are managed by that "
                        + "workflow. This is mostly for internal housekeeping, and users typically shouldn't need to "
                        + "set or understand this field. A workflow can be the user's name, a controller's name, or the "
                        + "name of a specific apply path like \"ci-cd\". The set of fields is always in the version "
                        + "that the workflow used when modifying the object.",
                    extensions: ["x-kubernetes-list-type": "atomic"]),
                "name": string(SwaggerDoc.objectMetaName),
                "namespace": string(
                    "Namespace defines the space within which each name must be unique. An empty namespace is "
                        + "equivalent to the \"default\" namespace, but \"default\" is the canonical representation. "
                        + "Not all objects are required to be scoped to a namespace - the value of this field for "
                        + "those objects will be empty.\n\nMust be a DNS_LABEL. Cannot be updated. More info: "
                        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces"),
                "ownerReferences": array(
                    of: "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference",
                    "List of objects depended by this object. If ALL objects in the list have been deleted, this "
                        + "object will be garbage collected. If this object is managed by a controller, then an entry "
                        + "in this list will point to this controller, with the controller field set to true. There "
                        + "cannot be more than one managing controller.",
                    extensions: [
                        "x-kubernetes-list-map-keys": ["uid"], "x-kubernetes-list-type": "map",
                        "x-kubernetes-patch-merge-key": "uid", "x-kubernetes-patch-strategy": "merge",
                    ]),
                "resourceVersion": string(
                    "An opaque value that represents the internal version of this object that can be used by "
                        + "clients to determine when objects have changed. May be used for optimistic concurrency, "
                        + "change detection, and the watch operation on a resource or set of resources. Clients must "
                        + "treat these values as opaque and passed unmodified back to the server. They may only be "
                        + "valid for a particular resource or set of resources.\n\nPopulated by the system. Read-only. "
                        + "Value must be treated as opaque by clients and . More info: "
                        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency"),
                "selfLink": string(
                    "Deprecated: selfLink is a legacy read-only field that is no longer populated by the system."),
                "uid": string(
                    "UID is the unique in time and space value for this object. It is typically generated by the "
                        + "server on successful creation of a resource and is not allowed to change on PUT "
                        + "operations.\n\nPopulated by the system. Read-only. More info: "
                        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids"),
            ]),
        "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference": object(
            "OwnerReference contains enough information to let you identify an owning object. An owning object "
                + "must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace "
                + "field.",
            properties: [
                "apiVersion": string("API version of the referent.", defaulted: true),
                "blockOwnerDeletion": boolean(
                    "If true, AND if the owner has the \"foregroundDeletion\" finalizer, then the owner cannot be "
                        + "deleted from the key-value store until this reference is removed. See "
                        + "https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion "
                        + "for how the garbage collector interacts with this field and enforces the foreground "
                        + "deletion. Defaults to false. To set this field, a user needs \"delete\" permission of the "
                        + "owner, otherwise 422 (Unprocessable Entity) will be returned."),
                "controller": boolean("If true, this reference points to the managing controller."),
                "kind": string(
                    "Kind of the referent. More info: "
                        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
                    defaulted: true),
                "name": string(
                    "Name of the referent. More info: "
                        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names",
                    defaulted: true),
                "uid": string(
                    "UID of the referent. More info: "
                        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids",
                    defaulted: true),
            ],
            required: ["apiVersion", "kind", "name", "uid"],
            extensions: ["x-kubernetes-map-type": "atomic"]),
        "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry": object(
            "ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the "
                + "fieldset applies to.",
            properties: [
                "apiVersion": string(
                    "APIVersion defines the version of this resource that this field set applies to. The format is "
                        + "\"group/version\" just like the top-level APIVersion field. It is necessary to track the "
                        + "version of a field set because it cannot be automatically converted."),
                "fieldsType": string(
                    "FieldsType is the discriminator for the different fields format and version. There is "
                        + "currently only one possible value: \"FieldsV1\""),
                "fieldsV1": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1",
                    "FieldsV1 holds the first JSON version format as described in the \"FieldsV1\" type."),
                "manager": string("Manager is an identifier of the workflow managing these fields."),
                "operation": string(
                    "Operation is the type of operation which lead to this ManagedFieldsEntry being created. The "
                        + "only valid values for this field are 'Apply' and 'Update'."),
                "subresource": string(
                    "Subresource is the name of the subresource used to update that object, or empty string if the "
                        + "object was updated through the main resource. The value of this field is used to "
                        + "distinguish between managers, even if they share the same name. For example, a status "
                        + "update will be distinct from a regular update using the same manager name. Note that the "
                        + "APIVersion field is not related to the Subresource field and it always corresponds to the "
                        + "version of the main resource."),
                "time": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
                    "Time is the timestamp of when the ManagedFields entry was added. The timestamp will also be "
                        + "updated if a field is added, the manager changes any of the owned fields value or removes a "
                        + "field. The timestamp does not update when a field is removed from the entry because another "
                        + "manager took it over."),
            ]),
        "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": [
            "description": .string(
                "FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.\n\nEach key is "
                    + "either a '.' representing the field itself, and will always map to an empty set, or a string "
                    + "representing a sub-field or item. The string will follow one of these four formats: "
                    + "'f:<name>', where <name> is the name of a field in a struct, or key in a map 'v:<value>', where "
                    + "<value> is the exact json formatted value of a list item 'i:<index>', where <index> is position "
                    + "of a item in a list 'k:<keys>', where <keys> is a map of  a list item's key fields to their "
                    + "unique values If a key maps to an empty Fields value, the field that key represents is part of "
                    + "the set.\n\nThe exact format is defined in sigs.k8s.io/structured-merge-diff"),
            "type": "object",
        ],
        "io.k8s.apimachinery.pkg.apis.meta.v1.Time": [
            "description": .string(
                "Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.  Wrappers "
                    + "are provided for many of the factory methods that the time package offers."),
            "format": "date-time",
            "type": "string",
        ],
        "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime": [
            "description": "MicroTime is version of Time with microsecond level precision.",
            "format": "date-time",
            "type": "string",
        ],
        "io.k8s.apimachinery.pkg.runtime.RawExtension": [
            "description": .string(
                "RawExtension is used to hold extensions in external versions.\n\nTo use this, make a field which "
                    + "has RawExtension as its type in your external, versioned struct, and Object in your internal "
                    + "struct. You also need to register your various plugin types."),
            "type": "object",
        ],
        "io.k8s.apimachinery.pkg.api.resource.Quantity": [
            "description": .string(
                "Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling "
                    + "in JSON and YAML, in addition to String() and AsInt64() accessors.\n\nThe serialization "
                    + "format is:\n\n``` <quantity>        ::= <signedNumber><suffix>\n```\n\nNo matter which of "
                    + "the three exponent forms is used, no quantity may represent a number greater than 2^63-1 in "
                    + "magnitude, nor may it have more than 3 decimal places."),
            "oneOf": [["type": "string"], ["type": "number"]],
        ],
        "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector": object(
            "A label selector is a label query over a set of resources. The result of matchLabels and "
                + "matchExpressions are ANDed. An empty label selector matches all objects. A null label selector "
                + "matches no objects.",
            properties: [
                "matchExpressions": array(
                    of: "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement",
                    "matchExpressions is a list of label selector requirements. The requirements are ANDed.",
                    extensions: ["x-kubernetes-list-type": "atomic"]),
                "matchLabels": stringMap(
                    "matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is "
                        + "equivalent to an element of matchExpressions, whose key field is \"key\", the operator is "
                        + "\"In\", and the values array contains only \"value\". The requirements are ANDed."),
            ],
            extensions: ["x-kubernetes-map-type": "atomic"]),
        "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement": object(
            "A label selector requirement is a selector that contains values, a key, and an operator that relates "
                + "the key and values.",
            properties: [
                "key": string("key is the label key that the selector applies to.", defaulted: true),
                "operator": string(
                    "operator represents a key's relationship to a set of values. Valid operators are In, NotIn, "
                        + "Exists and DoesNotExist.",
                    defaulted: true),
                "values": stringArray(
                    "values is an array of string values. If the operator is In or NotIn, the values array must be "
                        + "non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This "
                        + "array is replaced during a strategic merge patch.",
                    extensions: ["x-kubernetes-list-type": "atomic"]),
            ],
            required: ["key", "operator"]),
        "io.k8s.apimachinery.pkg.util.intstr.IntOrString": [
            "description": .string(
                "IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling "
                    + "and unmarshalling, it produces or consumes the inner type.  This allows you to have, for "
                    + "example, a JSON field that can accept a name or number."),
            "format": "int-or-string",
            "oneOf": [["type": "integer"], ["type": "string"]],
        ],
    ]
}
