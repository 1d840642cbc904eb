import Foundation
import KubeClient
import KubeModel
import KubeTestSupport
import Testing

@testable import KubeRuntime

/// Correlation as client-go's EventCorrelator does it: counting, aggregation, spam filtering.
struct EventCorrelatorTests {
    let configuration = EventRecorderConfiguration(component: "daemonset-controller")
    let t0 = AnyClock.Instant(offset: .zero)
    let date = Date(timeIntervalSince1970: 1_700_000_000)

    func event(reason: String = "SuccessfulCreate", message: String = "Created pod: web-x", object: String = "web") -> Event {
        var event = Event()
        event.metadata = ObjectMeta(name: object + ".17", namespace: "default")
        event.involvedObject = ObjectReference(kind: "DaemonSet", namespace: "default", name: object, uid: "uid-" + object, apiVersion: "apps/v1")
        event.reason = reason
        event.message = message
        event.type = EventType.normal
        event.source = EventSource(component: "daemonset-controller")
        event.reportingComponent = "daemonset-controller"
        event.count = 1
        event.firstTimestamp = Time(date)
        event.lastTimestamp = Time(date)
        return event
    }

    @Test func anIdenticalEventPatchesTheFirstWithACount() throws {
        var correlator = EventCorrelator(configuration: configuration)
        let firstWrite = correlator.correlate(event(), now: t0, date: date)
        let first = try #require(firstWrite)
        #expect(first.patch == nil)
        var stored = first.event
        stored.metadata.resourceVersion = "41"
        correlator.stored(stored)

        var again = event()
        again.metadata.name = "web.18"
        again.lastTimestamp = Time(date.addingTimeInterval(30))
        let secondWrite = correlator.correlate(again, now: t0.advanced(by: .seconds(30)), date: date)
        let second = try #require(secondWrite)
        #expect(second.event.metadata.name == "web.17", "the existing event is the one updated")
        #expect(second.event.metadata.resourceVersion == "41")
        #expect(second.event.count == 2)
        #expect(second.event.firstTimestamp == Time(date))
        let patch = try #require(second.patch)
        #expect(patch.type == .strategic)
        let body = try JSONDecoder().decode(JSONValue.self, from: Data(patch.body))
        #expect(body["count"] == .int(2))
        #expect(body["lastTimestamp"] == .string("2023-11-14T22:13:50Z"))
        #expect(body["message"] == .string("Created pod: web-x"))

        let thirdWrite = correlator.correlate(again, now: t0.advanced(by: .seconds(31)), date: date)
        let third = try #require(thirdWrite)
        #expect(third.event.count == 3, "counted from the last observation even before the server answered")
    }

    @Test func tenDistinctMessagesOfOneReasonAreCombined() throws {
        var correlator = EventCorrelator(configuration: configuration)
        for index in 0..<9 {
            let written = correlator.correlate(event(message: "m\(index)"), now: t0, date: date)
            let write = try #require(written)
            #expect(write.event.message == "m\(index)")
        }
        let combinedWrite = correlator.correlate(event(message: "m9"), now: t0, date: date)
        let combined = try #require(combinedWrite)
        #expect(combined.event.message == "(combined from similar events): m9")
        #expect(combined.event.count == 1)
        #expect(combined.patch == nil)
        let nextWrite = correlator.correlate(event(message: "m10"), now: t0, date: date)
        let next = try #require(nextWrite)
        #expect(next.event.message == "(combined from similar events): m10")
        #expect(next.event.count == 2, "later ones count up on the combined event")
        #expect(next.event.metadata.name == combined.event.metadata.name)

        // Ten minutes later the window has passed: messages stand alone again.
        let freshWrite = correlator.correlate(event(message: "m11"), now: t0.advanced(by: .seconds(601)), date: date)
        let fresh = try #require(freshWrite)
        #expect(fresh.event.message == "m11")
    }

    @Test func aSourceMayWrite25EventsAboutAnObjectThenOneEveryFiveMinutes() {
        var correlator = EventCorrelator(configuration: configuration)
        let passed = (0..<30).filter { index in
            correlator.correlate(event(reason: "Reason\(index)"), now: t0, date: date) != nil
        }
        #expect(passed == Array(0..<25))
        func passes(_ event: Event, after seconds: Int) -> Bool {
            correlator.correlate(event, now: t0.advanced(by: .seconds(seconds)), date: date) != nil
        }
        #expect(passes(event(reason: "Other", object: "other-ds"), after: 0), "another object has its own allowance")
        #expect(!passes(event(reason: "Late"), after: 299))
        #expect(passes(event(reason: "Later"), after: 301), "one token every 300 s")
        #expect(!passes(event(reason: "Latest"), after: 302))
    }

    @Test func theCachesForgetTheLeastRecentlyUsedKeys() {
        var cache = LRUCache<String, Int>(capacity: 2)
        cache.set(1, for: "a")
        cache.set(2, for: "b")
        #expect(cache.value(for: "a") == 1)
        cache.set(3, for: "c")
        #expect(cache.value(for: "b") == nil, "b was the least recently used")
        #expect(cache.value(for: "a") == 1)
        #expect(cache.value(for: "c") == 3)
        #expect(cache.count == 2)
    }
}

/// The recorder end to end over a recording sink, on a jumping clock.
struct EventRecorderTests {
    let configuration = EventRecorderConfiguration(component: "daemonset-controller")

    func daemonSet() -> DaemonSet {
        var daemonSet = DaemonSet()
        daemonSet.metadata = ObjectMeta(name: "web", namespace: "prod")
        daemonSet.metadata.uid = "uid-web"
        return daemonSet
    }

    /// Runs `recorder` until `sink` has received `calls` calls.
    func drain(_ recorder: EventRecorder, into sink: RecordingEventSink, calls: Int) async throws {
        await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await recorder.run() }
            #expect(await eventually { sink.calls.count >= calls })
            group.cancelAll()
        }
    }

    @Test func repeatedEventsAreCreatedOnceThenCounted() async throws {
        let sink = RecordingEventSink()
        let clock = JumpingClock()
        let recorder = EventRecorder(sink: sink, configuration: configuration, clock: clock, random: .constant(0.5))
        for _ in 0..<3 {
            recorder.event(daemonSet(), type: EventType.normal, reason: "SuccessfulCreate", message: "Created pod: web-abc")
        }
        try await drain(recorder, into: sink, calls: 3)

        guard case .create(let name, 1, "Created pod: web-abc") = sink.calls.first else {
            Issue.record("expected a create first, got \(sink.calls)")
            return
        }
        #expect(name.hasPrefix("web."))
        #expect(sink.calls.dropFirst().map { if case .patch(let patched, _) = $0 { patched } else { "" } } == [name, name])
        let stored = try #require(sink.events[name])
        #expect(stored.count == 3)
        #expect(stored.metadata.namespace == "prod")
        #expect(stored.involvedObject.kind == "DaemonSet")
        #expect(stored.involvedObject.uid == "uid-web")
        #expect(stored.source.component == "daemonset-controller")
        #expect(stored.reportingComponent == "daemonset-controller")
        #expect(stored.type == EventType.normal)
    }

    @Test func aFullBufferDropsNewEventsWithoutBlocking() async throws {
        let sink = RecordingEventSink()
        var configuration = configuration
        configuration.bufferSize = 2
        let recorder = EventRecorder(sink: sink, configuration: configuration, clock: JumpingClock())
        for index in 0..<5 {
            recorder.event(daemonSet(), type: EventType.warning, reason: "FailedCreate", message: "attempt \(index)")
        }
        try await drain(recorder, into: sink, calls: 2)
        #expect(sink.calls.map { if case .create(_, _, let message) = $0 { message } else { "" } } == ["attempt 0", "attempt 1"])
    }

    @Test func transportFailuresAreRetriedAfterARandomThenAFixedWait() async throws {
        let refused = KubeClientError(.transport, "connection refused")
        let sink = RecordingEventSink(failures: [refused, refused])
        let clock = JumpingClock()
        let recorder = EventRecorder(sink: sink, configuration: configuration, clock: clock, random: .constant(0.5))
        recorder.event(daemonSet(), type: EventType.normal, reason: "SuccessfulDelete", message: "Deleted pod: web-abc")
        try await drain(recorder, into: sink, calls: 3)
        #expect(clock.sleeps == [.seconds(5), .seconds(10)])
        #expect(sink.events.count == 1)
    }

    @Test func aServerRejectionIsNotRetried() async throws {
        let forbidden = KubeClientError(.forbidden, "events is forbidden", httpStatus: 403)
        let sink = RecordingEventSink(failures: [forbidden])
        let clock = JumpingClock()
        let recorder = EventRecorder(sink: sink, configuration: configuration, clock: clock)
        recorder.event(daemonSet(), type: EventType.normal, reason: "SuccessfulDelete", message: "one")
        recorder.event(daemonSet(), type: EventType.normal, reason: "SuccessfulDelete", message: "two")
        try await drain(recorder, into: sink, calls: 2)
        #expect(clock.sleeps.isEmpty)
        #expect(sink.events.values.map(\.message) == ["two"])
    }

    @Test func anEventAboutAClusterScopedObjectGoesToTheDefaultNamespace() async throws {
        let sink = RecordingEventSink()
        let recorder = EventRecorder(sink: sink, configuration: configuration, clock: JumpingClock())
        var node = Node()
        node.metadata = ObjectMeta(name: "node-1")
        recorder.event(node, type: "Bogus", reason: "Ignored", message: "an unsupported type is refused")
        recorder.event(node, type: EventType.warning, reason: "NodeNotReady", message: "node is not ready")
        try await drain(recorder, into: sink, calls: 1)
        #expect(sink.calls.count == 1)
        let event = try #require(sink.events.values.first)
        #expect(event.metadata.namespace == "default")
        #expect(event.involvedObject.kind == "Node")
        #expect(event.reason == "NodeNotReady")
    }

    @Test func eventNamesAreTheObjectNameAndTheTimeInHexNanoseconds() {
        let name = EventRecorder.eventName(
            for: ObjectReference(kind: "Pod", name: "web-0"), at: Date(timeIntervalSince1970: 1))
        #expect(name == "web-0.3b9aca00")
    }
}
