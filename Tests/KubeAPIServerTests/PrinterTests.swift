import Foundation
import KubeModel
import Testing

@testable import KubeAPIServer

private func decode<Object: APIModel>(_ type: Object.Type, _ json: String) throws -> Object {
    try Object.decode(json: Data(json.utf8))
}

// MARK: Nodes

@Test(arguments: [
    (#"{"conditions":[{"type":"Ready","status":"True"}]}"#, false, "Ready"),
    (#"{"conditions":[{"type":"Ready","status":"True"}]}"#, true, "Ready,SchedulingDisabled"),
    (#"{"conditions":[{"type":"MemoryPressure","status":"False"},{"type":"Ready","status":"False"}]}"#, false, "NotReady"),
    (#"{"conditions":[{"type":"Ready","status":"Unknown"}]}"#, false, "NotReady"),
    (#"{}"#, false, "Unknown"),
    (#"{}"#, true, "Unknown,SchedulingDisabled"),
])
func nodeStatusCell(status: String, unschedulable: Bool, expected: String) throws {
    var node = try decode(Node.self, #"{"metadata":{"name":"n"},"status":\#(status)}"#)
    node.spec.unschedulable = unschedulable
    #expect(NodePrinter.status(of: node) == expected)
}

@Test(arguments: [
    ([String: String](), "<none>"),
    (["node-role.kubernetes.io/control-plane": ""], "control-plane"),
    (["node-role.kubernetes.io/worker": "", "node-role.kubernetes.io/control-plane": "", "kubernetes.io/role": "master"],
     "control-plane,master,worker"),
    (["node-role.kubernetes.io/": "x", "kubernetes.io/role": ""], "<none>"),
    (["node-role.kubernetes.io/infra": "", "kubernetes.io/role": "infra", "app": "x"], "infra"),
])
func nodeRolesCell(labels: [String: String], expected: String) {
    let node = Node(name: "n", labels: labels)
    #expect(NodePrinter.row(node, now: printingNow).cells[2] == .string(expected))
}

@Test func nodeRowHasVersionAddressesAndNodeInfo() throws {
    let node = try decode(
        Node.self,
        #"""
        {"metadata":{"name":"node-1","creationTimestamp":"2024-01-02T03:04:05Z"},
         "spec":{"unschedulable":true},
         "status":{"conditions":[{"type":"Ready","status":"True"}],
                   "addresses":[{"type":"Hostname","address":"node-1"},{"type":"InternalIP","address":"10.0.0.5"}],
                   "nodeInfo":{"kubeletVersion":"v1.32.0","osImage":"Debian GNU/Linux 12 (bookworm)",
                               "kernelVersion":"6.1.0","containerRuntimeVersion":""}}}
        """#)
    #expect(NodePrinter.row(node, now: printingNow).cells == [
        "node-1", "Ready,SchedulingDisabled", "<none>", "10m", "v1.32.0", "10.0.0.5", "<none>",
        "Debian GNU/Linux 12 (bookworm)", "6.1.0", "<unknown>",
    ])
    #expect(NodePrinter.columns.map(\.name) == [
        "Name", "Status", "Roles", "Age", "Version", "Internal-IP", "External-IP", "OS-Image", "Kernel-Version",
        "Container-Runtime",
    ])
}

// MARK: DaemonSets

@Test func daemonSetRowPrintsCountersAsIntegers() throws {
    let daemonSet = try decode(
        DaemonSet.self,
        #"""
        {"metadata":{"name":"web","namespace":"default","creationTimestamp":"2024-01-02T03:04:05Z"},
         "spec":{"selector":{"matchLabels":{"app":"web"},"matchExpressions":[{"key":"tier","operator":"In","values":["b","a"]}]},
                 "template":{"spec":{"nodeSelector":{"zone":"a","disk":"ssd"},
                                     "containers":[{"name":"c","image":"nginx:1"},{"name":"d","image":"busybox:2"}]}}},
         "status":{"currentNumberScheduled":3,"numberMisscheduled":0,"desiredNumberScheduled":4,"numberReady":2,
                   "updatedNumberScheduled":1,"numberAvailable":2}}
        """#)
    #expect(DaemonSetPrinter.row(daemonSet, now: printingNow).cells == [
        "web", 4, 3, 2, 1, 2, "disk=ssd,zone=a", "10m", "c,d", "nginx:1,busybox:2", "app=web,tier in (a,b)",
    ])
    #expect(DaemonSetPrinter.columns.map(\.type) == [
        "string", "integer", "integer", "integer", "integer", "integer", "string", "string", "string", "string",
        "string",
    ])
}

@Test(arguments: [
    (nil, "<none>"),
    (LabelSelector(), "<none>"),
    (LabelSelector(matchLabels: ["b": "2", "a": "1"]), "a=1,b=2"),
    (LabelSelector(matchLabels: [:], matchExpressions: [LabelSelectorRequirement(key: "k", operator: "Bogus", values: [])]), "<error>"),
])
func daemonSetSelectorCell(selector: LabelSelector?, expected: String) {
    #expect(DaemonSetPrinter.formatLabelSelector(selector) == expected)
}

// MARK: Namespaces, leases, controller revisions

@Test func namespaceAndLeaseRows() throws {
    let namespace = try decode(
        Namespace.self, #"{"metadata":{"name":"kube-system","creationTimestamp":"2024-01-02T03:04:05Z"},"status":{"phase":"Active"}}"#)
    #expect(NamespacePrinter.row(namespace, now: printingNow).cells == ["kube-system", "Active", "10m"])

    let held = try decode(
        Lease.self,
        #"{"metadata":{"name":"node-1","namespace":"kube-node-lease","creationTimestamp":"2024-01-02T03:04:05Z"},"spec":{"holderIdentity":"node-1"}}"#)
    #expect(LeasePrinter.row(held, now: printingNow).cells == ["node-1", "node-1", "10m"])
    let free = try decode(Lease.self, #"{"metadata":{"name":"l"},"spec":{}}"#)
    #expect(LeasePrinter.row(free, now: printingNow).cells == ["l", "", "<unknown>"])
}

@Test(arguments: [
    (#"[{"apiVersion":"apps/v1","kind":"DaemonSet","name":"web","uid":"u","controller":true}]"#, "daemonset.apps/web"),
    (#"[{"apiVersion":"v1","kind":"Pod","name":"p","uid":"u","controller":true}]"#, "pod/p"),
    (#"[{"apiVersion":"apps/v1","kind":"DaemonSet","name":"web","uid":"u"}]"#, "<none>"),
    ("[]", "<none>"),
    (#"[{"apiVersion":"","kind":"","name":"bare","uid":"u","controller":true}]"#, "bare"),
])
func controllerRevisionControllerCell(ownerReferences: String, expected: String) throws {
    let revision = try decode(
        ControllerRevision.self,
        #"{"metadata":{"name":"web-5d4f","creationTimestamp":"2024-01-02T03:04:05Z","ownerReferences":\#(ownerReferences)},"revision":3}"#)
    #expect(try ControllerRevisionPrinter.row(revision, now: printingNow).cells == ["web-5d4f", .string(expected), 3, "10m"])
}

@Test func controllerRevisionWithAMalformedOwnerAPIVersionFailsAsUpstream() throws {
    let revision = try decode(
        ControllerRevision.self,
        #"{"metadata":{"name":"r","ownerReferences":[{"apiVersion":"a/b/c","kind":"K","name":"n","uid":"u","controller":true}]},"revision":1}"#)
    #expect(throws: APIError(.init(reason: "", httpCode: 500), "unexpected GroupVersion string: a/b/c")) {
        try ControllerRevisionPrinter.row(revision, now: printingNow)
    }
}

// MARK: Events

struct EventCase: Sendable, CustomTestStringConvertible {
    var name: String
    var json: String
    var lastSeen: String
    var object: String
    var source: String
    var firstSeen: String
    var count: Int64
    var testDescription: String { name }
}

@Test(arguments: [
    EventCase(
        name: "recorded event",
        json: #"{"involvedObject":{"kind":"Pod","name":"web-1","fieldPath":"spec.containers{c}"},"source":{"component":"kubelet","host":"node-1"},"firstTimestamp":"2024-01-02T03:04:05Z","lastTimestamp":"2024-01-02T03:09:05Z","count":4}"#,
        lastSeen: "5m", object: "pod/web-1", source: "kubelet, node-1", firstSeen: "10m", count: 4),
    EventCase(
        name: "no last timestamp falls back to the first",
        json: #"{"involvedObject":{"kind":"Node","name":"node-1"},"source":{"component":"kubelet"},"firstTimestamp":"2024-01-02T03:09:05Z","lastTimestamp":null,"count":1}"#,
        lastSeen: "5m", object: "node/node-1", source: "kubelet", firstSeen: "5m", count: 1),
    EventCase(
        name: "new-API singleton: eventTime, reporting controller, count 1",
        json: #"{"involvedObject":{"kind":"DaemonSet"},"firstTimestamp":null,"lastTimestamp":null,"eventTime":"2024-01-02T03:09:05.123456Z","reportingComponent":"daemonset-controller","reportingInstance":"host-a"}"#,
        lastSeen: "4m59s", object: "daemonset", source: "daemonset-controller, host-a", firstSeen: "4m59s", count: 1),
    EventCase(
        name: "series",
        json: #"{"involvedObject":{"kind":"Pod","name":"p"},"firstTimestamp":null,"lastTimestamp":null,"eventTime":"2024-01-02T03:04:05.000000Z","series":{"count":7,"lastObservedTime":"2024-01-02T03:13:05.000000Z"},"reportingComponent":"c"}"#,
        lastSeen: "60s", object: "pod/p", source: "c", firstSeen: "10m", count: 7),
    EventCase(
        name: "no times at all",
        json: #"{"involvedObject":{"kind":"Pod","name":"p"},"firstTimestamp":null,"lastTimestamp":null,"eventTime":null}"#,
        lastSeen: "<unknown>", object: "pod/p", source: "", firstSeen: "<unknown>", count: 1),
])
func eventCells(_ testCase: EventCase) throws {
    let json = #"{"metadata":{"name":"e.1","namespace":"default"},"type":"Normal","reason":"Started","message":"  Started container c\n","#
        + testCase.json.dropFirst()
    let event = try decode(Event.self, json)
    let expected: [JSONValue] = [
        .string(testCase.lastSeen), "Normal", "Started", .string(testCase.object), .string(event.involvedObject.fieldPath),
        .string(testCase.source), "Started container c", .string(testCase.firstSeen), .int(testCase.count), "e.1",
    ]
    #expect(EventPrinter.row(event, now: printingNow).cells == expected)
    // events.k8s.io/v1 objects print the same, through the conversion upstream applies.
    let row = try EventPrinter.eventsV1Printer.row(
        json: EventsV1.Event(event).jsonData(),
        context: RowContext(
            includeObject: .none, metaAPIVersion: "meta.k8s.io/v1", apiVersion: "events.k8s.io/v1", kind: "Event",
            now: printingNow))
    #expect(row.row.cells == expected)
}

@Test func eventColumnsAreUpstreams() {
    #expect(EventPrinter.columns.map(\.name) == [
        "Last Seen", "Type", "Reason", "Object", "Subobject", "Source", "Message", "First Seen", "Count", "Name",
    ])
    #expect(EventPrinter.columns.map(\.priority) == [0, 0, 0, 0, 1, 1, 0, 1, 1, 1])
    #expect(EventPrinter.columns.last?.format == "name")
}
