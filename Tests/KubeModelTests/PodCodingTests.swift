import Foundation
import Testing
@testable import KubeModel

/// Drops the whitespace between JSON tokens (never inside strings), so a pretty fixture compares to compact output.
private func compactJSON(_ data: Data) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(data.count)
    var inString = false
    var escaped = false
    for byte in data {
        if inString {
            output.append(byte)
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
            }
            continue
        }
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
            continue
        case UInt8(ascii: "\""):
            inString = true
            output.append(byte)
        default:
            output.append(byte)
        }
    }
    return output
}

private func fixture(_ name: String) throws -> Data {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
    return try Data(contentsOf: url)
}

@Test func runningDaemonPodRoundTripsToTheSameBytes() throws {
    let data = try fixture("pod-running")
    let pod = try Pod.decode(json: data)
    let expected = compactJSON(data)
    let actual = pod.jsonBytes()
    if actual != expected {
        // Point at the first differing byte to make a field-order or omitempty mismatch easy to find.
        let index = zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actual.count, expected.count)
        let context = { (bytes: [UInt8]) in
            String(decoding: bytes[max(0, index - 80)..<min(bytes.count, index + 80)], as: UTF8.self)
        }
        Issue.record("differs at byte \(index):\nours:     \(context(actual))\nupstream: \(context(expected))")
    }
    #expect(pod.unknownFields.isEmpty)
    #expect(pod.spec.unknownFields.isEmpty)
    #expect(pod.spec.containers.allSatisfy { $0.unknownFields.isEmpty })
}

@Test func runningDaemonPodDecodesTypedFields() throws {
    let pod = try Pod.decode(json: try fixture("pod-running"))
    #expect(pod.kind == "Pod")
    #expect(pod.metadata.controllerRef?.kind == "DaemonSet")
    #expect(pod.metadata.labels["pod-template-generation"] == "1")
    #expect(pod.metadata.managedFields.map(\.manager) == ["kube-controller-manager", "kubelet"])
    #expect(pod.metadata.managedFields.last?.subresource == "status")

    let container = try #require(pod.spec.containers.first)
    #expect(container.resources.requests["cpu"] == Quantity(milliValue: 100))
    #expect(container.livenessProbe?.httpGet?.port == .int(24231))
    #expect(container.readinessProbe?.tcpSocket?.port == .string("metrics"))
    #expect(container.securityContext?.capabilities?.drop == ["ALL"])
    #expect(container.env[1].valueFrom?.resourceFieldRef?.divisor == Quantity(0))
    #expect(pod.spec.volumes.map(\.name) == ["varlog", "config", "kube-api-access-8w2rn"])
    #expect(pod.spec.volumes[0].hostPath?.type == "")
    #expect(pod.spec.volumes[2].projected?.sources.count == 3)

    let term = try #require(pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution)
    #expect(term.matches(nodeName: "worker-3", labels: [:]))
    #expect(!term.matches(nodeName: "worker-4", labels: [:]))
    #expect(pod.spec.tolerations.toleratesTaint(key: "node.kubernetes.io/unreachable", value: "", effect: "NoExecute"))

    #expect(pod.status.conditions.count == 5)
    #expect(pod.status.conditions.allSatisfy { $0.lastProbeTime == nil && $0.lastTransitionTime != nil })
    #expect(pod.status.containerStatuses.first?.state.running?.startedAt == Time(rfc3339: "2024-05-14T09:21:08Z"))
    #expect(pod.status.containerStatuses.first?.started == true)
    #expect(pod.status.qosClass == "Burstable")
    #expect(pod.isReady)
}

@Test func unknownFieldsSurviveDeepInsideThePod() throws {
    let json = #"""
        {"kind":"Pod","apiVersion":"v1","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"i",\#
        "resources":{},"securityContext":{"privileged":true,"futureSecurityKnob":{"mode":"strict","level":3}},\#
        "futureContainerField":[1,"two",null]}],"hostnameOverride":"h-1","volumes":[{"name":"n",\#
        "nfs":{"server":"10.0.0.1","path":"/export"}}]},"status":{"phase":"Pending","futureStatus":true}}
        """#
    let pod = try Pod.decode(json: Data(json.utf8))
    #expect(pod.spec.unknownFields["hostnameOverride"] == "h-1")
    #expect(pod.spec.containers[0].unknownFields["futureContainerField"] == [1, "two", nil])
    #expect(pod.spec.containers[0].securityContext?.unknownFields["futureSecurityKnob"]?["level"] == 3)
    #expect(pod.spec.volumes[0].unknownFields["nfs"]?["server"] == "10.0.0.1")

    let written = String(decoding: pod.jsonBytes(), as: UTF8.self)
    #expect(
        written == #"""
            {"kind":"Pod","apiVersion":"v1","metadata":{"name":"p","creationTimestamp":null},"spec":{"volumes":[\#
            {"name":"n","nfs":{"path":"/export","server":"10.0.0.1"}}],"containers":[{"name":"c","image":"i",\#
            "resources":{},"securityContext":{"privileged":true,"futureSecurityKnob":{"level":3,"mode":"strict"}},\#
            "futureContainerField":[1,"two",null]}],"hostnameOverride":"h-1"},"status":{"phase":"Pending",\#
            "futureStatus":true}}
            """#)
    // And the tree as a whole is unchanged.
    #expect(try JSONValue.parse(Data(json.utf8)).withoutNullCreationTimestamp == pod.jsonValue().withoutNullCreationTimestamp)
}

extension JSONValue {
    /// The tree with `metadata.creationTimestamp: null` dropped (Go always writes it; the input above omits it).
    fileprivate var withoutNullCreationTimestamp: JSONValue {
        guard case .object(var members) = self, case .object(var metadata)? = members["metadata"] else { return self }
        if metadata["creationTimestamp"] == .null { metadata["creationTimestamp"] = nil }
        members["metadata"] = .object(metadata)
        return .object(members)
    }
}

@Test func emptyValuesAreWrittenAsGoWritesThem() throws {
    var template = PodTemplateSpec()
    template.spec.containers = [Container(name: "c", image: "i")]
    #expect(
        String(decoding: template.jsonBytes(), as: UTF8.self)
            == #"{"metadata":{"creationTimestamp":null},"spec":{"containers":[{"name":"c","image":"i","resources":{}}]}}"#)

    var condition = PodCondition(type: "Ready", status: "False")
    condition.reason = "ContainersNotReady"
    #expect(
        String(decoding: condition.jsonBytes(), as: UTF8.self)
            == #"{"type":"Ready","status":"False","lastProbeTime":null,"lastTransitionTime":null,"reason":"ContainersNotReady"}"#)

    var probe = Probe()
    probe.grpc = GRPCAction()
    probe.grpc?.port = 9000
    #expect(String(decoding: probe.jsonBytes(), as: UTF8.self) == #"{"grpc":{"port":9000,"service":null}}"#)

    #expect(String(decoding: ContainerStatus().jsonBytes(), as: UTF8.self)
        == #"{"name":"","state":{},"lastState":{},"ready":false,"restartCount":0,"image":"","imageID":""}"#)
    #expect(String(decoding: Pod().jsonBytes(), as: UTF8.self)
        == #"{"kind":"Pod","apiVersion":"v1","metadata":{"creationTimestamp":null},"spec":{"containers":[]},"status":{}}"#)
}

@Test func codableRoundTripAgreesWithTheWriter() throws {
    let pod = try Pod.decode(json: try fixture("pod-running"))
    let viaEncoder = try JSONDecoder().decode(Pod.self, from: JSONEncoder().encode(pod))
    #expect(viaEncoder == pod)
    #expect(viaEncoder.jsonBytes() == pod.jsonBytes())
}

/// Pods share their fields until one is written: a copy is cheap, and writing one never changes another.
@Suite struct PodStorageTests {
    @Test func aWriteToACopyLeavesTheOriginalAlone() {
        var original = Pod(metadata: ObjectMeta(name: "a", namespace: "default", labels: ["app": "x"]))
        original.spec.nodeName = "node-1"
        var copy = original
        #expect(copy == original)
        copy.metadata.labels["app"] = "y"
        copy.spec.nodeName = "node-2"
        copy.status.phase = "Running"
        #expect(original.metadata.labels == ["app": "x"])
        #expect(original.spec.nodeName == "node-1")
        #expect(original.status.phase == "")
        #expect(copy.metadata.labels == ["app": "y"] && copy.spec.nodeName == "node-2")
        #expect(copy != original)
        #expect(Set([original, copy, original]).count == 2)
    }

    @Test func prefetchAddressesCoverEveryHotField() {
        // A hot field that stopped being stored would silently stop being prefetched.
        #expect(Pod.hotAddressCounts.fields == 4)
        #expect(Pod.hotAddressCounts.buffers == 3)
        let pod = Pod(metadata: ObjectMeta(name: "a", labels: ["app": "x"]))
        var lines = 0
        withUnsafePointer(to: pod) { pointer in
            Pod.hotLines(of: pointer) { _ in lines += 1 }
            Pod.hotBufferLines(of: pointer) { _ in lines += 1 }
        }
        #expect(lines == 4 + 2 + 3 + 5)
    }
}
