import Foundation

// Both versions are views of one stored event. The mapping is upstream's
// (`pkg/apis/events/v1/conversion.go`): regarding = involvedObject, note = message,
// reportingController = reportingComponent, and the deprecated* fields carry source,
// firstTimestamp, lastTimestamp and count. Unknown members stay behind: they belong to one
// version's schema, as Go's conversions drop them too.

extension EventsV1.Event {
    /// The `events.k8s.io/v1` view of a core `v1` event.
    public init(_ event: KubeModel.Event) {
        self.init()
        metadata = event.metadata
        eventTime = event.eventTime
        series = event.series.map { EventsV1.EventSeries(count: $0.count, lastObservedTime: $0.lastObservedTime) }
        reportingController = event.reportingComponent
        reportingInstance = event.reportingInstance
        action = event.action
        reason = event.reason
        regarding = event.involvedObject
        related = event.related
        note = event.message
        type = event.type
        deprecatedSource = event.source
        deprecatedFirstTimestamp = event.firstTimestamp
        deprecatedLastTimestamp = event.lastTimestamp
        deprecatedCount = event.count
    }
}

extension KubeModel.Event {
    /// The core `v1` view of an `events.k8s.io/v1` event.
    public init(_ event: EventsV1.Event) {
        self.init()
        metadata = event.metadata
        involvedObject = event.regarding
        reason = event.reason
        message = event.note
        source = event.deprecatedSource
        firstTimestamp = event.deprecatedFirstTimestamp
        lastTimestamp = event.deprecatedLastTimestamp
        count = event.deprecatedCount
        type = event.type
        eventTime = event.eventTime
        series = event.series.map { KubeModel.EventSeries(count: $0.count, lastObservedTime: $0.lastObservedTime) }
        action = event.action
        related = event.related
        reportingComponent = event.reportingController
        reportingInstance = event.reportingInstance
    }
}

extension EventsV1.EventSeries {
    fileprivate init(count: Int32, lastObservedTime: MicroTime?) {
        self.init()
        self.count = count
        self.lastObservedTime = lastObservedTime
    }
}

extension KubeModel.EventSeries {
    fileprivate init(count: Int32, lastObservedTime: MicroTime?) {
        self.init()
        self.count = count
        self.lastObservedTime = lastObservedTime
    }
}
