import Foundation
import Testing
@testable import KubeModel

@Test func eventFixtureRoundTripsWithNullEventTime() throws {
    let event = try Fixture.roundTrip(Event.self, "event")
    #expect(event.eventTime == nil)
    #expect(event.series == nil)
    #expect(event.involvedObject.kind == "DaemonSet")
    #expect(event.involvedObject.apiVersion == "apps/v1")
    #expect(event.source == EventSource(component: "daemonset-controller"))
    #expect(event.count == 1)
    #expect(event.type == EventType.normal)
    #expect(event.reportingInstance == "")
    #expect(String(decoding: event.jsonBytes(), as: UTF8.self).contains(#""type":"Normal","eventTime":null,"#))
}

@Test func eventSelectableFieldsMirrorUpstream() throws {
    var event = try Event.decode(json: Fixture.data("event"))
    #expect(event.selectableFields == [
        "metadata.name": "fluentd.17cb6c6b2e1f8a3d",
        "metadata.namespace": "kube-system",
        "involvedObject.kind": "DaemonSet",
        "involvedObject.namespace": "kube-system",
        "involvedObject.name": "fluentd",
        "involvedObject.uid": "c7d8e9f0-a1b2-4c3d-9e4f-5a6b7c8d9e0f",
        "involvedObject.apiVersion": "apps/v1",
        "involvedObject.resourceVersion": "48190",
        "involvedObject.fieldPath": "",
        "reason": "SuccessfulCreate",
        "reportingComponent": "daemonset-controller",
        "source": "daemonset-controller",
        "type": "Normal",
    ])
    // An event written through events.k8s.io has no source.component; `source` falls back.
    event.source = EventSource()
    event.reportingComponent = "kubelet"
    #expect(event.selectableFields["source"] == "kubelet")
}

@Test func eventSeriesAndRelatedAreWritten() throws {
    var event = Event()
    event.metadata = ObjectMeta(name: "e", namespace: "default")
    event.involvedObject = ObjectReference(kind: "Pod", namespace: "default", name: "p", fieldPath: "spec.containers{app}")
    event.eventTime = MicroTime(rfc3339: "2024-01-02T03:04:05.000001Z")
    event.series = EventSeries(count: 2, lastObservedTime: try #require(MicroTime(rfc3339: "2024-01-02T03:05:00.5Z")))
    event.related = ObjectReference(kind: "Node", name: "worker-1")
    event.reportingComponent = "kubelet"
    event.reportingInstance = "worker-1"
    let json = #"{"kind":"Event","apiVersion":"v1","metadata":{"name":"e","namespace":"default","creationTimestamp":null},"involvedObject":{"kind":"Pod","namespace":"default","name":"p","fieldPath":"spec.containers{app}"},"source":{},"firstTimestamp":null,"lastTimestamp":null,"eventTime":"2024-01-02T03:04:05.000001Z","series":{"count":2,"lastObservedTime":"2024-01-02T03:05:00.500000Z"},"related":{"kind":"Node","name":"worker-1"},"reportingComponent":"kubelet","reportingInstance":"worker-1"}"#
    #expect(String(decoding: event.jsonBytes(), as: UTF8.self) == json)
    #expect(try Event.decode(json: Data(json.utf8)) == event)
}

@Test func eventsV1ViewOfACoreEvent() throws {
    let core = try Event.decode(json: Fixture.data("event"))
    let v1 = EventsV1.Event(core)
    let metadata = String(decoding: core.metadata.jsonBytes(), as: UTF8.self)
    let expected = #"{"kind":"Event","apiVersion":"events.k8s.io/v1","metadata":"# + metadata
        + #","eventTime":null,"reportingController":"daemonset-controller","reason":"SuccessfulCreate","regarding":{"kind":"DaemonSet","namespace":"kube-system","name":"fluentd","uid":"c7d8e9f0-a1b2-4c3d-9e4f-5a6b7c8d9e0f","apiVersion":"apps/v1","resourceVersion":"48190"},"note":"Created pod: fluentd-7xk2p","type":"Normal","deprecatedSource":{"component":"daemonset-controller"},"deprecatedFirstTimestamp":"2024-05-03T11:21:05Z","deprecatedLastTimestamp":"2024-05-03T11:21:05Z","deprecatedCount":1}"#
    #expect(String(decoding: v1.jsonBytes(), as: UTF8.self) == expected)
    #expect(try EventsV1.Event.decode(json: Data(expected.utf8)) == v1)
    #expect(Event(v1) == core)
}

@Test func eventsV1SeriesAlwaysWritesCount() throws {
    var event = EventsV1.Event()
    event.eventTime = MicroTime(rfc3339: "2024-01-02T03:04:05.123456Z")
    event.series = EventsV1.EventSeries()
    event.reportingController = "daemonset-controller"
    event.reportingInstance = "daemonset-controller-cp-1"
    event.action = "Create"
    event.reason = "SuccessfulCreate"
    event.type = EventType.normal
    let json = #"{"kind":"Event","apiVersion":"events.k8s.io/v1","metadata":{"creationTimestamp":null},"eventTime":"2024-01-02T03:04:05.123456Z","series":{"count":0,"lastObservedTime":null},"reportingController":"daemonset-controller","reportingInstance":"daemonset-controller-cp-1","action":"Create","reason":"SuccessfulCreate","regarding":{},"type":"Normal","deprecatedSource":{},"deprecatedFirstTimestamp":null,"deprecatedLastTimestamp":null}"#
    #expect(String(decoding: event.jsonBytes(), as: UTF8.self) == json)
    let core = Event(event)
    #expect(core.series == EventSeries())
    #expect(core.reportingComponent == "daemonset-controller")
    #expect(core.action == "Create")
}

@Test func objectReferenceToAnObject() {
    var node = Node(name: "worker-1")
    node.metadata.uid = "u-1"
    node.metadata.resourceVersion = "7"
    let reference = ObjectReference(to: node)
    #expect(reference == ObjectReference(kind: "Node", name: "worker-1", uid: "u-1", apiVersion: "v1", resourceVersion: "7"))
    #expect(String(decoding: reference.jsonBytes(), as: UTF8.self) == #"{"kind":"Node","name":"worker-1","uid":"u-1","apiVersion":"v1","resourceVersion":"7"}"#)
}

@Test func status422FixtureRoundTripsExactly() throws {
    let status = try Fixture.roundTrip(Status.self, "status-422")
    #expect(status.code == 422)
    #expect(status.status == "Failure")
    #expect(status.reason == "Invalid")
    #expect(status.message.hasPrefix(#"DaemonSet.apps "x" is invalid: "#))
    let details = try #require(status.details)
    #expect(details.group == "apps")
    #expect(details.kind == "DaemonSet")
    #expect(details.causes == [StatusCause(
        reason: "FieldValueInvalid",
        message: #"Invalid value: map[string]string{"app":"y"}: `selector` does not match template `labels`"#,
        field: "spec.template.metadata.labels")])
}
