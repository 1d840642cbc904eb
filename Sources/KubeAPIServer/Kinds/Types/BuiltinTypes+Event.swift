import KubeModel

extension BuiltinTypes {
    static let event: [TypeSchema] = [
        TypeSchema.object(
            "io.k8s.api.core.v1.Event", "Record of something notable that happened to an object in the cluster.",
            [
                FieldSchema("action", .string, "Name of the operation taken or attempted on the object."),
                FieldSchema("count", .int32, "How many occurrences have been folded into this record."),
                FieldSchema("eventTime", .microTime, "Microsecond timestamp of the first sighting of the event."),
                FieldSchema("firstTimestamp", .time, "Server time of the first occurrence in this record."),
                FieldSchema("involvedObject", .type("io.k8s.api.core.v1.ObjectReference"), required: true, "Reference to the object the event describes."),
                FieldSchema("lastTimestamp", .time, "Server time of the latest occurrence in this record."),
                FieldSchema("message", .string, "Readable description of what happened."),
                FieldSchema("reason", .string, "Short machine-friendly CamelCase cause of the event."),
                FieldSchema("related", .type("io.k8s.api.core.v1.ObjectReference"), "Another object involved, for actions touching two objects."),
                FieldSchema("reportingComponent", .string, "Identifier of the controller that wrote the event."),
                FieldSchema("reportingInstance", .string, "Specific instance of the component that emitted it."),
                FieldSchema("series", .type("io.k8s.api.core.v1.EventSeries"), "Aggregation data if the event is part of a repeating series."),
                FieldSchema("source", .type("io.k8s.api.core.v1.EventSource"), "Legacy component and host that produced the event."),
                FieldSchema("type", .string, "Event severity, currently Normal or Warning."),
            ], kind: GroupVersionKind(group: "", version: "v1", kind: "Event")),
        TypeSchema(
            "io.k8s.api.core.v1.EventSeries", "Tracks how often a repeating event has recurred and when last.",
            [
                FieldSchema("count", .int32),
                FieldSchema("lastObservedTime", .microTime),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.EventSource", "Names the component and host that emitted an event.",
            [
                FieldSchema("component", .string),
                FieldSchema("host", .string),
            ]),
        TypeSchema(
            "io.k8s.api.core.v1.ObjectReference", "Full pointer to another API object, including kind and uid.",
            [
                FieldSchema("apiVersion", .string),
                FieldSchema("fieldPath", .string),
                FieldSchema("kind", .string),
                FieldSchema("name", .string),
                FieldSchema("namespace", .string),
                FieldSchema("resourceVersion", .string),
                FieldSchema("uid", .string),
            ], atomic: true),
    ]
}
