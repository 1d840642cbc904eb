import Foundation
import KubeModel
import Testing

@testable import KubeAPIServer

/// The instant the printer tests print at; objects are created 10 minutes before it.
let printingNow = Date(timeIntervalSince1970: 1_704_165_245)  // 2024-01-02T03:14:05Z
let createdTenMinutesAgo = "2024-01-02T03:04:05Z"
let fiveMinutesAgo = "2024-01-02T03:09:05Z"

/// A pod from the JSON of its `spec` and `status` (and optional extra metadata members).
func pod(spec: String, status: String, metadata: String = "") throws -> Pod {
    let json = """
        {"metadata":{"name":"p","namespace":"default","creationTimestamp":"\(createdTenMinutesAgo)"\(metadata)},
         "spec":\(spec),"status":\(status)}
        """
    return try Pod.decode(json: Data(json.utf8))
}

struct PodStatusCase: Sendable, CustomTestStringConvertible {
    var name: String
    var spec = #"{"containers":[{"name":"c","image":"i"}]}"#
    var status: String
    var metadata = ""
    var ready: String
    var shown: String
    var restarts = "0"
    var testDescription: String { name }
}

/// Upstream's `printPod` Status, Ready and Restarts cells, one case per rule.
@Test(arguments: [
    PodStatusCase(name: "pending", status: #"{"phase":"Pending"}"#, ready: "0/1", shown: "Pending"),
    PodStatusCase(
        name: "container creating",
        status: #"{"phase":"Pending","containerStatuses":[{"name":"c","state":{"waiting":{"reason":"ContainerCreating"}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "0/1", shown: "ContainerCreating"),
    PodStatusCase(
        name: "running",
        status: #"{"phase":"Running","containerStatuses":[{"name":"c","state":{"running":{"startedAt":"2024-01-02T03:04:06Z"}},"lastState":{},"ready":true,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "1/1", shown: "Running"),
    PodStatusCase(
        name: "crash loop with the last restart's age",
        status: #"{"phase":"Running","containerStatuses":[{"name":"c","state":{"waiting":{"reason":"CrashLoopBackOff"}},"lastState":{"terminated":{"exitCode":1,"reason":"Error","startedAt":null,"finishedAt":"2024-01-02T03:09:05Z"}},"ready":false,"restartCount":5,"image":"i","imageID":""}]}"#,
        ready: "0/1", shown: "CrashLoopBackOff", restarts: "5 (5m ago)"),
    PodStatusCase(
        name: "restarts without a termination time",
        status: #"{"phase":"Running","containerStatuses":[{"name":"c","state":{"running":{}},"lastState":{},"ready":true,"restartCount":2,"image":"i","imageID":""}]}"#,
        ready: "1/1", shown: "Running", restarts: "2"),
    PodStatusCase(
        name: "completed",
        status: #"{"phase":"Succeeded","containerStatuses":[{"name":"c","state":{"terminated":{"exitCode":0,"reason":"Completed","startedAt":null,"finishedAt":null}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "0/1", shown: "Completed"),
    PodStatusCase(
        name: "error",
        status: #"{"phase":"Failed","containerStatuses":[{"name":"c","state":{"terminated":{"exitCode":1,"reason":"Error","startedAt":null,"finishedAt":null}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "0/1", shown: "Error"),
    PodStatusCase(
        name: "terminated without a reason shows the exit code",
        status: #"{"phase":"Running","containerStatuses":[{"name":"c","state":{"terminated":{"exitCode":137,"startedAt":null,"finishedAt":null}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "0/1", shown: "ExitCode:137"),
    PodStatusCase(
        name: "terminated by a signal",
        status: #"{"phase":"Running","containerStatuses":[{"name":"c","state":{"terminated":{"exitCode":0,"signal":9,"startedAt":null,"finishedAt":null}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "0/1", shown: "Signal:9"),
    PodStatusCase(
        name: "init container running",
        spec: #"{"initContainers":[{"name":"init","image":"i"}],"containers":[{"name":"c","image":"i"}]}"#,
        status: #"{"phase":"Pending","initContainerStatuses":[{"name":"init","state":{"running":{}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""}],"containerStatuses":[{"name":"c","state":{"waiting":{"reason":"PodInitializing"}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "0/1", shown: "Init:0/1"),
    PodStatusCase(
        name: "second of two init containers",
        spec: #"{"initContainers":[{"name":"a","image":"i"},{"name":"b","image":"i"}],"containers":[{"name":"c","image":"i"}]}"#,
        status: #"{"phase":"Pending","initContainerStatuses":[{"name":"a","state":{"terminated":{"exitCode":0,"reason":"Completed","startedAt":null,"finishedAt":null}},"lastState":{},"ready":true,"restartCount":0,"image":"i","imageID":""},{"name":"b","state":{"waiting":{"reason":"PodInitializing"}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "0/1", shown: "Init:1/2"),
    PodStatusCase(
        name: "init container crash loop counts its restarts",
        spec: #"{"initContainers":[{"name":"init","image":"i"}],"containers":[{"name":"c","image":"i"}]}"#,
        status: #"{"phase":"Pending","initContainerStatuses":[{"name":"init","state":{"waiting":{"reason":"CrashLoopBackOff"}},"lastState":{"terminated":{"exitCode":1,"startedAt":null,"finishedAt":"2024-01-02T03:09:05Z"}},"ready":false,"restartCount":3,"image":"i","imageID":""}]}"#,
        ready: "0/1", shown: "Init:CrashLoopBackOff", restarts: "3 (5m ago)"),
    PodStatusCase(
        name: "init container failed",
        spec: #"{"initContainers":[{"name":"init","image":"i"}],"containers":[{"name":"c","image":"i"}]}"#,
        status: #"{"phase":"Pending","initContainerStatuses":[{"name":"init","state":{"terminated":{"exitCode":1,"reason":"Error","startedAt":null,"finishedAt":null}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "0/1", shown: "Init:Error"),
    PodStatusCase(
        name: "init container exit code",
        spec: #"{"initContainers":[{"name":"init","image":"i"}],"containers":[{"name":"c","image":"i"}]}"#,
        status: #"{"phase":"Pending","initContainerStatuses":[{"name":"init","state":{"terminated":{"exitCode":2,"startedAt":null,"finishedAt":null}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "0/1", shown: "Init:ExitCode:2"),
    PodStatusCase(
        name: "finished init containers' restarts stop counting",
        spec: #"{"initContainers":[{"name":"init","image":"i"}],"containers":[{"name":"c","image":"i"}]}"#,
        status: #"{"phase":"Running","conditions":[{"type":"Initialized","status":"True","lastProbeTime":null,"lastTransitionTime":null}],"initContainerStatuses":[{"name":"init","state":{"terminated":{"exitCode":0,"reason":"Completed","startedAt":null,"finishedAt":null}},"lastState":{},"ready":true,"restartCount":4,"image":"i","imageID":""}],"containerStatuses":[{"name":"c","state":{"running":{}},"lastState":{},"ready":true,"restartCount":1,"image":"i","imageID":""}]}"#,
        ready: "1/1", shown: "Running", restarts: "1"),
    PodStatusCase(
        name: "sidecar counts as a container",
        spec: #"{"initContainers":[{"name":"s","image":"i","restartPolicy":"Always"}],"containers":[{"name":"c","image":"i"}]}"#,
        status: #"{"phase":"Running","conditions":[{"type":"Initialized","status":"True","lastProbeTime":null,"lastTransitionTime":null}],"initContainerStatuses":[{"name":"s","state":{"running":{}},"lastState":{},"ready":true,"restartCount":2,"image":"i","imageID":"","started":true}],"containerStatuses":[{"name":"c","state":{"running":{}},"lastState":{},"ready":true,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "2/2", shown: "Running", restarts: "2"),
    PodStatusCase(
        name: "completed container beside a running one, pod ready",
        spec: #"{"containers":[{"name":"a","image":"i"},{"name":"b","image":"i"}]}"#,
        status: #"{"phase":"Running","conditions":[{"type":"Ready","status":"True","lastProbeTime":null,"lastTransitionTime":null}],"containerStatuses":[{"name":"a","state":{"terminated":{"exitCode":0,"reason":"Completed","startedAt":null,"finishedAt":null}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""},{"name":"b","state":{"running":{}},"lastState":{},"ready":true,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "1/2", shown: "Running"),
    PodStatusCase(
        name: "completed container beside a running one, pod not ready",
        spec: #"{"containers":[{"name":"a","image":"i"},{"name":"b","image":"i"}]}"#,
        status: #"{"phase":"Running","containerStatuses":[{"name":"a","state":{"terminated":{"exitCode":0,"reason":"Completed","startedAt":null,"finishedAt":null}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""},{"name":"b","state":{"running":{}},"lastState":{},"ready":true,"restartCount":0,"image":"i","imageID":""}]}"#,
        ready: "1/2", shown: "NotReady"),
    PodStatusCase(
        name: "terminating",
        status: #"{"phase":"Running","containerStatuses":[{"name":"c","state":{"running":{}},"lastState":{},"ready":true,"restartCount":0,"image":"i","imageID":""}]}"#,
        metadata: #","deletionTimestamp":"2024-01-02T03:14:00Z""#, ready: "1/1", shown: "Terminating"),
    PodStatusCase(
        name: "a deleted pod on a lost node is Unknown",
        status: #"{"phase":"Running","reason":"NodeLost"}"#,
        metadata: #","deletionTimestamp":"2024-01-02T03:14:00Z""#, ready: "0/1", shown: "Unknown"),
    PodStatusCase(
        name: "a finished pod being deleted keeps its status",
        status: #"{"phase":"Succeeded","containerStatuses":[{"name":"c","state":{"terminated":{"exitCode":0,"reason":"Completed","startedAt":null,"finishedAt":null}},"lastState":{},"ready":false,"restartCount":0,"image":"i","imageID":""}]}"#,
        metadata: #","deletionTimestamp":"2024-01-02T03:14:00Z""#, ready: "0/1", shown: "Completed"),
    PodStatusCase(
        name: "the pod's reason wins over its phase",
        status: #"{"phase":"Failed","reason":"Evicted"}"#, ready: "0/1", shown: "Evicted"),
    PodStatusCase(
        name: "scheduling gated",
        status: #"{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"SchedulingGated","lastProbeTime":null,"lastTransitionTime":null}]}"#,
        ready: "0/1", shown: "SchedulingGated"),
])
func podStatusCellsFollowUpstream(_ testCase: PodStatusCase) throws {
    let row = PodPrinter.row(try pod(spec: testCase.spec, status: testCase.status, metadata: testCase.metadata), now: printingNow)
    #expect(row.cells[0] == "p")
    #expect(row.cells[1] == .string(testCase.ready))
    #expect(row.cells[2] == .string(testCase.shown))
    #expect(row.cells[3] == .string(testCase.restarts))
    #expect(row.cells[4] == "10m")
}

@Test func podWideCellsUseTheFirstPodIPAndReadinessGates() throws {
    let pending = try pod(spec: #"{"containers":[{"name":"c","image":"i"}]}"#, status: #"{"phase":"Pending"}"#)
    #expect(PodPrinter.row(pending, now: printingNow).cells.suffix(4) == ["<none>", "<none>", "<none>", "<none>"])

    let running = try pod(
        spec: #"{"containers":[{"name":"c","image":"i"}],"nodeName":"node-1","readinessGates":[{"conditionType":"a"},{"conditionType":"b"}]}"#,
        status: #"{"phase":"Running","nominatedNodeName":"node-2","podIP":"10.0.0.9","podIPs":[{"ip":"10.0.0.1"},{"ip":"fd00::1"}],"conditions":[{"type":"a","status":"True","lastProbeTime":null,"lastTransitionTime":null},{"type":"b","status":"False","lastProbeTime":null,"lastTransitionTime":null}]}"#)
    #expect(PodPrinter.row(running, now: printingNow).cells.suffix(4) == ["10.0.0.1", "node-1", "node-2", "1/2"])

    // `podIP` alone is not read: upstream prints status.podIPs[0].
    let legacyIP = try pod(spec: #"{"containers":[]}"#, status: #"{"phase":"Running","podIP":"10.0.0.9"}"#)
    #expect(PodPrinter.row(legacyIP, now: printingNow).cells[5] == "<none>")
}

@Test(arguments: [
    ("Succeeded", [TableRowCondition(type: "Completed", status: "True", reason: "Succeeded", message: "The pod has completed successfully.")]),
    ("Failed", [TableRowCondition(type: "Completed", status: "True", reason: "Failed", message: "The pod failed.")]),
    ("Running", []),
])
func finishedPodsCarryTheCompletedRowCondition(phase: String, conditions: [TableRowCondition]) throws {
    let finished = try pod(spec: #"{"containers":[]}"#, status: #"{"phase":"\#(phase)"}"#)
    #expect(PodPrinter.row(finished, now: printingNow).conditions == conditions)
}

@Test func podColumnsAreUpstreams() {
    #expect(PodPrinter.columns.map(\.name) == [
        "Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates",
    ])
    #expect(PodPrinter.columns.map(\.priority) == [0, 0, 0, 0, 0, 1, 1, 1, 1])
    #expect(PodPrinter.columns.allSatisfy { $0.type == "string" })
    #expect(PodPrinter.columns[0].format == "name")
}
