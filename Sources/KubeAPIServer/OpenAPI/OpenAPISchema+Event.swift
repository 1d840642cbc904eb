import KubeModel

extension OpenAPISchema {
    /// The `core/v1` Event kind and the references it shares with `events.k8s.io/v1` Event.
    static let event: [String: JSONValue] = [
        "io.k8s.api.core.v1.Event": object(
            "Event is a report of an event somewhere in the cluster.  Events have a limited retention time and "
                + "triggers and messages may evolve with time.  Event consumers should not rely on the timing of an "
                + "event with a given Reason reflecting a consistent underlying trigger, or the continued existence "
                + "of events with that Reason.  Events should be treated as informative, best-effort, supplemental "
                + "data.",
            properties: [
                "action": string("What action was taken/failed regarding to the Regarding object."),
                "apiVersion": apiVersionProperty,
                "count": integer(SwaggerDoc.eventCount),
                "eventTime": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime", "Time when this Event was first observed."),
                "firstTimestamp": property("io.k8s.apimachinery.pkg.apis.meta.v1.Time", SwaggerDoc.eventFirstTimestamp),
                "involvedObject": property(
                    "io.k8s.api.core.v1.ObjectReference", SwaggerDoc.eventInvolvedObject, defaulted: true),
                "kind": kindProperty,
                "lastTimestamp": property("io.k8s.apimachinery.pkg.apis.meta.v1.Time", SwaggerDoc.eventLastTimestamp),
                "message": string(SwaggerDoc.eventMessage),
                "metadata": metadataProperty,
                "reason": string(SwaggerDoc.eventReason),
                "related": property("io.k8s.api.core.v1.ObjectReference", "Optional secondary object for more complex actions."),
                "reportingComponent": string(
                    "Name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`.", defaulted: true),
                "reportingInstance": string("ID of the controller instance, e.g. `kubelet-xyzf`.", defaulted: true),
                "series": property(
                    "io.k8s.api.core.v1.EventSeries",
                    "Data about the Event series this event represents or nil if it's a singleton Event."),
                "source": property(
                    "io.k8s.api.core.v1.EventSource",
                    "The component reporting this event. Should be a short machine understandable string.",
                    defaulted: true),
                "type": string(SwaggerDoc.eventType),
            ],
            required: ["metadata", "involvedObject"],
            extensions: kindExtensions(group: "", kind: "Event")),
        "io.k8s.api.core.v1.EventSeries": object(
            "EventSeries contain information on series of events, i.e. thing that was/is happening continuously for "
                + "some time.",
            properties: [
                "count": integer("Number of occurrences in this series up to the last heartbeat time"),
                "lastObservedTime": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime", "Time of the last occurrence observed"),
            ]),
        "io.k8s.api.core.v1.EventSource": object(
            "EventSource contains information for an event.",
            properties: [
                "component": string("Component from which the event is generated."),
                "host": string("Node name on which the event is generated."),
            ]),
        "io.k8s.api.core.v1.ObjectReference": object(
            "ObjectReference contains enough information to let you inspect or modify the referred object.",
            properties: [
                "apiVersion": string("API version of the referent."),
                "fieldPath": string(SwaggerDoc.objectReferenceFieldPath),
                "kind": string(
                    "Kind of the referent. More info: "
                        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"),
                "name": string(
                    "Name of the referent. More info: "
                        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names"),
                "namespace": string(
                    "Namespace of the referent. More info: "
                        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"),
                "resourceVersion": string(
                    "Specific resourceVersion to which this reference is made, if any. More info: "
                        + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency"),
                "uid": string(
                    "UID of the referent. More info: "
                        + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids"),
            ],
            extensions: ["x-kubernetes-map-type": "atomic"]),
    ]
}
