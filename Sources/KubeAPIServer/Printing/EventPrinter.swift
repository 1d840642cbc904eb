import Foundation
import KubeModel

/// Upstream's `printEvent`, for core `v1` events and (converted, as upstream stores one internal
/// type) `events.k8s.io/v1` events: Last Seen, Type, Reason, Object, Message, and wide Subobject,
/// Source, First Seen, Count, Name.
enum EventPrinter {
    static let columns = [
        TableColumnDefinition(name: "Last Seen", type: "string", description: SwaggerDoc.eventLastTimestamp),
        TableColumnDefinition(name: "Type", type: "string", description: SwaggerDoc.eventType),
        TableColumnDefinition(name: "Reason", type: "string", description: SwaggerDoc.eventReason),
        TableColumnDefinition(name: "Object", type: "string", description: SwaggerDoc.eventInvolvedObject),
        TableColumnDefinition(
            name: "Subobject", type: "string", description: SwaggerDoc.objectReferenceFieldPath, priority: 1),
        TableColumnDefinition(name: "Source", type: "string", description: SwaggerDoc.eventSource, priority: 1),
        TableColumnDefinition(name: "Message", type: "string", description: SwaggerDoc.eventMessage),
        TableColumnDefinition(
            name: "First Seen", type: "string", description: SwaggerDoc.eventFirstTimestamp, priority: 1),
        TableColumnDefinition(name: "Count", type: "string", description: SwaggerDoc.eventCount, priority: 1),
        TableColumnDefinition(
            name: "Name", type: "string", format: "name", description: SwaggerDoc.objectMetaName, priority: 1),
    ]

    static let corePrinter = TypedPrinter<Event>(columns: columns) { event, now in row(event, now: now) }

    static let eventsV1Printer = TypedPrinter<EventsV1.Event>(columns: columns) { event, now in
        row(Event(event), now: now)
    }

    /// The row of `event` at `now`. Last Seen falls back from `lastTimestamp` to First Seen, which falls
    /// back from `firstTimestamp` to `eventTime`; a series overrides Last Seen and Count; Count is an integer.
    static func row(_ event: Event, now: Date) -> TableRow {
        var firstSeen = HumanDuration.since(event.firstTimestamp?.date, now: now)
        if isZero(event.firstTimestamp?.date) {
            firstSeen = HumanDuration.since(event.eventTime?.date, now: now)
        }
        var lastSeen = HumanDuration.since(event.lastTimestamp?.date, now: now)
        if isZero(event.lastTimestamp?.date) { lastSeen = firstSeen }
        var count = event.count
        if let series = event.series {
            lastSeen = HumanDuration.since(series.lastObservedTime?.date, now: now)
            count = series.count
        } else if count == 0 {
            // Singleton events of the new API carry no count.
            count = 1
        }
        let kind = event.involvedObject.kind.lowercased()
        let target = event.involvedObject.name.isEmpty ? kind : kind + "/" + event.involvedObject.name
        return TableRow(cells: [
            .string(lastSeen),
            .string(event.type),
            .string(event.reason),
            .string(target),
            .string(event.involvedObject.fieldPath),
            .string(source(of: event)),
            .string(event.message.trimmingCharacters(in: .whitespacesAndNewlines)),
            .string(firstSeen),
            .int(Int64(count)),
            .string(event.metadata.name),
        ])
    }

    /// `component, host`, or `component` without a host; the reporting controller and instance stand in
    /// for an empty source.
    static func source(of event: Event) -> String {
        let component = event.source.component.isEmpty ? event.reportingComponent : event.source.component
        let instance = event.source.host.isEmpty ? event.reportingInstance : event.source.host
        return instance.isEmpty ? component : component + ", " + instance
    }

    private static func isZero(_ date: Date?) -> Bool {
        date.map { $0 == HumanDuration.goZeroDate } ?? true
    }
}
