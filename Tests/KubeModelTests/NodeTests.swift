import Foundation
import Testing
@testable import KubeModel

@Test func nodeFixtureRoundTripsExactly() throws {
    let node = try Fixture.roundTrip(Node.self, "node")
    #expect(node.metadata.name == "worker-1")
    #expect(node.metadata.labels["kubernetes.io/hostname"] == "worker-1")
    #expect(node.metadata.labels["topology.kubernetes.io/zone"] == "us-east-1a")
    #expect(node.metadata.managedFields.count == 4)
    #expect(node.metadata.managedFields.last?.subresource == "status")
    #expect(node.metadata.managedFields.first?.time == Time(rfc3339: "2024-05-01T09:12:44Z"))
    #expect(node.spec.unschedulable)
    #expect(node.spec.podCIDRs == ["10.244.1.0/24"])
    #expect(node.spec.taints.count == 2)
    #expect(node.spec.taints[0].timeAdded == nil)
    #expect(node.spec.taints[1].key == TaintKeys.nodeUnschedulable)
    #expect(node.spec.taints[1].effect == TaintEffect.noSchedule)
    #expect(node.spec.taints[1].timeAdded == Time(rfc3339: "2024-05-03T11:02:17Z"))
    #expect(node.status.capacity["cpu"]?.milliValue == 4000)
    #expect(node.status.capacity["memory"] == Quantity(16 << 30, format: .binarySI))
    #expect(node.status.capacity["memory"]?.value == 17_179_869_184)
    #expect(node.status.capacity["pods"]?.value == 110)
    #expect(node.status.allocatable["memory"]?.description == "16284Mi")
    #expect(node.status.addresses.first == NodeAddress(type: NodeAddressType.internalIP, address: "10.0.1.17"))
    #expect(node.status.daemonEndpoints.kubeletEndpoint.port == 10250)
    #expect(node.status.nodeInfo.kubeletVersion == "v1.31.2")
    #expect(node.status.nodeInfo.kubeProxyVersion == "")
    #expect(node.status.nodeInfo.swap?.capacity == 0)
    #expect(node.status.images.map(\.sizeBytes) == [30_225_687, 320_368])
    #expect(node.status.runtimeHandlers.map(\.name) == ["runc", ""])
    #expect(node.status.features?.supplementalGroupsPolicy == true)
}

@Test func nodeConditionLookup() throws {
    let node = try Node.decode(json: Fixture.data("node"))
    let ready = try #require(node.condition(NodeConditionType.ready))
    #expect(ready.status == ConditionStatus.true)
    #expect(ready.reason == "KubeletReady")
    #expect(ready.lastHeartbeatTime == Time(rfc3339: "2024-05-03T11:20:31Z"))
    #expect(ready.lastTransitionTime == Time(rfc3339: "2024-05-01T09:13:15Z"))
    #expect(node.condition(NodeConditionType.memoryPressure)?.status == ConditionStatus.false)
    #expect(node.condition(NodeConditionType.networkUnavailable) == nil)
}

@Test func nodeSelectableFieldsMirrorUpstream() throws {
    var node = try Node.decode(json: Fixture.data("node"))
    #expect(node.selectableFields == ["metadata.name": "worker-1", "spec.unschedulable": "true"])
    node.spec.unschedulable = false
    #expect(node.selectableFields["spec.unschedulable"] == "false")
}

@Test func emptyNodeIsWrittenAsGoWritesIt() {
    // Struct members without omitempty are always written, zero times as null, the port as `Port`.
    let node = Node(name: "n")
    #expect(String(decoding: node.jsonBytes(), as: UTF8.self) == #"{"kind":"Node","apiVersion":"v1","metadata":{"name":"n","creationTimestamp":null},"spec":{},"status":{"daemonEndpoints":{"kubeletEndpoint":{"Port":0}},"nodeInfo":{"machineID":"","systemUUID":"","bootID":"","kernelVersion":"","osImage":"","containerRuntimeVersion":"","kubeletVersion":"","kubeProxyVersion":"","operatingSystem":"","architecture":""}}}"#)
}

@Test func nodeConditionWithoutTimesWritesNull() {
    let condition = NodeCondition(type: NodeConditionType.ready, status: ConditionStatus.unknown)
    #expect(String(decoding: condition.jsonBytes(), as: UTF8.self) == #"{"type":"Ready","status":"Unknown","lastHeartbeatTime":null,"lastTransitionTime":null}"#)
}

@Test func unknownFieldsSurviveAtEveryLevel() throws {
    let json = #"{"kind":"Node","apiVersion":"v1","metadata":{"name":"n","creationTimestamp":null,"zzFuture":1},"spec":{"taints":[{"key":"k","effect":"NoExecute","hint":"x"}],"futureSpec":{"a":[true,null],"b":1.5}},"status":{"conditions":[{"type":"Ready","status":"True","lastHeartbeatTime":null,"lastTransitionTime":null,"severity":"low"}],"daemonEndpoints":{"kubeletEndpoint":{"Port":10250}},"nodeInfo":{"machineID":"","systemUUID":"","bootID":"","kernelVersion":"","osImage":"","containerRuntimeVersion":"","kubeletVersion":"","kubeProxyVersion":"","operatingSystem":"","architecture":"","cpuModel":"x86"},"futureStatus":"y"},"topLevel":{"z":"\u003c\u0026\u003e"}}"#
    let node = try Node.decode(json: Data(json.utf8))
    #expect(node.unknownFields["topLevel"] == ["z": "<&>"])
    #expect(node.spec.taints.first?.unknownFields["hint"] == "x")
    #expect(node.status.nodeInfo.unknownFields["cpuModel"] == "x86")
    #expect(String(decoding: node.jsonBytes(), as: UTF8.self) == json)
}

@Test func nodeListDecodesWithResourceVersion() throws {
    let json = #"{"kind":"NodeList","apiVersion":"v1","metadata":{"resourceVersion":"48300"},"items":["#
        + (try Fixture.text("node")) + "]}"
    let list = try KubeList<Node>.decode(json: Data(json.utf8))
    #expect(list.kind == "NodeList")
    #expect(list.metadata.resourceVersion == "48300")
    #expect(list.items.map(\.metadata.name) == ["worker-1"])
    #expect(list.items.first?.status.capacity["pods"] == Quantity(110))
    #expect(String(decoding: list.jsonBytes(), as: UTF8.self) == json)
}

@Test func taintMatchingComparesKeyAndEffectOnly() {
    let a = Taint(key: TaintKeys.nodeNotReady, effect: TaintEffect.noExecute)
    let b = Taint(key: TaintKeys.nodeNotReady, value: "x", effect: TaintEffect.noExecute, timeAdded: Time(Date()))
    #expect(a.matches(b))
    #expect(!a.matches(Taint(key: TaintKeys.nodeNotReady, effect: TaintEffect.noSchedule)))
}

@Test func namespaceRoundTripsAndSelects() throws {
    let json = #"{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"team-a","uid":"0b1c","resourceVersion":"17","creationTimestamp":"2024-05-01T09:12:44Z","deletionTimestamp":"2024-05-03T11:00:00Z","labels":{"kubernetes.io/metadata.name":"team-a"}},"spec":{"finalizers":["kubernetes"]},"status":{"phase":"Terminating","conditions":[{"type":"NamespaceContentRemaining","status":"True","lastTransitionTime":"2024-05-03T11:00:05Z","reason":"SomeResourcesRemain","message":"Some resources are remaining: pods. has 1 resource instances"},{"type":"NamespaceDeletionDiscoveryFailure","status":"False","lastTransitionTime":null}]}}"#
    let namespace = try Namespace.decode(json: Data(json.utf8))
    #expect(namespace.spec.finalizers == ["kubernetes"])
    #expect(namespace.status.phase == NamespacePhase.terminating)
    #expect(namespace.status.conditions.last?.lastTransitionTime == nil)
    #expect(namespace.selectableFields == ["metadata.name": "team-a", "name": "team-a", "status.phase": "Terminating"])
    #expect(String(decoding: namespace.jsonBytes(), as: UTF8.self) == json)
}
