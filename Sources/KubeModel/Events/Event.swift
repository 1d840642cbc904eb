import Foundation

/// Core `v1` `Event`: a report about an object (`involvedObject`), as `kubectl describe` and
/// `kubectl get events` show it. For `events.k8s.io/v1` see ``EventsV1/Event``.
public struct Event: KubeObject, Hashable {
    public static let apiVersion = "v1"
    public static let kind = "Event"
    public var apiVersion: String = Event.apiVersion
    public var kind: String = Event.kind
    public var metadata = ObjectMeta()
    public var involvedObject = ObjectReference()
    /// Short, machine-readable CamelCase ("SuccessfulCreate", "FailedPlacement").
    public var reason: String = ""
    public var message: String = ""
    public var source = EventSource()
    /// Go writes a zero `metav1.Time` as `null`.
    public var firstTimestamp: Time?
    public var lastTimestamp: Time?
    public var count: Int32 = 0
    /// One of ``EventType``'s values.
    public var type: String = ""
    /// Set by the `events.k8s.io` recorder; older recorders leave it zero, which Go writes as `null`.
    public var eventTime: MicroTime?
    public var series: EventSeries?
    public var action: String = ""
    public var related: ObjectReference?
    /// Go's `ReportingController`; always written, even when empty.
    public var reportingComponent: String = ""
    /// Always written, even when empty.
    public var reportingInstance: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<Event>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
        .field("involvedObject", \.involvedObject),
        .omitEmpty("reason", \.reason),
        .omitEmpty("message", \.message),
        .field("source", \.source),
        .nullable("firstTimestamp", \.firstTimestamp),
        .nullable("lastTimestamp", \.lastTimestamp),
        .omitEmpty("count", \.count),
        .omitEmpty("type", \.type),
        .nullable("eventTime", \.eventTime),
        .optional("series", \.series),
        .omitEmpty("action", \.action),
        .optional("related", \.related),
        .field("reportingComponent", \.reportingComponent),
        .field("reportingInstance", \.reportingInstance),
    ])

    /// The fields a field selector may name, with their values (upstream `event.ToSelectableFields`).
    /// `source` falls back to `reportingComponent` when `source.component` is empty, as upstream does,
    /// so events written through `events.k8s.io/v1` still match `source=...`.
    public var selectableFields: [String: String] {
        [
            "metadata.name": metadata.name,
            "metadata.namespace": metadata.namespace,
            "involvedObject.kind": involvedObject.kind,
            "involvedObject.namespace": involvedObject.namespace,
            "involvedObject.name": involvedObject.name,
            "involvedObject.uid": involvedObject.uid,
            "involvedObject.apiVersion": involvedObject.apiVersion,
            "involvedObject.resourceVersion": involvedObject.resourceVersion,
            "involvedObject.fieldPath": involvedObject.fieldPath,
            "reason": reason,
            "reportingComponent": reportingComponent,
            "source": source.component.isEmpty ? reportingComponent : source.component,
            "type": type,
        ]
    }
}

/// Core `v1` `EventSource`: the component (and host) that reported an event.
public struct EventSource: APIModel, Hashable {
    public var component: String = ""
    public var host: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(component: String, host: String = "") {
        self.component = component
        self.host = host
    }

    public static let schema = Schema<EventSource>([
        .omitEmpty("component", \.component),
        .omitEmpty("host", \.host),
    ])
}

/// Core `v1` `EventSeries`: how often an event recurred, up to the last heartbeat.
public struct EventSeries: APIModel, Hashable {
    public var count: Int32 = 0
    /// Go writes a zero `metav1.MicroTime` as `null`.
    public var lastObservedTime: MicroTime?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(count: Int32, lastObservedTime: MicroTime) {
        self.count = count
        self.lastObservedTime = lastObservedTime
    }

    public static let schema = Schema<EventSeries>([
        .omitEmpty("count", \.count),
        .nullable("lastObservedTime", \.lastObservedTime),
    ])
}

/// The values of an event's `type` (upstream `v1.EventTypeNormal`, `v1.EventTypeWarning`).
public enum EventType {
    /// Information only.
    public static let normal = "Normal"
    /// Something might be wrong.
    public static let warning = "Warning"
}
