import Foundation
import KubeClient
import KubeModel
import Logging
import ServiceLifecycle

/// Records core/v1 Events about objects, as client-go's `record.EventRecorder` with its broadcaster and
/// `EventCorrelator`.
///
/// `event(...)` never waits: it puts the event in a bounded buffer (`bufferSize`, 1000 as upstream) and a
/// full buffer drops the event with a log line, so a slow or unreachable API server never slows a
/// controller down. `run()` writes the buffered events: identical events become a PATCH that increments
/// `count`, bursts about one object are cut by a token bucket (25, then one per 5 minutes), failed writes
/// are retried (12 tries, 10 s apart).
///
/// A `Service`: on graceful shutdown it writes what is still buffered (one try each) and returns.
public final class EventRecorder: Service, Sendable {
    /// How the recorder writes.
    public typealias Configuration = EventRecorderConfiguration

    /// The configuration.
    public let configuration: Configuration
    private let sink: any EventSink
    private let clock: AnyClock
    private let random: RandomSource
    private let logger: Logger
    private let events: AsyncStream<Event>
    private let buffer: AsyncStream<Event>.Continuation

    /// A recorder writing to `sink`.
    public init(
        sink: any EventSink, configuration: Configuration, clock: some Clock<Duration> = ContinuousClock(),
        random: RandomSource = .system, logger: Logger = Logger(label: "daemonry.events")
    ) {
        self.configuration = configuration
        self.sink = sink
        self.clock = AnyClock(clock)
        self.random = random
        self.logger = logger
        (events, buffer) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingOldest(max(1, configuration.bufferSize)))
    }

    /// Records an event about `object`: `type` is `EventType.normal` or `.warning`, `reason` upstream's
    /// CamelCase reason (`SuccessfulCreate`, `FailedDaemonPod`), `message` for humans.
    public func event(_ object: some KubeObject, type: String, reason: String, message: String) {
        event(ObjectReference(to: object), type: type, reason: reason, message: message)
    }

    /// Records an event about the object `reference` names.
    public func event(_ reference: ObjectReference, type: String, reason: String, message: String) {
        guard type == EventType.normal || type == EventType.warning else {
            logger.error("unsupported event type", metadata: ["type": .string(type), "reason": .string(reason)])
            return
        }
        let event = makeEvent(reference, type: type, reason: reason, message: message, date: clock.date)
        logger.debug(
            "event",
            metadata: ["object": .string(reference.namespace + "/" + reference.name), "kind": .string(reference.kind),
                       "type": .string(type), "reason": .string(reason), "message": .string(message)])
        if case .dropped = buffer.yield(event) {
            logger.warning(
                "event dropped: the event buffer is full",
                metadata: ["object": .string(reference.namespace + "/" + reference.name), "reason": .string(reason)])
        }
    }

    /// Writes buffered events until graceful shutdown (then drains the buffer) or cancellation. Run it once.
    public func run() async throws {
        var correlator = EventCorrelator(configuration: configuration)
        await withGracefulShutdownHandler {
            for await event in events {
                guard let write = correlator.correlate(event, now: clock.now, date: clock.date) else {
                    logger.debug(
                        "event dropped by the spam filter",
                        metadata: ["object": .string(event.involvedObject.name), "reason": .string(event.reason)])
                    continue
                }
                if let stored = await record(write) { correlator.stored(stored) }
            }
        } onGracefulShutdown: {
            self.buffer.finish()
        }
    }

    /// Writes one event, retrying transport failures; the stored event, or nil when it was given up on.
    private func record(_ write: EventCorrelator.Write) async -> Event? {
        // While shutting down each event gets one try: the process is leaving.
        let tries = Task.isShuttingDownGracefully ? 1 : max(1, configuration.maxTriesPerEvent)
        for attempt in 1...tries {
            do {
                return try await send(write)
            } catch let error as KubeClientError where error.httpStatus != 0 {
                // The server answered: trying again would get the same answer.
                logger.warning(
                    "server rejected event (will not retry)",
                    metadata: ["event": .string(write.event.metadata.name), "error": "\(error)"])
                return nil
            } catch {
                if Task.isCancelled { return nil }
                logger.warning(
                    "unable to write event (may retry)",
                    metadata: ["event": .string(write.event.metadata.name), "attempt": .stringConvertible(attempt),
                               "error": "\(error)"])
            }
            guard attempt < tries else { break }
            // The first wait is random, so components that lost the server together do not come back together.
            let delay = attempt == 1 ? configuration.retryInterval * random.unit() : configuration.retryInterval
            try? await clock.sleep(for: delay)
        }
        logger.error("unable to write event (retry limit exceeded)", metadata: ["event": .string(write.event.metadata.name)])
        return nil
    }

    /// Patches a counted event, or creates it (also when the event to patch has gone).
    private func send(_ write: EventCorrelator.Write) async throws -> Event {
        if let patch = write.patch {
            do {
                return try await sink.patchEvent(write.event, patch: patch)
            } catch let error as KubeClientError where error.code == .notFound {
                // The event expired on the server (events have a TTL): write it anew.
            }
        }
        var event = write.event
        event.metadata.resourceVersion = ""
        return try await sink.createEvent(event)
    }

    /// A new event as client-go's recorder makes it.
    private func makeEvent(_ reference: ObjectReference, type: String, reason: String, message: String, date: Date) -> Event {
        var event = Event()
        event.metadata.name = Self.eventName(for: reference, at: date)
        event.metadata.namespace = reference.namespace.isEmpty ? "default" : reference.namespace
        event.involvedObject = reference
        event.reason = reason
        event.message = message
        event.firstTimestamp = Time(date)
        event.lastTimestamp = Time(date)
        event.count = 1
        event.type = type
        event.source = EventSource(component: configuration.component, host: configuration.host)
        event.reportingComponent = configuration.component
        event.reportingInstance = configuration.host
        return event
    }

    /// `<object name>.<nanoseconds since the epoch in hex>`, client-go's event name.
    static func eventName(for reference: ObjectReference, at date: Date) -> String {
        let nanoseconds = Int64((date.timeIntervalSince1970 * 1e9).rounded())
        return reference.name + "." + String(nanoseconds, radix: 16)
    }
}
