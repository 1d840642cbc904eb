import KubeModel
import Testing
@testable import KubeAPIServer

private let smp = "application/strategic-merge-patch+json"

/// One strategic merge patch case: kind, live object, patch body, expected result (all JSON).
struct SMPCase: CustomTestStringConvertible, Sendable {
    var name: String
    var kind: String
    var live: String
    var patch: String
    var expected: String
    var testDescription: String { name }
}

private let daemonSet = #"""
{"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"web","namespace":"default"},
 "spec":{"selector":{"matchLabels":{"app":"web"}},
  "template":{"metadata":{"labels":{"app":"web"}},
   "spec":{"containers":[{"name":"c","image":"busybox:1","env":[{"name":"A","value":"1"},{"name":"B","value":"2"}],"ports":[{"containerPort":80}]},
                         {"name":"d","image":"busybox:1"}],
           "tolerations":[{"key":"a","operator":"Exists"}]}}}}
"""#

@Test(arguments: [
    SMPCase(
        name: "kubectl cordon", kind: "Node", live: #"{"metadata":{"name":"n"},"spec":{"podCIDR":"10.0.0.0/24"}}"#,
        patch: #"{"spec":{"unschedulable":true}}"#,
        expected: #"{"metadata":{"name":"n"},"spec":{"podCIDR":"10.0.0.0/24","unschedulable":true}}"#),
    SMPCase(
        name: "kubectl uncordon", kind: "Node", live: #"{"spec":{"unschedulable":true}}"#,
        patch: #"{"spec":{"unschedulable":null}}"#, expected: #"{"spec":{}}"#),
    SMPCase(
        name: "kubectl taint sends the whole atomic list", kind: "Node",
        live: #"{"spec":{"taints":[{"effect":"NoSchedule","key":"k","value":"v"},{"effect":"NoExecute","key":"old"}]}}"#,
        patch: #"{"spec":{"taints":[{"effect":"NoExecute","key":"k2","value":"v"},{"effect":"NoSchedule","key":"k","value":"v"}]}}"#,
        expected: #"{"spec":{"taints":[{"effect":"NoExecute","key":"k2","value":"v"},{"effect":"NoSchedule","key":"k","value":"v"}]}}"#),
    SMPCase(
        name: "kubectl set image ds/web c=busybox:3", kind: "DaemonSet",
        live: #"{"spec":{"template":{"spec":{"containers":[{"name":"c","image":"busybox:1"},{"name":"d","image":"busybox:1"}]}}}}"#,
        patch: #"{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"c"},{"name":"d"}],"containers":[{"image":"busybox:3","name":"c"}]}}}}"#,
        expected: #"{"spec":{"template":{"spec":{"containers":[{"image":"busybox:3","name":"c"},{"image":"busybox:1","name":"d"}]}}}}"#),
    SMPCase(
        name: "kubectl rollout restart", kind: "DaemonSet",
        live: #"{"spec":{"template":{"metadata":{"labels":{"app":"web"}}}}}"#,
        patch: #"{"spec":{"template":{"metadata":{"annotations":{"kubectl.kubernetes.io/restartedAt":"2026-11-28T22:53:23Z"}}}}}"#,
        expected: #"{"spec":{"template":{"metadata":{"annotations":{"kubectl.kubernetes.io/restartedAt":"2026-11-28T22:53:23Z"},"labels":{"app":"web"}}}}}"#),
    SMPCase(
        name: "kubectl rollout undo replaces the whole template", kind: "DaemonSet",
        live: #"{"spec":{"minReadySeconds":5,"template":{"metadata":{"annotations":{"kubectl.kubernetes.io/restartedAt":"x"},"labels":{"app":"web","v":"2"}},"spec":{"containers":[{"name":"c","image":"busybox:2"},{"name":"e","image":"alpine"}],"nodeSelector":{"a":"b"}}}}}"#,
        patch: #"{"spec":{"template":{"$patch":"replace","metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"image":"busybox:1","name":"c"}]}}}}"#,
        expected: #"{"spec":{"minReadySeconds":5,"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"image":"busybox:1","name":"c"}]}}}}"#),
    SMPCase(
        name: "client-side apply: reorder, env change, atomic removals (kubectl spec 3.6)", kind: "DaemonSet",
        live: #"{"spec":{"template":{"spec":{"containers":[{"name":"c","image":"busybox:1","env":[{"name":"A","value":"1"}],"ports":[{"containerPort":80}]},{"name":"d","image":"busybox:1"}],"tolerations":[{"operator":"Exists"}]}}}}"#,
        patch: #"{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"d"},{"name":"c"},{"name":"e"}],"containers":[{"image":"busybox:2","name":"d"},{"$setElementOrder/env":[{"name":"A"}],"env":[{"name":"A","value":"2"}],"image":"busybox:2","name":"c","ports":null},{"image":"alpine:3","name":"e"}],"nodeSelector":{"kubernetes.io/os":"linux"},"tolerations":null}}}}"#,
        expected: #"{"spec":{"template":{"spec":{"containers":[{"image":"busybox:2","name":"d"},{"env":[{"name":"A","value":"2"}],"image":"busybox:2","name":"c"},{"image":"alpine:3","name":"e"}],"nodeSelector":{"kubernetes.io/os":"linux"}}}}}"#),
    SMPCase(
        name: "client-side apply: deletions, finalizers, retainKeys (kubectl spec 3.6)", kind: "DaemonSet",
        live: #"{"metadata":{"finalizers":["example.com/a","example.com/b"],"labels":{"app":"web","tier":"x"}},"spec":{"template":{"spec":{"containers":[{"name":"c","env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]},{"name":"d"}],"volumes":[{"name":"data","hostPath":{"path":"/data"}}]}}}}"#,
        patch: #"{"metadata":{"$deleteFromPrimitiveList/finalizers":["example.com/b"],"$setElementOrder/finalizers":["example.com/a"],"labels":{"tier":null}},"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"c"}],"$setElementOrder/volumes":[{"name":"data"}],"containers":[{"$setElementOrder/env":[{"name":"B"}],"env":[{"$patch":"delete","name":"A"}],"name":"c"},{"$patch":"delete","name":"d"}],"volumes":[{"$retainKeys":["emptyDir","name"],"emptyDir":{},"hostPath":null,"name":"data"}]}}}}"#,
        expected: #"{"metadata":{"finalizers":["example.com/a"],"labels":{"app":"web"}},"spec":{"template":{"spec":{"containers":[{"env":[{"name":"B","value":"2"}],"name":"c"}],"volumes":[{"emptyDir":{},"name":"data"}]}}}}"#),
    SMPCase(
        name: "finalizers: union of a merge primitive list, patch items first", kind: "Pod",
        live: #"{"metadata":{"finalizers":["a","b"]}}"#, patch: #"{"metadata":{"finalizers":["c","a"]}}"#,
        expected: #"{"metadata":{"finalizers":["c","a","b"]}}"#),
    SMPCase(
        name: "$deleteFromPrimitiveList removes finalizers", kind: "Pod",
        live: #"{"metadata":{"finalizers":["a","b","c"]}}"#,
        patch: #"{"metadata":{"$deleteFromPrimitiveList/finalizers":["b","zz"]}}"#,
        expected: #"{"metadata":{"finalizers":["a","c"]}}"#),
    SMPCase(
        name: "$deleteFromPrimitiveList on an absent list is a no-op", kind: "Pod",
        live: #"{"metadata":{"name":"p"}}"#, patch: #"{"metadata":{"$deleteFromPrimitiveList/finalizers":["b"]}}"#,
        expected: #"{"metadata":{"name":"p"}}"#),
    SMPCase(
        name: "$setElementOrder on a primitive list reorders", kind: "Pod",
        live: #"{"metadata":{"finalizers":["a","b","c"]}}"#,
        patch: #"{"metadata":{"$setElementOrder/finalizers":["c","a","b"]}}"#,
        expected: #"{"metadata":{"finalizers":["c","a","b"]}}"#),
    SMPCase(
        name: "$setElementOrder: a live-only item goes before the first listed item that follows it live", kind: "DaemonSet",
        live: #"{"spec":{"template":{"spec":{"containers":[{"name":"a"},{"name":"x"},{"name":"b"}]}}}}"#,
        patch: #"{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"b"},{"name":"a"}]}}}}"#,
        expected: #"{"spec":{"template":{"spec":{"containers":[{"name":"x"},{"name":"b"},{"name":"a"}]}}}}"#),
    SMPCase(
        name: "a new container without $setElementOrder lands first, as upstream", kind: "Pod",
        live: #"{"spec":{"containers":[{"name":"c","image":"1"}]}}"#,
        patch: #"{"spec":{"containers":[{"name":"n","image":"2"}]}}"#,
        expected: #"{"spec":{"containers":[{"image":"2","name":"n"},{"image":"1","name":"c"}]}}"#),
    SMPCase(
        name: "ports merge by containerPort, env by name", kind: "Pod",
        live: #"{"spec":{"containers":[{"name":"c","ports":[{"containerPort":80,"name":"http"}],"env":[{"name":"A","value":"1"}]}]}}"#,
        patch: #"{"spec":{"containers":[{"name":"c","ports":[{"containerPort":80,"hostPort":8080}],"env":[{"name":"A","value":"2"}]}]}}"#,
        expected: #"{"spec":{"containers":[{"env":[{"name":"A","value":"2"}],"name":"c","ports":[{"containerPort":80,"hostPort":8080,"name":"http"}]}]}}"#),
    SMPCase(
        name: "$patch: replace inside a merge list replaces the list", kind: "Pod",
        live: #"{"spec":{"containers":[{"name":"a"},{"name":"b"}]}}"#,
        patch: #"{"spec":{"containers":[{"$patch":"replace"},{"name":"z","image":"i"}]}}"#,
        expected: #"{"spec":{"containers":[{"image":"i","name":"z"}]}}"#),
    SMPCase(
        name: "$patch: delete on a map empties it", kind: "Pod",
        live: #"{"spec":{"affinity":{"nodeAffinity":{"x":1}},"hostNetwork":true}}"#,
        patch: #"{"spec":{"affinity":{"$patch":"delete"}}}"#,
        expected: #"{"spec":{"affinity":{},"hostNetwork":true}}"#),
    SMPCase(
        name: "$retainKeys drops live keys not listed", kind: "Pod",
        live: #"{"spec":{"volumes":[{"name":"v","hostPath":{"path":"/x"}}]}}"#,
        patch: #"{"spec":{"volumes":[{"$retainKeys":["name","emptyDir"],"name":"v","emptyDir":{"medium":"Memory"}}]}}"#,
        expected: #"{"spec":{"volumes":[{"emptyDir":{"medium":"Memory"},"name":"v"}]}}"#),
    SMPCase(
        name: "ownerReferences merge by uid", kind: "Pod",
        live: #"{"metadata":{"ownerReferences":[{"uid":"1","name":"a"},{"uid":"2","name":"b"}]}}"#,
        patch: #"{"metadata":{"ownerReferences":[{"uid":"2","controller":true}]}}"#,
        expected: #"{"metadata":{"ownerReferences":[{"name":"a","uid":"1"},{"controller":true,"name":"b","uid":"2"}]}}"#),
    SMPCase(
        name: "DaemonSet status conditions merge by type", kind: "DaemonSet",
        live: #"{"status":{"conditions":[{"type":"A","status":"True"}],"numberReady":1}}"#,
        patch: #"{"status":{"conditions":[{"type":"A","status":"False"},{"type":"B","status":"True"}],"numberReady":2}}"#,
        expected: #"{"status":{"conditions":[{"status":"False","type":"A"},{"status":"True","type":"B"}],"numberReady":2}}"#),
    SMPCase(
        name: "Node addresses merge by type, images are atomic", kind: "Node",
        live: #"{"status":{"addresses":[{"type":"InternalIP","address":"10.0.0.1"},{"type":"Hostname","address":"n"}],"images":[{"names":["a"]}]}}"#,
        patch: #"{"status":{"addresses":[{"type":"InternalIP","address":"10.0.0.2"}],"images":[{"names":["b"]}]}}"#,
        expected: #"{"status":{"addresses":[{"address":"10.0.0.2","type":"InternalIP"},{"address":"n","type":"Hostname"}],"images":[{"names":["b"]}]}}"#),
    SMPCase(
        name: "Pod status conditions by type, podIPs by ip", kind: "Pod",
        live: #"{"status":{"conditions":[{"type":"Ready","status":"False"}],"podIPs":[{"ip":"10.1.0.1"}]}}"#,
        patch: #"{"status":{"conditions":[{"type":"Ready","status":"True"}],"podIPs":[{"ip":"fd00::1"}]}}"#,
        expected: #"{"status":{"conditions":[{"status":"True","type":"Ready"}],"podIPs":[{"ip":"fd00::1"},{"ip":"10.1.0.1"}]}}"#),
    SMPCase(
        name: "tolerations are atomic", kind: "Pod",
        live: #"{"spec":{"tolerations":[{"key":"a"},{"key":"b"}]}}"#, patch: #"{"spec":{"tolerations":[{"key":"c"}]}}"#,
        expected: #"{"spec":{"tolerations":[{"key":"c"}]}}"#),
    SMPCase(
        name: "unknown kinds: maps merge, lists replace, metadata still known", kind: "Widget",
        live: #"{"metadata":{"finalizers":["a"]},"spec":{"items":[{"name":"a"}],"m":{"x":1}}}"#,
        patch: #"{"metadata":{"finalizers":["b"]},"spec":{"items":[{"name":"b"}],"m":{"y":2}}}"#,
        expected: #"{"metadata":{"finalizers":["b","a"]},"spec":{"items":[{"name":"b"}],"m":{"x":1,"y":2}}}"#),
    SMPCase(
        name: "null for an absent key is ignored, types that differ take the patch", kind: "Pod",
        live: #"{"spec":{"nodeName":"n","x":[1]}}"#, patch: #"{"spec":{"absent":null,"x":{"a":1}}}"#,
        expected: #"{"spec":{"nodeName":"n","x":{"a":1}}}"#),
    SMPCase(
        name: "directives under new keys are processed, not stored", kind: "Pod",
        live: #"{"spec":{}}"#,
        patch: #"{"spec":{"containers":[{"name":"c","$setElementOrder/env":[{"name":"A"}],"env":[{"name":"A","value":"1"}]},{"name":"x","$patch":"delete"}]}}"#,
        expected: #"{"spec":{"containers":[{"env":[{"name":"A","value":"1"}],"name":"c"}]}}"#),
    SMPCase(
        name: "an empty or null patch changes nothing", kind: "Pod", live: #"{"a":1}"#, patch: "null",
        expected: #"{"a":1}"#),
])
func strategicMergePatch(_ example: SMPCase) throws {
    #expect(try patched(smp, example.patch, onto: example.live, kind: example.kind) == canonical(try json(example.expected)))
}

/// The kubectl spec's own DaemonSet survives `set image` with env and ports untouched.
@Test func setImageKeepsSiblingFields() throws {
    let result = try json(
        patched(
            smp,
            #"{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"c"},{"name":"d"}],"containers":[{"image":"busybox:3","name":"c"}]}}}}"#,
            onto: daemonSet, kind: "DaemonSet"))
    let containers = result["spec"]?["template"]?["spec"]?["containers"]
    guard case .array(let items)? = containers else {
        Issue.record("containers missing")
        return
    }
    #expect(items.map { $0["name"] } == ["c", "d"])
    #expect(items.first?["image"] == "busybox:3")
    #expect(items.first?["env"] == [["name": "A", "value": "1"], ["name": "B", "value": "2"]])
    #expect(result["spec"]?["template"]?["spec"]?["tolerations"] == [["key": "a", "operator": "Exists"]])
}

@Test(arguments: [
    (#"{"spec":{"containers":[{"image":"x"}]}}"#, "map: map[image:x] does not contain declared merge key: name"),
    (#"{"spec":{"containers":[{"$patch":"merge","name":"c"}]}}"#, "merging lists cannot yet be specified in the patch"),
    (#"{"spec":{"$patch":"explode"}}"#, "unknown patch type: explode in map: map[$patch:explode]"),
    (#"{"metadata":{"$deleteFromPrimitiveList/finalizers":"a"}}"#, "invalid patch format of primitive list"),
    (#"{"spec":{"$retainKeys":"name"}}"#, "invalid patch format of retainKeys"),
    (#"{"spec":{"$retainKeys":["a"],"b":1}}"#, "invalid patch format of retainKeys"),
    (#"{"metadata":{"finalizers":["a",1]}}"#, "list element types are not identical: [[a] [a 1]]"),
    (#"{"spec":{"$setElementOrder/containers":[{"name":"a"}],"containers":[{"name":"b"}]}}"#,
     "The order in patch list:\n[map[name:b]]\n doesn't match $setElementOrder list:\n[map[name:a]]\n"),
    ("[]", "json: cannot unmarshal array into Go value of type map[string]interface {}"),
    (#"{"spec":"#, "unexpected end of JSON input"),
])
func malformedStrategicPatchIsBadRequest(patch: String, message: String) throws {
    let live = #"{"metadata":{"finalizers":["a"]},"spec":{"containers":[{"name":"c"}]}}"#
    let error = try #require(try patchError(smp, patch, onto: live, kind: "Pod"))
    #expect(error.code == .badRequest)
    #expect(error.message == message)
}

@Test func listOfListsIsInvalid() throws {
    let error = try #require(
        try patchError(smp, #"{"metadata":{"finalizers":[["a"]]}}"#, onto: #"{"metadata":{"finalizers":[["b"]]}}"#, kind: "Pod"))
    #expect(error.code == .invalid)
    #expect(error.message == "the server rejected our request due to an error in our request")
}
