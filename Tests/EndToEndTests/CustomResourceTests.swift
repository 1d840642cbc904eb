import Foundation
import KubeModel
import KubeTestSupport
import Testing

/// CustomResourceDefinitions through real kubectl: an agent that brings its own API on `daemonry up`, and the
/// lifecycle of a definition and its objects against the API server.
@Suite("Custom resources")
struct CustomResourceTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples")
    static let agent = examples.appendingPathComponent("mesh-agent.yaml").path
    static let configuration = examples.appendingPathComponent("mesh-agent-config.yaml").path

    @Test func anAgentWithItsOwnResourcesAppliesAndRollsOut() async throws {
        try await withSystem { system in
            let applied = try await system.kubectl(["apply", "-f", Self.agent])
            #expect(applied.status == 0, "\(applied)")
            #expect(applied.stdout.contains("customresourcedefinition.apiextensions.k8s.io/meshpeers.mesh.example.net created"))
            #expect(applied.stdout.contains("daemonset.apps/mesh-speaker created"), "\(applied)")
            #expect(try await eventually(timeout: .seconds(60)) {
                try await system.status("mesh-speaker", namespace: "mesh-system").hasPrefix("3 3 3")
            })

            // The definitions' objects, client-side then server-side over them.
            let configured = try await system.kubectl(["apply", "-f", Self.configuration])
            #expect(configured.status == 0, "\(configured)")
            #expect(configured.stdout.contains("addresspool.mesh.example.net/edge created"), "\(configured)")
            let serverSide = try await system.kubectl(["apply", "--server-side", "-f", Self.configuration])
            #expect(serverSide.status == 0, "\(serverSide)")
            let again = try await system.kubectl(["apply", "--server-side", "-f", Self.agent])
            #expect(again.status == 0, "\(again)")

            // The printer columns, with defaults filled in and a category kubectl expands.
            let pools = try await system.run(["get", "apool"])
            #expect(pools.split(separator: "\n").first?.split(separator: " ") == ["NAME", "CIDR", "AUTO-ASSIGN", "AGE"], "\(pools)")
            #expect(pools.contains("edge") && pools.contains("192.0.2.0/28") && pools.contains("true"), "\(pools)")
            let peers = try await system.run(["get", "mesh", "-A"])
            #expect(peers.contains("upstream-router") && peers.contains("64512"), "\(peers)")
            // The port pair keyed by port and protocol round-trips through server-side apply.
            let ports = try await system.run([
                "get", "meshpeer", "upstream-router", "-n", "mesh-system", "-o",
                "jsonpath={range .spec.ports[*]}{.port}/{.protocol} {end}{.spec.holdTime}",
            ])
            #expect(ports == "179/TCP 179/UDP 90s")

            // A status written through the subresource shows in its column.
            let status = try await system.kubectl([
                "patch", "meshpeer", "upstream-router", "-n", "mesh-system", "--subresource=status", "--type=merge", "-p",
                #"{"status":{"sessions":1,"conditions":[{"type":"Established","status":"True"}]}}"#,
            ])
            #expect(status.status == 0, "\(status)")
            let established = try await system.run(["get", "meshpeers", "-n", "mesh-system"])
            #expect(established.split(separator: "\n").last?.split(separator: " ").last == "True", "\(established)")

            let explain = try await system.kubectl(["explain", "meshpeer.spec.peerASN"])
            #expect(explain.stdout.contains("peerASN") && explain.stdout.contains("<integer>"), "\(explain)")
        }
    }

    /// A definition in the shape of a real one, served at once; its objects validated, pruned, defaulted, with
    /// status and scale subresources; removed with their definition; served again after a restart.
    static let widgets = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.toys.example.com
        spec:
          group: toys.example.com
          scope: Namespaced
          names: {kind: Widget, plural: widgets, shortNames: [wd]}
          versions:
          - name: v1
            served: true
            storage: true
            subresources:
              status: {}
              scale: {specReplicasPath: .spec.replicas, statusReplicasPath: .status.replicas}
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    required: [size]
                    properties:
                      size: {type: integer, minimum: 1, maximum: 10}
                      color: {type: string, enum: [red, blue], default: red}
                      replicas: {type: integer}
                  status:
                    type: object
                    properties:
                      replicas: {type: integer}
        """

    static func widget(_ name: String, _ spec: String) -> String {
        """
        apiVersion: toys.example.com/v1
        kind: Widget
        metadata: {name: \(name), namespace: default}
        spec: \(spec)
        """
    }

    @Test func aDefinitionServesItsResourceUntilItIsDeleted() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let created = try await cluster.kubectl(["apply", "-f", "-"], manifest: Self.widgets)
                #expect(created.status == 0, "\(created)")
                let conditions = try await cluster.kubectl([
                    "get", "crd", "widgets.toys.example.com", "-o",
                    "jsonpath={range .status.conditions[*]}{.type}={.status} {end}{.status.storedVersions}",
                ])
                #expect(conditions.stdout == #"NamesAccepted=True Established=True ["v1"]"#, "\(conditions)")

                // Served in the next request: defaulted.
                let first = try await cluster.kubectl(["create", "-f", "-"], manifest: Self.widget("w1", "{size: 3}"))
                #expect(first.status == 0, "\(first)")
                let color = try await cluster.kubectl(["get", "wd", "w1", "-o", "jsonpath={.spec.color} {.metadata.generation}"])
                #expect(color.stdout == "red 1", "\(color)")

                // Validation, with upstream's 422.
                let invalid = try await cluster.kubectl(
                    ["create", "-f", "-"], manifest: Self.widget("w2", #"{size: 11, color: pink}"#))
                #expect(invalid.status != 0)
                #expect(invalid.stderr.contains(#"spec.color: Unsupported value: "pink": supported values: "red", "blue""#), "\(invalid)")
                #expect(invalid.stderr.contains("spec.size: Invalid value: 11: spec.size in body should be less than or equal to 10"))
                // Unknown fields: refused under kubectl's default strict validation, pruned with a warning otherwise.
                let strict = try await cluster.kubectl(["create", "-f", "-"], manifest: Self.widget("w3", "{size: 2, shape: round}"))
                #expect(strict.stderr.contains(#"strict decoding error: unknown field "spec.shape""#), "\(strict)")
                let warned = try await cluster.kubectl(
                    ["create", "--validate=warn", "-f", "-"], manifest: Self.widget("w3", "{size: 2, shape: round}"))
                #expect(warned.status == 0, "\(warned)")
                #expect(warned.stderr.contains(#"Warning: unknown field "spec.shape""#), "\(warned)")
                let pruned = try await cluster.kubectl(["get", "wd", "w3", "-o", "jsonpath={.spec}"])
                #expect(pruned.stdout == #"{"color":"red","size":2}"#, "\(pruned)")

                // Status belongs to its subresource; scale writes the replicas path.
                let ignored = try await cluster.kubectl(["patch", "wd", "w1", "--type=merge", "-p", #"{"status":{"replicas":9}}"#])
                #expect(ignored.status == 0, "\(ignored)")
                let scaled = try await cluster.kubectl(["scale", "wd", "w1", "--replicas=4"])
                #expect(scaled.status == 0, "\(scaled)")
                let (code, scale) = try await cluster.curl("/apis/toys.example.com/v1/namespaces/default/widgets/w1/scale")
                #expect(code == 200)
                let scaleObject = try JSONValue.parse(Data(scale.utf8))
                #expect(scaleObject["spec"]?["replicas"] == 4 && scaleObject["status"]?["replicas"] == 0, "\(scale)")
                #expect(scaleObject["kind"] == "Scale" && scaleObject["apiVersion"] == "autoscaling/v1")

                // Custom resources take no strategic merge patch.
                let strategic = try await cluster.kubectl(["patch", "wd", "w1", "--type=strategic", "-p", #"{"spec":{"size":5}}"#])
                #expect(strategic.stderr.contains("the body of the request was in an unknown format"), "\(strategic)")

                // Deleting the definition deletes its objects and stops serving them.
                let deleted = try await cluster.kubectl(["delete", "crd", "widgets.toys.example.com", "--timeout=30s"])
                #expect(deleted.status == 0, "\(deleted)")
                #expect(try cluster.controlPlane.store.list(resource: "widgets.toys.example.com").items.isEmpty)
                let gone = try await cluster.curl("/apis/toys.example.com/v1/namespaces/default/widgets")
                #expect(gone.status == 404)
                let groups = try await cluster.curl("/apis")
                #expect(!groups.body.contains("toys.example.com"))
            }
        }
    }

    @Test func customObjectsAreCollectedWithTheirOwnerAndTheirNamespace() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let definition = try await cluster.kubectl(["apply", "-f", "-"], manifest: Self.widgets)
                #expect(definition.status == 0, "\(definition)")
                let owner = try await cluster.kubectl(["create", "configmap", "owner", "-o", "jsonpath={.metadata.uid}"])
                #expect(owner.status == 0, "\(owner)")
                let owned = Self.widget("owned", "{size: 1}").replacingOccurrences(
                    of: "metadata: {name: owned, namespace: default}",
                    with: "metadata: {name: owned, namespace: default, ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: owner, uid: \(owner.stdout)}]}")
                let created = try await cluster.kubectl(["create", "-f", "-"], manifest: owned)
                #expect(created.status == 0, "\(created)")
                _ = try await cluster.kubectl(["delete", "configmap", "owner"])
                #expect(try await eventually(timeout: .seconds(20)) {
                    try cluster.controlPlane.store.list(resource: "widgets.toys.example.com").items.isEmpty
                })

                // A namespace being deleted takes its custom objects with it.
                _ = try await cluster.kubectl(["create", "namespace", "toys"])
                let inNamespace = Self.widget("kept", "{size: 2}").replacingOccurrences(of: "namespace: default", with: "namespace: toys")
                #expect(try await cluster.kubectl(["create", "-f", "-"], manifest: inNamespace).status == 0)
                let deleted = try await cluster.kubectl(["delete", "namespace", "toys", "--timeout=30s"])
                #expect(deleted.status == 0, "\(deleted)")
                #expect(try cluster.controlPlane.store.list(resource: "widgets.toys.example.com").items.isEmpty)
            }
        }
    }

    @Test func aDefinitionBeingDeletedServesItsObjectsButTakesNoNewOnes() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                #expect(try await cluster.kubectl(["apply", "-f", "-"], manifest: Self.widgets).status == 0)
                let held = Self.widget("held", "{size: 1}").replacingOccurrences(
                    of: "metadata: {name: held, namespace: default}",
                    with: "metadata: {name: held, namespace: default, finalizers: [toys.example.com/hold]}")
                #expect(try await cluster.kubectl(["create", "-f", "-"], manifest: held).status == 0)
                let deleting = try await cluster.kubectl(["delete", "crd", "widgets.toys.example.com", "--wait=false"])
                #expect(deleting.status == 0, "\(deleting)")
                let terminating = try await eventually(timeout: .seconds(10)) {
                    try await cluster.kubectl([
                        "get", "crd", "widgets.toys.example.com", "-o", "jsonpath={.status.conditions[?(@.type==\"Terminating\")].status}",
                    ]).stdout == "True"
                }
                #expect(terminating)
                let refused = try await cluster.kubectl(["create", "-f", "-"], manifest: Self.widget("late", "{size: 1}"))
                #expect(refused.stderr.contains("create not allowed while custom resource definition is terminating"), "\(refused)")
                let (_, discovery) = try await cluster.curl("/apis/toys.example.com/v1")
                #expect(discovery.contains(#""verbs":["delete","deletecollection","get","list","watch"]"#), "\(discovery)")

                // Its last object released, the definition goes.
                let released = try await cluster.kubectl(["patch", "wd", "held", "--type=merge", "-p", #"{"metadata":{"finalizers":null}}"#])
                #expect(released.status == 0, "\(released)")
                #expect(try await eventually(timeout: .seconds(20)) {
                    try await cluster.kubectl(["get", "crd", "widgets.toys.example.com"]).stderr.contains("NotFound")
                })
            }
        }
    }

    @Test func definitionsAreServedAgainAfterARestartAndByOlderKubectl() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let definition = try await cluster.kubectl(["apply", "-f", "-"], manifest: Self.widgets)
                #expect(definition.status == 0, "\(definition)")
                let object = try await cluster.kubectl(["apply", "-f", "-"], manifest: Self.widget("kept", "{size: 1}"))
                #expect(object.status == 0, "\(object)")
            }
            try await withCluster(dataDirectory: directory) { cluster in
                let listed = try await cluster.kubectl(["get", "widgets", "-o", "name"])
                #expect(listed.stdout == "widget.toys.example.com/kept\n", "\(listed)")
                for version in ["1.27", "1.28"] where KubectlExplainTests.versions.contains(version) {
                    let binary = KubectlExplainTests.kubectlDirectory + "/kubectl." + version
                    let base = [
                        binary, "--kubeconfig", cluster.server.listening.kubeconfigPath, "--cache-dir",
                        directory + "/cache-" + version,
                    ]
                    let path = directory + "/widget-\(version).yaml"
                    try Self.widget("old-\(version.replacingOccurrences(of: ".", with: "-"))", "{size: 2}")
                        .write(toFile: path, atomically: true, encoding: .utf8)
                    let applied = try await runCommand(base + ["apply", "-f", path])
                    #expect(applied.status == 0, "kubectl \(version): \(applied)")
                    let explained = try await runCommand(base + ["explain", "widget.spec.color"])
                    #expect(explained.stdout.contains("color"), "kubectl \(version): \(explained)")
                }
            }
        }
    }
}
