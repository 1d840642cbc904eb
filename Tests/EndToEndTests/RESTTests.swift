import Foundation
import KubeModel
import KubeTestSupport
import Testing

/// The REST verbs over HTTPS with curl: what every client relies on, below kubectl.
@Suite("REST verbs against the embedded server")
struct RESTTests {
    static let daemonSet = """
        {"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"web","namespace":"default"},
         "spec":{"selector":{"matchLabels":{"app":"web"}},
                 "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"c","image":"nginx:1"}]}}}}
        """

    func json(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }

    func post(_ cluster: RunningCluster, _ path: String, _ body: String, _ extra: [String] = []) async throws
        -> (status: Int, body: String)
    {
        try await cluster.curl(path, ["-X", "POST", "-H", "Content-Type: application/json", "--data-binary", body] + extra)
    }

    @Test func initialNamespacesExistAndListsCarryAResourceVersion() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let (status, body) = try await cluster.curl("/api/v1/namespaces")
                #expect(status == 200)
                let list = try json(body)
                #expect(list["kind"] == "NamespaceList")
                let names = list["items"].flatMap { items -> [String]? in
                    guard case .array(let values) = items else { return nil }
                    return values.compactMap { $0["metadata"]?["name"]?.stringValue }
                }
                #expect(names == ["default", "kube-node-lease", "kube-public", "kube-system"])
                #expect(Int(list["metadata"]?["resourceVersion"]?.stringValue ?? "") ?? 0 >= 4)
            }
        }
    }

    @Test func createDefaultsAndRejectsDuplicates() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let path = "/apis/apps/v1/namespaces/default/daemonsets"
                let (status, body) = try await post(cluster, path, Self.daemonSet)
                #expect(status == 201, "\(body)")
                let created = try json(body)
                #expect(created["spec"]?["updateStrategy"]?["type"] == "RollingUpdate")
                #expect(created["spec"]?["revisionHistoryLimit"] == 10)
                #expect(created["metadata"]?["generation"] == 1)
                #expect(created["metadata"]?["uid"]?.stringValue?.count == 36)
                #expect(created["metadata"]?["creationTimestamp"]?.stringValue?.hasSuffix("Z") == true)
                #expect(created["metadata"]?["annotations"]?["deprecated.daemonset.template.generation"] == "1")

                let (getStatus, getBody) = try await cluster.curl(path + "/web")
                #expect(getStatus == 200)
                #expect(try json(getBody) == created)

                let (again, againBody) = try await post(cluster, path, Self.daemonSet)
                #expect(again == 409)
                #expect(try json(againBody)["message"] == "daemonsets.apps \"web\" already exists")
                #expect(try json(againBody)["reason"] == "AlreadyExists")
            }
        }
    }

    @Test func invalidObjectsGetUpstreamStatuses() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let path = "/apis/apps/v1/namespaces/default/daemonsets"
                let mismatched = Self.daemonSet.replacingOccurrences(of: #"{"labels":{"app":"web"}}"#, with: #"{"labels":{"app":"other"}}"#)
                let (status, body) = try await post(cluster, path, mismatched)
                #expect(status == 422)
                let error = try json(body)
                #expect(error["reason"] == "Invalid")
                #expect(
                    error["details"]?["causes"]?.arrayValue?.first?["field"] == "spec.template.metadata.labels")

                let (badJSON, badBody) = try await post(cluster, path, "{\"metadata\":")
                #expect(badJSON == 400)
                #expect(
                    try json(badBody)["message"]
                        == .string(
                            "the object provided is unrecognized (must be of type DaemonSet): couldn't get version/kind; "
                                + #"json parse error: unexpected end of JSON input ({"metadata":)"#))

                let unknown = Self.daemonSet.replacingOccurrences(of: #""image":"nginx:1""#, with: #""image":"nginx:1","imagee":"x""#)
                let (strict, strictBody) = try await post(cluster, path + "?fieldValidation=Strict", unknown)
                #expect(strict == 400)
                #expect(
                    try json(strictBody)["message"]
                        == .string(
                            "DaemonSet in version \"v1\" cannot be handled as a DaemonSet: strict decoding error: "
                                + "unknown field \"spec.template.spec.containers[0].imagee\""))

                let (missing, missingBody) = try await post(
                    cluster, "/apis/apps/v1/namespaces/nowhere/daemonsets", Self.daemonSet.replacingOccurrences(of: "\"default\"", with: "\"nowhere\""))
                #expect(missing == 404)
                #expect(try json(missingBody)["message"] == "namespaces \"nowhere\" not found")
            }
        }
    }

    @Test func updateNeedsTheCurrentVersionAndBumpsGenerationOnSpecChanges() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let path = "/apis/apps/v1/namespaces/default/daemonsets"
                let created = try json(try await post(cluster, path, Self.daemonSet).body)
                guard case .object(var object) = created, case .object(var metadata)? = object["metadata"] else {
                    Issue.record("not an object")
                    return
                }
                metadata["resourceVersion"] = "1"
                object["metadata"] = .object(metadata)
                let put = ["-X", "PUT", "-H", "Content-Type: application/json", "--data-binary"]
                let (stale, staleBody) = try await cluster.curl(
                    path + "/web", put + [String(decoding: JSONValue.object(object).canonicalBytes, as: UTF8.self)])
                #expect(stale == 409)
                #expect(try json(staleBody)["reason"] == "Conflict")

                let changed = Self.daemonSet.replacingOccurrences(of: "nginx:1", with: "nginx:2")
                let (ok, okBody) = try await cluster.curl(path + "/web", put + [changed])
                #expect(ok == 200, "\(okBody)")
                let updated = try json(okBody)
                #expect(updated["metadata"]?["generation"] == 2)
                #expect(updated["metadata"]?["annotations"]?["deprecated.daemonset.template.generation"] == "2")
                #expect(updated["metadata"]?["uid"] == created["metadata"]?["uid"])

                // A label-only merge patch leaves the generation alone; an identical one stores nothing.
                let patch = ["-X", "PATCH", "-H", "Content-Type: application/merge-patch+json", "--data-binary"]
                let (patched, patchedBody) = try await cluster.curl(path + "/web", patch + [#"{"metadata":{"labels":{"tier":"edge"}}}"#])
                #expect(patched == 200)
                let labelled = try json(patchedBody)
                #expect(labelled["metadata"]?["labels"]?["tier"] == "edge")
                #expect(labelled["metadata"]?["generation"] == 2)
                let (_, sameBody) = try await cluster.curl(path + "/web", patch + [#"{"metadata":{"labels":{"tier":"edge"}}}"#])
                #expect(try json(sameBody)["metadata"]?["resourceVersion"] == labelled["metadata"]?["resourceVersion"])

                // Status writes go through /status only.
                let (statusCode, statusBody) = try await cluster.curl(
                    path + "/web/status", patch + [#"{"status":{"desiredNumberScheduled":3},"spec":{"minReadySeconds":9}}"#])
                #expect(statusCode == 200, "\(statusBody)")
                let withStatus = try json(statusBody)
                #expect(withStatus["status"]?["desiredNumberScheduled"] == 3)
                #expect(withStatus["spec"]?["minReadySeconds"] == nil)
            }
        }
    }

    @Test func watchReplaysChangesInOrderFromAResourceVersion() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let path = "/apis/apps/v1/namespaces/default/daemonsets"
                let start = try json(try await cluster.curl(path).body)["metadata"]?["resourceVersion"]?.stringValue ?? ""
                _ = try await post(cluster, path, Self.daemonSet)
                _ = try await cluster.curl(
                    path + "/web", ["-X", "PATCH", "-H", "Content-Type: application/merge-patch+json", "--data-binary", #"{"metadata":{"labels":{"a":"b"}}}"#])
                _ = try await cluster.curl(path + "/web", ["-X", "DELETE"])
                let (status, body) = try await cluster.curl(path + "?watch=true&timeoutSeconds=1&resourceVersion=\(start)")
                #expect(status == 200)
                let events = try body.split(separator: "\n").map { try json(String($0)) }
                #expect(events.map { $0["type"]?.stringValue ?? "" } == ["ADDED", "MODIFIED", "DELETED"])
                #expect(events.allSatisfy { $0["object"]?["metadata"]?["name"] == "web" })

                let (fromZero, zeroBody) = try await cluster.curl("/api/v1/namespaces?watch=true&timeoutSeconds=1&resourceVersion=0")
                #expect(fromZero == 200)
                #expect(zeroBody.split(separator: "\n").count == 4)
                let (_, expired) = try await cluster.curl(path + "?watch=1&resourceVersion=999999")
                #expect(try json(expired)["code"] == 504)
            }
        }
    }

    @Test func boundPodsDeleteGracefullyAndUnboundAtOnce() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let pods = "/api/v1/namespaces/default/pods"
                let pod = #"{"apiVersion":"v1","kind":"Pod","metadata":{"generateName":"p-"},"spec":{"containers":[{"name":"c","image":"busybox"}]}}"#
                let created = try json(try await post(cluster, pods, pod).body)
                let name = created["metadata"]?["name"]?.stringValue ?? ""
                #expect(name.hasPrefix("p-") && name.count == 7)
                #expect(created["status"]?["phase"] == "Pending")

                let binding = #"{"apiVersion":"v1","kind":"Binding","metadata":{"name":"\#(name)"},"target":{"kind":"Node","name":"node-1"}}"#
                let (bound, boundBody) = try await post(cluster, pods + "/\(name)/binding", binding)
                #expect(bound == 201, "\(boundBody)")
                let (again, againBody) = try await post(cluster, pods + "/\(name)/binding", binding)
                #expect(again == 409)
                #expect(
                    try json(againBody)["message"]
                        == .string("Operation cannot be fulfilled on pods/binding \"\(name)\": pod \(name) is already assigned to node \"node-1\""))

                let (deleted, deletedBody) = try await cluster.curl(pods + "/\(name)", ["-X", "DELETE"])
                #expect(deleted == 200)
                let terminating = try json(deletedBody)
                #expect(terminating["metadata"]?["deletionGracePeriodSeconds"] == 30)
                #expect(terminating["metadata"]?["deletionTimestamp"] != nil)
                #expect(try await cluster.curl(pods + "/\(name)").status == 200)

                let (now, _) = try await cluster.curl(pods + "/\(name)?gracePeriodSeconds=0", ["-X", "DELETE"])
                #expect(now == 200)
                #expect(try await cluster.curl(pods + "/\(name)").status == 404)

                let unbound = try json(try await post(cluster, pods, pod).body)["metadata"]?["name"]?.stringValue ?? ""
                _ = try await cluster.curl(pods + "/\(unbound)", ["-X", "DELETE"])
                #expect(try await cluster.curl(pods + "/\(unbound)").status == 404)
            }
        }
    }

    @Test func finalizersHoldDeletionUntilRemoved() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let leases = "/apis/coordination.k8s.io/v1/namespaces/default/leases"
                let lease = #"{"metadata":{"name":"l","finalizers":["example.com/hold"]},"spec":{"holderIdentity":"me"}}"#
                #expect(try await post(cluster, leases, lease).status == 201)
                let (status, body) = try await cluster.curl(leases + "/l", ["-X", "DELETE"])
                #expect(status == 200)
                #expect(try json(body)["metadata"]?["deletionTimestamp"] != nil)
                let patch = ["-X", "PATCH", "-H", "Content-Type: application/merge-patch+json", "--data-binary", #"{"metadata":{"finalizers":null}}"#]
                #expect(try await cluster.curl(leases + "/l", patch).status == 200)
                #expect(try await cluster.curl(leases + "/l").status == 404)
            }
        }
    }

    @Test func objectsAndVersionsSurviveARestart() async throws {
        try await withTemporaryDirectory { directory in
            let before = try await withCluster(dataDirectory: directory) { cluster in
                let body = try await post(cluster, "/apis/apps/v1/namespaces/default/daemonsets", Self.daemonSet).body
                return try json(body)
            }
            try await withCluster(dataDirectory: directory) { cluster in
                let (status, body) = try await cluster.curl("/apis/apps/v1/namespaces/default/daemonsets/web")
                #expect(status == 200)
                #expect(try json(body) == before)
                let lease = try json(
                    try await post(cluster, "/apis/coordination.k8s.io/v1/namespaces/default/leases", #"{"metadata":{"name":"x"}}"#).body)
                let oldVersion = Int(before["metadata"]?["resourceVersion"]?.stringValue ?? "") ?? .max
                #expect(Int(lease["metadata"]?["resourceVersion"]?.stringValue ?? "") ?? 0 > oldVersion)
            }
        }
    }
}
