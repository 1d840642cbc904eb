import KubeModel

extension BuiltinTypes {
    static let eventsV1: [TypeSchema] = [
        TypeSchema.object(
            "io.k8s.api.events.v1.Event", "Newer events.k8s.io form of a cluster event record.",
            [
                FieldSchema("action", .string),
                FieldSchema("deprecatedCount", .int32),
                FieldSchema("deprecatedFirstTimestamp", .time),
                FieldSchema("deprecatedLastTimestamp", .time),
                FieldSchema("deprecatedSource", .type("io.k8s.api.core.v1.EventSource")),
                FieldSchema("eventTime", .microTime, required: true),
                FieldSchema("note", .string),
                FieldSchema("reason", .string),
                FieldSchema("regarding", .type("io.k8s.api.core.v1.ObjectReference")),
                FieldSchema("related", .type("io.k8s.api.core.v1.ObjectReference")),
                FieldSchema("reportingController", .string),
                FieldSchema("reportingInstance", .string),
                FieldSchema("series", .type("io.k8s.api.events.v1.EventSeries")),
                FieldSchema("type", .string),
            ], kind: GroupVersionKind(group: "events.k8s.io", version: "v1", kind: "Event")),
        TypeSchema(
            "io.k8s.api.events.v1.EventSeries", "Count and last-seen time for a repeating events.k8s.io event.",
            [
                FieldSchema("count", .int32, required: true),
                FieldSchema("lastObservedTime", .microTime, required: true),
            ]),
    ]
}
