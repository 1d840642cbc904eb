import Foundation
import KubeModel
import KubeTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real kubectl against the embedded server, as a user drives a cluster: apply (client and server
/// side), printed Tables, describe, node edits, the three patch types, cascading deletes, invalid
/// manifests, watches, namespaces and drain (whose typed clients send protobuf bodies).
@Suite("kubectl against the embedded server")
struct KubectlTests {
    static func daemonSet(image: String = "fluentd:v1.16", namespace: String = "default") -> String {
        """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: fluentd
          namespace: \(namespace)
          labels: {app: fluentd}
        spec:
          selector:
            matchLabels: {app: fluentd}
          updateStrategy:
            rollingUpdate: {maxUnavailable: 2}
          template:
            metadata:
              labels: {app: fluentd}
            spec:
              tolerations:
              - {key: node-role.kubernetes.io/control-plane, effect: NoSchedule}
              containers:
              - name: fluentd
                image: \(image)
        """
    }

    static let node = """
        apiVersion: v1
        kind: Node
        metadata:
          name: node-1
          labels: {kubernetes.io/hostname: node-1}
        """

    /// A pod controlled by the DaemonSet with `uid`.
    static func ownedPod(owner uid: String, namespace: String = "default") -> String {
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: fluentd-abcde
          namespace: \(namespace)
          labels: {app: fluentd}
          ownerReferences:
          - {apiVersion: apps/v1, kind: DaemonSet, name: fluentd, uid: \(uid), controller: true, blockOwnerDeletion: true}
        spec:
          containers: [{name: fluentd, image: "fluentd:v1.16"}]
        """
    }

    /// Runs kubectl and expects it to succeed, returning standard output.
    @discardableResult
    func run(_ cluster: RunningCluster, _ arguments: [String], manifest: String? = nil) async throws -> String {
        let result =
            if let manifest {
                try await cluster.kubectl(arguments, manifest: manifest)
            } else {
                try await cluster.kubectl(arguments)
            }
        #expect(result.status == 0, "kubectl \(arguments.joined(separator: " ")): \(result)")
        return result.stdout
    }

    /// The rows of a printed table, split on runs of spaces.
    func rows(_ output: String) -> [[String]] {
        output.split(separator: "\n").map { line in
            line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
    }

    @Test func applyCreatesConfiguresAndServerSideApplies() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                #expect(try await run(cluster, ["apply", "-f", "-"], manifest: Self.daemonSet()) == "daemonset.apps/fluentd created\n")
                #expect(try await run(cluster, ["apply", "-f", "-"], manifest: Self.daemonSet()) == "daemonset.apps/fluentd unchanged\n")
                #expect(
                    try await run(cluster, ["apply", "-f", "-"], manifest: Self.daemonSet(image: "fluentd:v1.17"))
                        == "daemonset.apps/fluentd configured\n")
                let jsonPath = "jsonpath={.spec.template.spec.containers[0].image} {.metadata.generation}"
                #expect(try await run(cluster, ["get", "ds", "fluentd", "-o", jsonPath]) == "fluentd:v1.17 2")

                #expect(
                    try await run(cluster, ["apply", "--server-side", "-f", "-"], manifest: Self.daemonSet(image: "fluentd:v1.18"))
                        == "daemonset.apps/fluentd serverside-applied\n")
                #expect(try await run(cluster, ["get", "ds", "fluentd", "-o", jsonPath]) == "fluentd:v1.18 3")

                // Another manager changing a field kubectl owns conflicts, naming the owner.
                let conflict = try await cluster.kubectl(
                    ["apply", "--server-side", "--field-manager", "other", "-f", "-"],
                    manifest: Self.daemonSet(image: "fluentd:v2"))
                #expect(conflict.status != 0)
                #expect(conflict.stderr.contains("conflict with \"kubectl\""), "\(conflict)")

                let yaml = try await run(cluster, ["get", "ds", "fluentd", "-o", "yaml"])
                #expect(yaml.hasPrefix("apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n"), "\(yaml)")
                #expect(yaml.contains("\n  updateStrategy:\n    rollingUpdate:\n      maxSurge: 0\n      maxUnavailable: 2\n    type: RollingUpdate\n"))
                let object = try JSONValue.parse(Data(try await run(cluster, ["get", "ds", "fluentd", "-o", "json"]).utf8))
                #expect(object["spec"]?["revisionHistoryLimit"] == 10)
                #expect(object["spec"]?["updateStrategy"]?["rollingUpdate"]?["maxSurge"] == 0)
                #expect(object["spec"]?["template"]?["spec"]?["restartPolicy"] == "Always")
            }
        }
    }

    @Test func getPrintsUpstreamTablesAndDescribeReadsThem() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                try await run(cluster, ["apply", "-f", "-"], manifest: Self.daemonSet())
                try await run(cluster, ["create", "-f", "-"], manifest: Self.node)

                let table = rows(try await run(cluster, ["get", "ds"]))
                #expect(table.first == ["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE", "SELECTOR", "AGE"])
                #expect(table.dropFirst().first?.prefix(7) == ["fluentd", "0", "0", "0", "0", "0", "<none>"])

                let wide = rows(try await run(cluster, ["get", "daemonsets", "-A", "-o", "wide"]))
                #expect(wide.first?.suffix(3) == ["CONTAINERS", "IMAGES", "SELECTOR"])
                #expect(wide.dropFirst().first?.first == "default")
                #expect(wide.dropFirst().first?.suffix(3) == ["fluentd", "fluentd:v1.16", "app=fluentd"])

                let nodes = rows(try await run(cluster, ["get", "no", "--show-labels"]))
                #expect(nodes.dropFirst().first?.first == "node-1")
                #expect(nodes.dropFirst().first?.last == "kubernetes.io/hostname=node-1")

                let single = rows(try await run(cluster, ["get", "ds", "fluentd", "--no-headers"]))
                #expect(single.count == 1)

                let describe = try await run(cluster, ["describe", "ds", "fluentd"])
                #expect(describe.contains("Selector:       app=fluentd"))
                #expect(describe.contains("Pods Status:  0 Running / 0 Waiting / 0 Succeeded / 0 Failed"))
                #expect(describe.contains("fluentd:\n    Image:") && describe.contains("fluentd:v1.16\n"))

                let missing = try await cluster.kubectl(["get", "ds", "nope"])
                #expect(missing.status != 0)
                #expect(missing.stderr.contains("Error from server (NotFound): daemonsets.apps \"nope\" not found"))
            }
        }
    }

    @Test func labelTaintAndCordonEditNodes() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                try await run(cluster, ["create", "-f", "-"], manifest: Self.node)
                #expect(try await run(cluster, ["label", "node", "node-1", "disk=ssd"]) == "node/node-1 labeled\n")
                #expect(try await run(cluster, ["taint", "node", "node-1", "dedicated=infra:NoSchedule"]) == "node/node-1 tainted\n")
                #expect(try await run(cluster, ["cordon", "node-1"]) == "node/node-1 cordoned\n")
                let spec = try await run(cluster, ["get", "node", "node-1", "-o", "jsonpath={.spec}"])
                #expect(
                    try JSONValue.parse(Data(spec.utf8))
                        == JSONValue.parse(
                            Data(#"{"taints":[{"effect":"NoSchedule","key":"dedicated","value":"infra"}],"unschedulable":true}"#.utf8)))
                let status = rows(try await run(cluster, ["get", "node", "node-1", "--no-headers"]))
                #expect(status.first?[1] == "Unknown,SchedulingDisabled")

                try await run(cluster, ["uncordon", "node-1"])
                try await run(cluster, ["taint", "node", "node-1", "dedicated-"])
                try await run(cluster, ["label", "node", "node-1", "disk-"])
                #expect(
                    try await run(cluster, ["get", "node", "node-1", "-o", "jsonpath={.spec} {.metadata.labels}"])
                        == #"{} {"kubernetes.io/hostname":"node-1"}"#)
            }
        }
    }

    @Test func mergeJSONAndStrategicPatches() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                try await run(cluster, ["apply", "-f", "-"], manifest: Self.daemonSet())
                try await run(cluster, ["patch", "ds", "fluentd", "--type=merge", "-p", #"{"spec":{"minReadySeconds":5}}"#])
                try await run(
                    cluster,
                    ["patch", "ds", "fluentd", "--type=json", "-p", #"[{"op":"replace","path":"/spec/revisionHistoryLimit","value":3}]"#])
                // Strategic merge: the container list merges by name, keeping the other fields.
                try await run(
                    cluster,
                    ["patch", "ds", "fluentd", "-p", #"{"spec":{"template":{"spec":{"containers":[{"name":"fluentd","image":"fluentd:v2"}]}}}}"#])
                let values = try await run(
                    cluster,
                    ["get", "ds", "fluentd", "-o",
                     "jsonpath={.spec.minReadySeconds} {.spec.revisionHistoryLimit} {.spec.template.spec.containers[*].image} {.spec.template.spec.containers[0].terminationMessagePath}"])
                #expect(values == "5 3 fluentd:v2 /dev/termination-log")

                let bad = try await cluster.kubectl(["patch", "ds", "fluentd", "--type=json", "-p", #"[{"op":"remove","path":"/spec/nope"}]"#])
                // Upstream answers a failing JSON patch operation with a bare 422, which kubectl words so.
                #expect(bad.status != 0)
                #expect(
                    bad.stderr.contains("The request is invalid: the server rejected our request due to an error in our request"),
                    "\(bad)")
            }
        }
    }

    @Test func deletesCascadeInTheBackgroundForegroundOrNotAtAll() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                for cascade in ["background", "foreground", "orphan"] {
                    try await run(cluster, ["apply", "-f", "-"], manifest: Self.daemonSet())
                    let uid = try await run(cluster, ["get", "ds", "fluentd", "-o", "jsonpath={.metadata.uid}"])
                    try await run(cluster, ["create", "-f", "-"], manifest: Self.ownedPod(owner: uid))
                    #expect(
                        try await run(cluster, ["delete", "ds", "fluentd", "--cascade=\(cascade)"])
                            == "daemonset.apps \"fluentd\" deleted\n")
                    if cascade == "orphan" {
                        // The garbage collector strips the owner reference and the pod stays.
                        #expect(
                            try await eventually {
                                try await run(cluster, ["get", "pod", "fluentd-abcde", "-o", "jsonpath={.metadata.ownerReferences}"]).isEmpty
                            })
                    } else {
                        #expect(
                            try await eventually {
                                try await cluster.kubectl(["get", "pod", "fluentd-abcde"]).stderr.contains("NotFound")
                            }, "\(cascade)")
                    }
                }
            }
        }
    }

    @Test func invalidManifestsGetUpstreamErrors() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let mismatched = Self.daemonSet().replacingOccurrences(
                    of: "    metadata:\n      labels: {app: fluentd}", with: "    metadata:\n      labels: {app: other}")
                    .replacingOccurrences(of: "maxUnavailable: 2", with: "maxUnavailable: 0")
                let invalid = try await cluster.kubectl(["apply", "-f", "-"], manifest: mismatched)
                #expect(invalid.status == 1)
                #expect(invalid.stderr.contains("The DaemonSet \"fluentd\" is invalid:"), "\(invalid)")
                #expect(invalid.stderr.contains("spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"other\"}: `selector` does not match template `labels`"))
                #expect(invalid.stderr.contains("spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0"))

                let unknown = Self.daemonSet().replacingOccurrences(of: "        image: fluentd:v1.16", with: "        image: fluentd:v1.16\n        bogusField: 1")
                let strict = try await cluster.kubectl(["create", "-f", "-"], manifest: unknown)
                #expect(strict.status == 1)
                #expect(strict.stderr.contains("strict decoding error: unknown field \"spec.template.spec.containers[0].bogusField\""), "\(strict)")
                let warned = try await cluster.kubectl(["create", "--validate=warn", "-f", "-"], manifest: unknown)
                #expect(warned.status == 0)
                #expect(warned.stderr.contains("Warning: unknown field \"spec.template.spec.containers[0].bogusField\""), "\(warned)")
            }
        }
    }

    @Test func getWatchPrintsARowPerChange() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                try await run(cluster, ["apply", "-f", "-"], manifest: Self.daemonSet())
                let watch = try BackgroundProcess(
                    ["/usr/bin/env", "kubectl", "--kubeconfig", cluster.server.listening.kubeconfigPath, "--cache-dir",
                     directory + "/watch-cache", "get", "ds", "-w", "--output-watch-events"],
                    directory: directory)
                // The watch is open once the listed object is printed; changes then follow.
                #expect(await watch.waitForLine(containing: "ADDED") != nil, "\(watch.errorOutput)")
                try await run(cluster, ["label", "ds", "fluentd", "tier=logging"])
                try await run(cluster, ["delete", "ds", "fluentd"])
                #expect(await watch.waitForLine(containing: "DELETED") != nil, "\(watch.output)\(watch.errorOutput)")
                await watch.stop(signal: SIGTERM)
                let printed = rows(watch.output)
                #expect(printed.first?.prefix(2) == ["EVENT", "NAME"], "\(watch.output)")
                // The listed object, the label change, and the deletion, in order.
                #expect(
                    printed.dropFirst().map { $0.prefix(2) } == [["ADDED", "fluentd"], ["MODIFIED", "fluentd"], ["DELETED", "fluentd"]],
                    "\(watch.output)")
            }
        }
    }

    @Test func namespacesAreCreatedAndDeletedWithTheirContent() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                // `create namespace` sends a protobuf body.
                #expect(try await run(cluster, ["create", "namespace", "team-a"]) == "namespace/team-a created\n")
                #expect(try await run(cluster, ["get", "ns", "team-a", "-o", "jsonpath={.spec.finalizers} {.status.phase}"]) == #"["kubernetes"] Active"#)
                try await run(cluster, ["apply", "-f", "-"], manifest: Self.daemonSet(namespace: "team-a"))
                let uid = try await run(cluster, ["-n", "team-a", "get", "ds", "fluentd", "-o", "jsonpath={.metadata.uid}"])
                try await run(cluster, ["create", "-f", "-"], manifest: Self.ownedPod(owner: uid, namespace: "team-a"))

                // kubectl waits until the namespace is gone, which needs its content gone first.
                #expect(try await run(cluster, ["delete", "namespace", "team-a"]) == "namespace \"team-a\" deleted\n")
                let names = try await run(cluster, ["get", "ns", "-o", "jsonpath={.items[*].metadata.name}"])
                #expect(names == "default kube-node-lease kube-public kube-system")
                let leftovers = try await cluster.curl("/apis/apps/v1/namespaces/team-a/daemonsets")
                #expect(try JSONValue.parse(Data(leftovers.body.utf8))["items"] == .array([]))
                let recreated = try await cluster.kubectl(["create", "namespace", "team-a"])
                #expect(recreated.status == 0, "\(recreated)")
            }
        }
    }

    @Test func newContentIsRefusedInATerminatingNamespace() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                try await run(cluster, ["create", "namespace", "team-b"])
                // A finalizer nobody removes keeps a DaemonSet, and so the namespace, around.
                let held = Self.daemonSet(namespace: "team-b").replacingOccurrences(
                    of: "  labels: {app: fluentd}\nspec:", with: "  labels: {app: fluentd}\n  finalizers: [example.com/hold]\nspec:")
                try await run(cluster, ["apply", "-f", "-"], manifest: held)
                try await run(cluster, ["delete", "namespace", "team-b", "--wait=false"])
                #expect(try await run(cluster, ["get", "ns", "team-b", "-o", "jsonpath={.status.phase}"]) == "Terminating")
                let refused = try await cluster.kubectl(["apply", "-f", "-"], manifest: Self.daemonSet(namespace: "team-b").replacingOccurrences(of: "name: fluentd\n", with: "name: other\n"))
                #expect(refused.status != 0)
                #expect(refused.stderr.contains("unable to create new content in namespace team-b because it is being terminated"), "\(refused)")

                // Releasing the namespace by hand through `/finalize`, as users unstick one, lets it go at once.
                let namespace = try await run(cluster, ["get", "ns", "team-b", "-o", "json"])
                guard case .object(var object) = try JSONValue.parse(Data(namespace.utf8)) else {
                    Issue.record("not an object: \(namespace)")
                    return
                }
                object["spec"] = .object(["finalizers": .array([])])
                let released = try await cluster.kubectl(
                    ["replace", "--raw", "/api/v1/namespaces/team-b/finalize", "-f", "-"],
                    manifest: String(decoding: JSONValue.object(object).canonicalBytes, as: UTF8.self))
                #expect(released.status == 0, "\(released)")
                #expect(try await cluster.kubectl(["get", "ns", "team-b"]).stderr.contains("NotFound"))
            }
        }
    }

    @Test func drainEvictsThePodsOfANode() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                try await run(cluster, ["create", "-f", "-"], manifest: Self.node)
                let pod = """
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: web, namespace: default}
                    spec:
                      nodeName: node-1
                      terminationGracePeriodSeconds: 0
                      containers: [{name: c, image: nginx}]
                    """
                try await run(cluster, ["create", "-f", "-"], manifest: pod)
                // The eviction is a protobuf POST to pods/eviction.
                let output = try await run(cluster, ["drain", "node-1", "--force", "--timeout=20s"])
                #expect(output.contains("pod/web evicted"), "\(output)")
                #expect(output.contains("node/node-1 drained"))
                #expect(try await cluster.kubectl(["get", "pod", "web"]).stderr.contains("NotFound"))
                #expect(try await run(cluster, ["get", "node", "node-1", "-o", "jsonpath={.spec.unschedulable}"]) == "true")
            }
        }
    }
}
