import Foundation

extension EventsV1 {
    /// `events.k8s.io/v1` `Event`: a report about `regarding`, by `reportingController`.
    public struct Event: KubeObject, Hashable {
        public static let apiVersion = EventsV1.groupVersion
        public static let kind = "Event"
        public var apiVersion: String = Event.apiVersion
        public var kind: String = Event.kind
        public var metadata = ObjectMeta()
        /// Required for new events; Go writes a zero `metav1.MicroTime` as `null`.
        public var eventTime: MicroTime?
        public var series: EventSeries?
        /// "kubernetes.io/kubelet", "daemonset-controller", ...
        public var reportingController: String = ""
        public var reportingInstance: String = ""
        /// What was done (or failed) to `regarding`, machine-readable.
        public var action: String = ""
        public var reason: String = ""
        public var regarding = ObjectReference()
        public var related: ObjectReference?
        /// Human-readable; core `v1` calls it `message`.
        public var note: String = ""
        /// One of ``EventType``'s values.
        public var type: String = ""
        public var deprecatedSource = EventSource()
        public var deprecatedFirstTimestamp: Time?
        public var deprecatedLastTimestamp: Time?
        public var deprecatedCount: Int32 = 0
        public var unknownFields: JSONObject = [:]

        public init() {}

        public static let schema = Schema<Event>([
            .omitEmpty("kind", \.kind),
            .omitEmpty("apiVersion", \.apiVersion),
            .field("metadata", \.metadata),
            .nullable("eventTime", \.eventTime),
            .optional("series", \.series),
            .omitEmpty("reportingController", \.reportingController),
            .omitEmpty("reportingInstance", \.reportingInstance),
            .omitEmpty("action", \.action),
            .omitEmpty("reason", \.reason),
            .field("regarding", \.regarding),
            .optional("related", \.related),
            .omitEmpty("note", \.note),
            .omitEmpty("type", \.type),
            .field("deprecatedSource", \.deprecatedSource),
            .nullable("deprecatedFirstTimestamp", \.deprecatedFirstTimestamp),
            .nullable("deprecatedLastTimestamp", \.deprecatedLastTimestamp),
            .omitEmpty("deprecatedCount", \.deprecatedCount),
        ])
    }

    /// `events.k8s.io/v1` `EventSeries`: unlike core `v1`, `count` is always written.
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
            .field("count", \.count),
            .nullable("lastObservedTime", \.lastObservedTime),
        ])
    }
}
