import Foundation
import KubeModel
import Testing
@testable import KubeAPIServer

private let apply = "application/apply-patch+yaml"
private let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

private func options(force: Bool = false, manager: String = "kubectl") -> PatchApplier.Options {
    PatchApplier.Options(fieldManager: manager, force: force, apiVersion: "apps/v1", now: now)
}

private func manifest(image: String, label: Bool = true) -> String {
    """
    apiVersion: apps/v1
    kind: DaemonSet
    metadata:
      name: web
    \(label ? "  labels:\n    app: web\n" : "")spec:
      selector:
        matchLabels:
          app: web
      template:
        metadata:
          labels:
            app: web
        spec:
          containers:
          - name: c
            image: \(image)
            ports:
            - containerPort: 80
    """
}

@Test func applyCreatesTheObjectWithAnApplyEntry() throws {
    let created = try json(patched(apply, manifest(image: "busybox:1"), onto: nil, kind: "DaemonSet", options: options()))
    #expect(created["spec"]?["template"]?["spec"]?["containers"] == [["name": "c", "image": "busybox:1", "ports": [["containerPort": 80]]]])
    let expectedFields = try json(
        #"""
        {"f:metadata":{"f:labels":{"f:app":{}}},
         "f:spec":{"f:selector":{},"f:template":{"f:metadata":{"f:labels":{"f:app":{}}},
           "f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{},"f:name":{},
             "f:ports":{"k:{\"containerPort\":80,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{}}}}}}}}}
        """#)
    let entry: JSONValue = [
        "manager": "kubectl", "operation": "Apply", "apiVersion": "apps/v1", "time": "2026-01-01T00:00:00Z",
        "fieldsType": "FieldsV1", "fieldsV1": expectedFields,
    ]
    #expect(created["metadata"]?["managedFields"] == [entry])
}

@Test func applyMergesKeepsOthersFieldsAndDropsFieldsNoLongerApplied() throws {
    var live = try json(patched(apply, manifest(image: "busybox:1"), onto: nil, kind: "DaemonSet", options: options()))
    // Something else (defaulting, another client) set fields this manager never applied.
    live = try PatchApplier.apply(
        contentType: "application/merge-patch+json",
        patch: Data(#"{"spec":{"revisionHistoryLimit":10},"metadata":{"labels":{"team":"a"}}}"#.utf8), to: live,
        kind: "DaemonSet")
    let updated = try json(
        patched(apply, manifest(image: "busybox:2", label: false), onto: canonical(live), kind: "DaemonSet", options: options()))
    #expect(updated["spec"]?["template"]?["spec"]?["containers"]?.arrayValue?.first?["image"] == "busybox:2")
    #expect(updated["spec"]?["revisionHistoryLimit"] == 10)
    #expect(updated["metadata"]?["labels"] == ["team": "a"])
    let fields = updated["metadata"]?["managedFields"]?.arrayValue?.first?["fieldsV1"]
    #expect(fields?["f:metadata"] == nil)
}

private func liveOwnedBySet(image: String) throws -> String {
    let base = try json(patched(apply, manifest(image: "busybox:1"), onto: nil, kind: "DaemonSet", options: options()))
    guard case .object(var object) = base, case .object(var metadata)? = object["metadata"],
        case .array(var entries)? = metadata["managedFields"]
    else { throw CocoaError(.coderInvalidValue) }
    entries.append([
        "manager": "kubectl-set", "operation": "Update", "apiVersion": "apps/v1", "time": "2026-01-01T00:00:00Z",
        "fieldsType": "FieldsV1",
        "fieldsV1": try json(#"{"f:spec":{"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{"f:image":{}}}}}}}"#),
    ])
    metadata["managedFields"] = .array(entries)
    object["metadata"] = .object(metadata)
    let patchedImage = try PatchApplier.apply(
        contentType: "application/strategic-merge-patch+json",
        patch: Data(#"{"spec":{"template":{"spec":{"containers":[{"name":"c","image":"\#(image)"}]}}}}"#.utf8),
        to: .object(object), kind: "DaemonSet")
    return canonical(patchedImage)
}

@Test func applyConflictsWithAnotherManagersField() throws {
    let live = try liveOwnedBySet(image: "busybox:3")
    let error = try #require(try patchError(apply, manifest(image: "busybox:1"), onto: live, kind: "DaemonSet", options: options()))
    #expect(error.code == .conflict)
    #expect(
        error.message
            == #"Apply failed with 1 conflict: conflict with "kubectl-set" using apps/v1: .spec.template.spec.containers[name="c"].image"#)
    #expect(
        error.details?.causes == [
            StatusCause(
                reason: "FieldManagerConflict", message: #"conflict with "kubectl-set" using apps/v1"#,
                field: #".spec.template.spec.containers[name="c"].image"#)
        ])
}

@Test func forcedApplyTakesOwnership() throws {
    let live = try liveOwnedBySet(image: "busybox:3")
    let result = try json(patched(apply, manifest(image: "busybox:1"), onto: live, kind: "DaemonSet", options: options(force: true)))
    #expect(result["spec"]?["template"]?["spec"]?["containers"]?.arrayValue?.first?["image"] == "busybox:1")
    #expect(result["metadata"]?["managedFields"]?.arrayValue?.map { $0["manager"] } == ["kubectl"])
}

@Test func applyingTheSameValueSharesOwnership() throws {
    let live = try liveOwnedBySet(image: "busybox:3")
    let result = try json(patched(apply, manifest(image: "busybox:3"), onto: live, kind: "DaemonSet", options: options()))
    #expect(result["metadata"]?["managedFields"]?.arrayValue?.map { $0["manager"] } == ["kubectl", "kubectl-set"])
}

@Test(arguments: [
    ("", manifestText,
     #"PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch"#),
    ("kubectl", manifestText.replacingOccurrences(of: "apps/v1", with: "apps/v1beta2"),
     "Incorrect version specified in apply patch. Specified patch version: apps/v1beta2, expected: apps/v1"),
    ("kubectl", manifestText.replacingOccurrences(of: "  name: web", with: "  name: web\n  managedFields: []"),
     "metadata.managedFields must be nil"),
    ("kubectl", manifestText.replacingOccurrences(of: "kind: DaemonSet", with: "kind: Pod"),
     "Incorrect kind specified in apply patch. Specified patch kind: Pod, expected: DaemonSet"),
])
func applyRejectsBadConfigurations(manager: String, body: String, message: String) throws {
    let error = try #require(try patchError(apply, body, onto: nil, kind: "DaemonSet", options: options(manager: manager)))
    #expect(error.message == message)
}

private let manifestText = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: web\nspec: {}\n"

@Test func applyWithBrokenYAMLIsBadRequest() throws {
    let error = try #require(try patchError(apply, "a: [b", onto: nil, kind: "DaemonSet", options: options()))
    #expect(error.code == .badRequest)
    #expect(error.message.hasPrefix("error decoding YAML: "))
}

@Test func fieldSetRoundTripsThroughFieldsV1() throws {
    let fields = try json(#"{"f:metadata":{"f:finalizers":{"v:\"a\"":{}}},"f:spec":{"f:c":{"k:{\"name\":\"x\"}":{".":{},"f:image":{}}}}}"#)
    let set = FieldSet(fieldsV1: fields)
    #expect(set.members.count == 3)
    #expect(set.fieldsV1 == fields)
    #expect(FieldSet.text([.field("metadata"), .field("finalizers"), .value(#""a""#)]) == #".metadata.finalizers[="a"]"#)
}

/// `kubectl apply --server-side` sends the manifest as JSON (valid YAML); `status` is ignored for the main resource.
@Test func applyAcceptsJSONAndIgnoresStatus() throws {
    let body = #"{"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"web","finalizers":["a"]},"spec":{"minReadySeconds":3},"status":{"numberReady":9}}"#
    let result = try json(patched(apply, body, onto: nil, kind: "DaemonSet", options: options()))
    #expect(result["status"] == nil)
    #expect(result["spec"] == ["minReadySeconds": 3])
    let fields = result["metadata"]?["managedFields"]?.arrayValue?.first?["fieldsV1"]
    #expect(fields == ["f:metadata": ["f:finalizers": [#"v:"a""#: [:]]], "f:spec": ["f:minReadySeconds": [:]]])
}

/// Ports share `containerPort` and differ in `protocol`: server-side apply keys them by both, as upstream's
/// schema does, so neither a create nor an apply over a client-side-applied object merges the pair.
@Test func applyKeysContainerPortsByPortAndProtocol() throws {
    let pair = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - name: c
                image: busybox:1
                ports:
                - {containerPort: 7946, protocol: TCP, name: gossip-tcp}
                - {containerPort: 7946, protocol: UDP, name: gossip-udp}
        """
    let created = try json(patched(apply, pair, onto: nil, kind: "DaemonSet", options: options()))
    let expected: JSONValue = [
        ["containerPort": 7946, "protocol": "TCP", "name": "gossip-tcp"],
        ["containerPort": 7946, "protocol": "UDP", "name": "gossip-udp"],
    ]
    #expect(created["spec"]?["template"]?["spec"]?["containers"]?.arrayValue?.first?["ports"] == expected)
    var live = created
    if case .object(var members) = live, case .object(var metadata)? = members["metadata"] {
        metadata["managedFields"] = nil
        members["metadata"] = .object(metadata)
        live = .object(members)
    }
    let again = try json(patched(apply, pair, onto: canonical(live), kind: "DaemonSet", options: options()))
    #expect(again["spec"]?["template"]?["spec"]?["containers"]?.arrayValue?.first?["ports"] == expected)
    // A strategic merge patch still matches by containerPort alone, as upstream's does (kubernetes#39188): the
    // UDP item lands on the first 7946 item.
    let patch = #"{"spec":{"template":{"spec":{"containers":[{"name":"c","ports":[{"containerPort":7946,"protocol":"UDP","name":"gossip-udp"}]}]}}}}"#
    let merged = try json(patched("application/strategic-merge-patch+json", patch, onto: canonical(live), kind: "DaemonSet"))
    let mergedPorts = merged["spec"]?["template"]?["spec"]?["containers"]?.arrayValue?.first?["ports"]?.arrayValue
    #expect(mergedPorts?.first?["protocol"] == "UDP")
}

/// Which kinds' apply ignores `status` comes from the resources served, schema kinds included.
@Test func applyIgnoresTheStatusOfEveryKindWithAStatusSubresource() throws {
    #expect(ServerSideApply.kindsWithStatus.isSuperset(of: ["Pod", "Node", "Namespace", "DaemonSet", "Deployment", "Service"]))
    #expect(!ServerSideApply.kindsWithStatus.contains("ConfigMap"))
    let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec: {replicas: 1}
        status: {replicas: 5}
        """
    let created = try json(
        patched(apply, deployment, onto: nil, kind: "Deployment",
                options: PatchApplier.Options(fieldManager: "kubectl", apiVersion: "apps/v1", now: now)))
    #expect(created["status"] == nil)
    #expect(created["spec"]?["replicas"] == 1)
}
