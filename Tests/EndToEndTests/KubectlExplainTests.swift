import Foundation
import KubeTestSupport
import Testing

@testable import KubeAPIServer

/// `kubectl explain` reads the OpenAPI v3 documents for every served kind, and client-side apply of every
/// kind keeps sending `fieldValidation=Strict` (which the server answers with upstream's strict decoding
/// errors).
/// Pinned kubectl binaries (`kubectl.1.29` ... next to the gcloud dispatcher) cover the versions the
/// dispatcher would not pick against this server's `/version`.
@Suite("kubectl explain against the embedded server")
struct KubectlExplainTests {
    /// The gcloud dispatcher's directory, where the per-minor kubectl binaries live.
    static let kubectlDirectory = URL(fileURLWithPath: "/usr/bin/kubectl").resolvingSymlinksInPath()
        .deletingLastPathComponent().path

    /// The installed versions: 1.29 and later read OpenAPI v3, 1.27 and 1.28 the protobuf `/openapi/v2`.
    static let versions = ["1.27", "1.28", "1.29", "1.30", "1.31", "1.32", "1.33"].filter {
        FileManager.default.isExecutableFile(atPath: kubectlDirectory + "/kubectl." + $0)
    }

    /// Whitespace runs as one space, so assertions ignore kubectl's wrapping and indentation.
    func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `kubectl explain ARGS...` with the binary of `version` (the dispatcher's choice when nil), flattened.
    func explain(_ cluster: RunningCluster, _ arguments: [String], version: String? = nil) async throws -> String {
        let binary = version.map { Self.kubectlDirectory + "/kubectl." + $0 } ?? "kubectl"
        let result = try await runCommand([
            binary, "--kubeconfig", cluster.server.listening.kubeconfigPath, "--cache-dir",
            cluster.server.dataDirectory + "/kubectl-cache-\(UUID().uuidString)", "explain",
        ] + arguments)
        #expect(result.status == 0, "kubectl \(version ?? "") explain \(arguments.joined(separator: " ")): \(result)")
        return flattened(result.stdout)
    }

    @Test(arguments: [nil] + versions.map(Optional.some))
    func explainDescribesEveryKind(version: String?) async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let pod = try await explain(cluster, ["pod"], version: version)
                #expect(pod.contains("KIND: Pod VERSION: v1"), "\(pod)")
                #expect(pod.contains(Self.summary("io.k8s.api.core.v1.Pod")), "\(pod)")
                #expect(pod.contains("spec <PodSpec>") && pod.contains("status <PodStatus>"), "\(pod)")

                let containers = try await explain(cluster, ["pod.spec.containers"], version: version)
                #expect(containers.contains("FIELD: containers <[]Container>"), "\(containers)")
                #expect(containers.contains(Self.summary("io.k8s.api.core.v1.PodSpec", "containers")), "\(containers)")
                #expect(containers.contains("livenessProbe <Probe>"), "\(containers)")
                #expect(containers.contains("name <string> -required-"), "\(containers)")
                #expect(containers.contains("resources <ResourceRequirements>"), "\(containers)")

                let probe = try await explain(cluster, ["pods.spec.containers.livenessProbe"], version: version)
                #expect(probe.contains("httpGet <HTTPGetAction>") && probe.contains("periodSeconds <integer>"), "\(probe)")

                let taints = try await explain(cluster, ["node.spec.taints"], version: version)
                #expect(taints.contains("KIND: Node"), "\(taints)")
                #expect(taints.contains("FIELD: taints <[]Taint>"), "\(taints)")
                #expect(taints.contains("effect <string> -required-"), "\(taints)")
                #expect(taints.contains("key <string> -required-"), "\(taints)")

                let lease = try await explain(cluster, ["lease.spec"], version: version)
                #expect(lease.contains("GROUP: coordination.k8s.io KIND: Lease"), "\(lease)")
                // kubectl shows a date-time (Time, MicroTime) as a string, as against a real cluster.
                #expect(
                    lease.contains("renewTime <string> " + Self.summary("io.k8s.api.coordination.v1.LeaseSpec", "renewTime")),
                    "\(lease)")
                #expect(lease.contains("holderIdentity <string>"), "\(lease)")

                let revision = try await explain(cluster, ["controllerrevision"], version: version)
                #expect(revision.contains("GROUP: apps KIND: ControllerRevision"), "\(revision)")
                #expect(revision.contains("revision <integer> -required-"), "\(revision)")
                #expect(revision.contains("data <RawExtension>"), "\(revision)")

                let namespace = try await explain(cluster, ["namespace.status"], version: version)
                #expect(namespace.contains("KIND: Namespace"), "\(namespace)")
                #expect(namespace.contains("conditions <[]NamespaceCondition>") && namespace.contains("phase <string>"))

                let event = try await explain(cluster, ["event", "--api-version=v1"], version: version)
                #expect(event.contains("KIND: Event VERSION: v1"), "\(event)")
                #expect(event.contains("involvedObject <ObjectReference> -required-"), "\(event)")

                let eventV1 = try await explain(cluster, ["events", "--api-version=events.k8s.io/v1"], version: version)
                #expect(eventV1.contains("GROUP: events.k8s.io KIND: Event VERSION: v1"), "\(eventV1)")
                #expect(eventV1.contains("eventTime <string> -required-"), "\(eventV1)")
                #expect(eventV1.contains("regarding <ObjectReference>"), "\(eventV1)")

                // Deprecated in-tree volume sources are still described, as upstream does.
                let flocker = try await explain(cluster, ["pod.spec.volumes.flocker"], version: version)
                #expect(flocker.contains("FIELD: flocker <FlockerVolumeSource>"), "\(flocker)")
                #expect(flocker.contains(Self.summary("io.k8s.api.core.v1.FlockerVolumeSource")), "\(flocker)")
                #expect(flocker.contains("datasetName <string>") && flocker.contains("datasetUUID <string>"), "\(flocker)")

                // The DaemonSet's template shares the Pod's PodSpec.
                let template = try await explain(cluster, ["ds.spec.template.spec.tolerations"], version: version)
                #expect(template.contains("FIELD: tolerations <[]Toleration>"), "\(template)")
                #expect(template.contains("tolerationSeconds <integer>"), "\(template)")

                let recursive = try await explain(cluster, ["node", "--recursive"], version: version)
                #expect(recursive.contains("taints <[]Taint>"), "\(recursive)")
                #expect(recursive.contains("kubeletVersion <string> -required-"), "\(recursive)")
            }
        }
    }

    /// The summary the built-in tables give `type`, or of its `field`: what explain shows.
    static func summary(_ type: String, _ field: String? = nil) -> String {
        guard let schema = BuiltinTypes.all.first(where: { $0.name == type }) else { return "?" }
        guard let field else { return schema.summary }
        return schema.fields.first { $0.name == field }?.summary ?? "?"
    }

    /// One object of every served kind, each with the fields kubectl users set.
    static let everyKind = """
        apiVersion: v1
        kind: Namespace
        metadata: {name: team}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: node-9}
        spec:
          taints: [{key: k, effect: NoSchedule}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p1, namespace: team}
        spec:
          containers: [{name: c, image: "nginx:1", livenessProbe: {httpGet: {port: 80, path: /}}}]
        ---
        apiVersion: v1
        kind: Event
        metadata: {name: e1, namespace: team}
        involvedObject: {kind: Pod, name: p1, namespace: team}
        reason: Test
        ---
        apiVersion: events.k8s.io/v1
        kind: Event
        metadata: {name: e2, namespace: team}
        eventTime: "2026-11-29T12:00:00.000000Z"
        reportingController: test
        reportingInstance: test-1
        action: Testing
        reason: Test
        type: Normal
        regarding: {kind: Pod, name: p1, namespace: team}
        ---
        apiVersion: coordination.k8s.io/v1
        kind: Lease
        metadata: {name: l1, namespace: team}
        spec: {holderIdentity: me, leaseDurationSeconds: 10, renewTime: "2026-11-29T12:00:00.000000Z"}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds1, namespace: team}
        spec:
          selector: {matchLabels: {app: ds1}}
          template:
            metadata: {labels: {app: ds1}}
            spec: {containers: [{name: c, image: "nginx:1"}]}
        ---
        apiVersion: apps/v1
        kind: ControllerRevision
        metadata: {name: cr1, namespace: team}
        revision: 1
        data: {spec: {template: {}}}
        """

    /// With every kind's schema served, client-side apply of each kind still skips client validation and
    /// sends `fieldValidation=Strict`: valid objects are created then unchanged, unknown fields refused.
    @Test(arguments: versions)
    func everyKindAppliesWithStrictValidation(version: String) async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let manifest = cluster.server.dataDirectory + "/every-kind.yaml"
                func apply(_ text: String) async throws -> CommandResult {
                    try text.write(toFile: manifest, atomically: true, encoding: .utf8)
                    return try await runCommand([
                        Self.kubectlDirectory + "/kubectl." + version, "--kubeconfig",
                        cluster.server.listening.kubeconfigPath, "--cache-dir",
                        cluster.server.dataDirectory + "/kubectl-cache-\(UUID().uuidString)", "apply", "-f", manifest,
                    ])
                }
                let names = [
                    "namespace/team", "node/node-9", "pod/p1", "event/e1", "event.events.k8s.io/e2",
                    "lease.coordination.k8s.io/l1", "daemonset.apps/ds1", "controllerrevision.apps/cr1",
                ]
                let created = try await apply(Self.everyKind)
                #expect(created.stdout == names.map { $0 + " created\n" }.joined(), "\(created)")
                let unchanged = try await apply(Self.everyKind)
                #expect(unchanged.stdout == names.map { $0 + " unchanged\n" }.joined(), "\(unchanged)")

                let unknown = Self.everyKind.replacingOccurrences(of: "name: team}", with: "name: other}")
                    .replacingOccurrences(of: "namespace: team}", with: "namespace: other}")
                    .replacingOccurrences(of: "node-9", with: "node-8")
                    .replacingOccurrences(of: "\n---\n", with: "\nbogusField: 1\n---\n") + "\nbogusField: 1\n"
                let refused = try await apply(unknown)
                #expect(refused.status == 1)
                let kinds = ["Namespace", "Node", "Pod", "Event", "Event", "Lease", "DaemonSet", "ControllerRevision"]
                #expect(
                    refused.stderr == kinds.map {
                        "Error from server (BadRequest): error when creating \"\(manifest)\": \($0) in version \"v1\" "
                            + "cannot be handled as a \($0): strict decoding error: unknown field \"bogusField\"\n"
                    }.joined(),
                    "\(refused)")
            }
        }
    }

    @Test func unknownFieldsInPodsAndNodesGetUpstreamErrors() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let pod = """
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: web}
                    spec:
                      foo: 1
                      containers: [{name: web, image: "nginx:1"}]
                    """
                let strictPod = try await cluster.kubectl(["apply", "-f", "-"], manifest: pod)
                #expect(strictPod.status == 1)
                #expect(strictPod.stderr.hasPrefix("Error from server (BadRequest): error when creating \""), "\(strictPod)")
                #expect(
                    strictPod.stderr.hasSuffix(
                        ".yaml\": Pod in version \"v1\" cannot be handled as a Pod: strict decoding error: unknown "
                            + "field \"spec.foo\"\n"),
                    "\(strictPod)")

                let node = """
                    apiVersion: v1
                    kind: Node
                    metadata: {name: node-1}
                    spec:
                      taints: [{key: k, effect: NoSchedule, bogus: x}]
                    """
                let strictNode = try await cluster.kubectl(["apply", "-f", "-"], manifest: node)
                #expect(strictNode.status == 1)
                #expect(
                    strictNode.stderr.contains(
                        "Node in version \"v1\" cannot be handled as a Node: strict decoding error: unknown field "
                            + "\"spec.taints[0].bogus\""),
                    "\(strictNode)")

                // Without the unknown field both apply, and re-applying changes nothing.
                let valid = pod.replacingOccurrences(of: "  foo: 1\n", with: "")
                let created = try await cluster.kubectl(["apply", "-f", "-"], manifest: valid)
                #expect(created.stdout == "pod/web created\n", "\(created)")
                let unchanged = try await cluster.kubectl(["apply", "-f", "-"], manifest: valid)
                #expect(unchanged.stdout == "pod/web unchanged\n", "\(unchanged)")
                let nodeCreated = try await cluster.kubectl(
                    ["apply", "-f", "-"], manifest: node.replacingOccurrences(of: ", bogus: x", with: ""))
                #expect(nodeCreated.stdout == "node/node-1 created\n", "\(nodeCreated)")
            }
        }
    }
}
