import KubeModel

extension OpenAPISchema {
    /// The `events.k8s.io/v1` Event kind: the same objects as core events, with the newer field names.
    static let eventsV1: [String: JSONValue] = [
        "io.k8s.api.events.v1.Event": object(
            "Event is a report of an event somewhere in the cluster. It generally denotes some state change in the "
                + "system. Events have a limited retention time and triggers and messages may evolve with time.  "
                + "Event consumers should not rely on the timing of an event with a given Reason reflecting a "
                + "consistent underlying trigger, or the continued existence of events with that Reason.  Events "
                + "should be treated as informative, best-effort, supplemental data.",
            properties: [
                "action": string(
                    "action is what action was taken/failed regarding to the regarding object. It is "
                        + "machine-readable. This field cannot be empty for new Events and it can have at most 128 "
                        + "characters."),
                "apiVersion": apiVersionProperty,
                "deprecatedCount": integer(
                    "deprecatedCount is the deprecated field assuring backward compatibility with core.v1 Event "
                        + "type."),
                "deprecatedFirstTimestamp": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
                    "deprecatedFirstTimestamp is the deprecated field assuring backward compatibility with core.v1 "
                        + "Event type."),
                "deprecatedLastTimestamp": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
                    "deprecatedLastTimestamp is the deprecated field assuring backward compatibility with core.v1 "
                        + "Event type."),
                "deprecatedSource": property(
                    "io.k8s.api.core.v1.EventSource",
                    "deprecatedSource is the deprecated field assuring backward compatibility with core.v1 Event "
                        + "type.",
                    defaulted: true),
                "eventTime": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime",
                    "eventTime is the time when this Event was first observed. It is required."),
                "kind": kindProperty,
                "metadata": metadataProperty,
                "note": string(
                    "note is a human-readable description of the status of this operation. Maximal length of the "
                        + "note is 1kB, but libraries should be prepared to handle values up to 64kB."),
                "reason": string(
                    "reason is why the action was taken. It is human-readable. This field cannot be empty for new "
                        + "Events and it can have at most 128 characters."),
                "regarding": property(
                    "io.k8s.api.core.v1.ObjectReference",
                    "regarding contains the object this Event is about. In most cases it's an Object reporting "
                        + "controller implements, e.g. ReplicaSetController implements ReplicaSets and this event "
                        + "is emitted because it acts on some changes in a ReplicaSet object.",
                    defaulted: true),
                "related": property(
                    "io.k8s.api.core.v1.ObjectReference",
                    "related is the optional secondary object for more complex actions. E.g. when regarding object "
                        + "triggers a creation or deletion of related object."),
                "reportingController": string(
                    "reportingController is the name of the controller that emitted this Event, e.g. "
                        + "`kubernetes.io/kubelet`. This field cannot be empty for new Events."),
                "reportingInstance": string(
                    "reportingInstance is the ID of the controller instance, e.g. `kubelet-xyzf`. This field cannot "
                        + "be empty for new Events and it can have at most 128 characters."),
                "series": property(
                    "io.k8s.api.events.v1.EventSeries",
                    "series is data about the Event series this event represents or nil if it's a singleton Event."),
                "type": string(
                    "type is the type of this event (Normal, Warning), new types could be added in the future. It is "
                        + "machine-readable. This field cannot be empty for new Events."),
            ],
            required: ["eventTime"],
            extensions: kindExtensions(group: "events.k8s.io", kind: "Event")),
        "io.k8s.api.events.v1.EventSeries": object(
            "EventSeries contain information on series of events, i.e. thing that was/is happening continuously for "
                + "some time. How often to update the EventSeries is up to the event reporters. The default event "
                + "reporter in \"k8s.io/client-go/tools/events/event_broadcaster.go\" shows how this struct is "
                + "updated on heartbeats and can guide customized reporter implementations.",
            properties: [
                "count": integer(
                    "count is the number of occurrences in this series up to the last heartbeat time.",
                    defaulted: true),
                "lastObservedTime": property(
                    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime",
                    "lastObservedTime is the time when last Event from the series was seen before last heartbeat."),
            ],
            required: ["count", "lastObservedTime"]),
    ]
}
