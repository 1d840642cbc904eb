import Foundation
import KubeClient
import KubeModel

/// Turns a stream of events into writes: client-go's `EventCorrelator`, a value owned by the recorder's
/// writing task.
///
/// - Aggregation: more than `aggregateMaxEvents` events about one object with the same reason but different
///   messages within `aggregateInterval` become one combined event.
/// - Counting: an event identical to one already written becomes a PATCH of that event, incrementing
///   `count` and moving `lastTimestamp`, instead of a new Event object.
/// - Spam filtering: each source and object has a token bucket (`spamBurst`, refilled at `spamQPS`); an event
///   that finds it empty is dropped.
struct EventCorrelator: Sendable {
    /// What to write for one event.
    struct Write: Sendable {
        /// The event as it must be stored.
        var event: Event
        /// The patch for an event already stored, nil for a new one.
        var patch: Patch?
    }

    private let configuration: EventRecorderConfiguration
    private var spamBuckets: LRUCache<String, TokenBucket<AnyClock.Instant>>
    private var aggregates: LRUCache<String, Aggregate>
    private var observations: LRUCache<String, Observation>

    init(configuration: EventRecorderConfiguration) {
        self.configuration = configuration
        spamBuckets = LRUCache(capacity: configuration.cacheSize)
        aggregates = LRUCache(capacity: configuration.cacheSize)
        observations = LRUCache(capacity: configuration.cacheSize)
    }

    /// What to write for `event`, recorded at `now` (wall time `date`); nil when the spam filter drops it.
    mutating func correlate(_ event: Event, now: AnyClock.Instant, date: Date) -> Write? {
        let (aggregated, key) = aggregate(event, now: now, date: date)
        let write = observe(aggregated, key: key)
        return isSpam(write.event, now: now) ? nil : write
    }

    /// Records the event as the server stored it (its name and resourceVersion), so the next identical event
    /// patches it.
    mutating func stored(_ event: Event) {
        observations.set(Observation(event), for: Self.eventKey(event))
    }

    // MARK: Aggregation

    private mutating func aggregate(_ event: Event, now: AnyClock.Instant, date: Date) -> (Event, String) {
        let eventKey = Self.eventKey(event)
        let aggregateKey = Self.aggregateKey(event)
        var record = aggregates.value(for: aggregateKey) ?? Aggregate(messages: [], last: now)
        if record.last.duration(to: now) > configuration.aggregateInterval {
            record = Aggregate(messages: [], last: now)
        }
        record.messages.insert(event.message)
        record.last = now
        guard record.messages.count >= configuration.aggregateMaxEvents else {
            aggregates.set(record, for: aggregateKey)
            return (event, eventKey)
        }
        // Keep the set below the threshold, so each further distinct message is combined too.
        if let any = record.messages.first { record.messages.remove(any) }
        aggregates.set(record, for: aggregateKey)

        var combined = Event()
        combined.metadata.name = EventRecorder.eventName(for: event.involvedObject, at: date)
        combined.metadata.namespace = event.metadata.namespace
        combined.involvedObject = event.involvedObject
        combined.reason = event.reason
        combined.message = "(combined from similar events): " + event.message
        combined.type = event.type
        combined.source = event.source
        combined.count = 1
        combined.firstTimestamp = Time(date)
        combined.lastTimestamp = Time(date)
        // Cached under the aggregate key, so later combined events count up on this one.
        return (combined, aggregateKey)
    }

    // MARK: Counting

    private mutating func observe(_ event: Event, key: String) -> Write {
        var event = event
        var patch: Patch?
        if let last = observations.value(for: key), last.count > 0 {
            event.metadata.name = last.name
            event.metadata.resourceVersion = last.resourceVersion
            event.firstTimestamp = last.firstTimestamp
            event.count = last.count + 1
            // client-go sends a strategic merge patch of exactly these three fields.
            var fields: [String: JSONValue] = ["count": .int(Int64(event.count)), "message": .string(event.message)]
            if let lastTimestamp = event.lastTimestamp { fields["lastTimestamp"] = .string(lastTimestamp.rfc3339) }
            patch = .strategic(.object(fields))
        }
        observations.set(Observation(event), for: key)
        return Write(event: event, patch: patch)
    }

    // MARK: Spam

    private mutating func isSpam(_ event: Event, now: AnyClock.Instant) -> Bool {
        let key = Self.spamKey(event)
        var bucket = spamBuckets.value(for: key)
            ?? TokenBucket(qps: configuration.spamQPS, burst: max(1, configuration.spamBurst))
        // A reservation that would have to wait means no token: give it back and drop the event.
        let spam = bucket.reserve(at: now) > .zero
        if spam { bucket.release(at: now) }
        spamBuckets.set(bucket, for: key)
        return spam
    }

    // MARK: Keys (client-go's fields)

    /// One source and one object (`getSpamKey`); the other keys extend it.
    static func spamKey(_ event: Event) -> String {
        let object = event.involvedObject
        return key([
            event.source.component, event.source.host, object.kind, object.namespace, object.name, object.uid,
            object.apiVersion,
        ])
    }

    /// Everything that makes two events the same event (`getEventKey`).
    static func eventKey(_ event: Event) -> String {
        key([spamKey(event), event.involvedObject.fieldPath, event.type, event.reason, event.message])
    }

    /// Events that differ only in message (`EventAggregatorByReasonFunc`).
    static func aggregateKey(_ event: Event) -> String {
        key([spamKey(event), event.type, event.reason, event.reportingComponent, event.reportingInstance])
    }

    /// The parts joined with a control character no field holds, so different fields never make the same key
    /// (upstream joins them with nothing).
    private static func key(_ parts: [String]) -> String {
        parts.joined(separator: "\u{1F}")
    }

    /// The distinct messages seen for one aggregate key, and when the last one was.
    private struct Aggregate: Sendable {
        var messages: Set<String>
        var last: AnyClock.Instant
    }

    /// The last write of one event: what the next identical one patches.
    private struct Observation: Sendable {
        var count: Int32
        var firstTimestamp: Time?
        var name: String
        var resourceVersion: String

        init(_ event: Event) {
            count = event.count
            firstTimestamp = event.firstTimestamp
            name = event.metadata.name
            resourceVersion = event.metadata.resourceVersion
        }
    }
}
