import Foundation
import Testing
@testable import KubeModel

private let now = Date(timeIntervalSince1970: 1_700_000_000)

private func pod(phase: String = "Running", ready: String?, since seconds: TimeInterval?) -> Pod {
    var pod = Pod(metadata: ObjectMeta(name: "p", namespace: "kube-system"))
    pod.status.phase = phase
    pod.status.conditions = [PodCondition(type: "PodScheduled", status: "True", lastTransitionTime: Time(now))]
    if let ready {
        pod.status.conditions.append(
            PodCondition(type: "Ready", status: ready, lastTransitionTime: seconds.map { Time(now.addingTimeInterval(-$0)) }))
    }
    return pod
}

@Test func readinessFollowsTheReadyCondition() {
    #expect(pod(ready: "True", since: 1).isReady)
    #expect(!pod(ready: "False", since: 1).isReady)
    #expect(!pod(ready: "Unknown", since: 1).isReady)
    #expect(!pod(ready: nil, since: nil).isReady)
}

@Test(arguments: [
    ("True", 0 as Int32, 0.0 as Double?, true),
    ("True", 0, nil, true),
    ("True", 10, 11, true),
    ("True", 10, 10, false),
    ("True", 10, 9, false),
    ("True", 10, nil, false),
    ("False", 0, 100, false),
    ("False", 10, 100, false),
])
func availabilityFollowsUpstream(ready: String, minReadySeconds: Int32, readyFor: Double?, available: Bool) {
    #expect(pod(ready: ready, since: readyFor).isAvailable(minReadySeconds: minReadySeconds, now: now) == available)
}

@Test(arguments: [("Pending", false), ("Running", false), ("Unknown", false), ("Succeeded", true), ("Failed", true), ("", false)])
func terminalPhases(phase: String, terminal: Bool) {
    #expect(pod(phase: phase, ready: nil, since: nil).isTerminal == terminal)
}

@Test func selectableFieldsMatchUpstream() throws {
    var pod = pod(ready: "True", since: 1)
    pod.spec.nodeName = "worker-3"
    pod.spec.restartPolicy = "Always"
    pod.spec.schedulerName = "default-scheduler"
    pod.spec.serviceAccountName = "fluentd"
    pod.spec.hostNetwork = true
    pod.status.podIP = "10.0.0.9"
    pod.status.podIPs = [PodIP(ip: "10.244.3.17"), PodIP(ip: "fd00::17")]
    #expect(pod.selectableFields == [
        "metadata.name": "p",
        "metadata.namespace": "kube-system",
        "spec.nodeName": "worker-3",
        "spec.restartPolicy": "Always",
        "spec.schedulerName": "default-scheduler",
        "spec.serviceAccountName": "fluentd",
        "spec.hostNetwork": "true",
        "status.phase": "Running",
        "status.podIP": "10.244.3.17",
        "status.nominatedNodeName": "",
    ])
    #expect(Pod().selectableFields["spec.hostNetwork"] == "false")
    #expect(Pod().selectableFields["status.podIP"] == "")
}
