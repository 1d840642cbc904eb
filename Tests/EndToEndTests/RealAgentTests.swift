import Foundation
import KubeModel
import KubeTestSupport
import Testing

/// A whole agent's manifest (examples/probe-agent.yaml: ServiceAccount, RBAC, ConfigMap, Secret, Service,
/// PriorityClass, Deployment, DaemonSet) through real kubectl against `daemonry up`.
@Suite("Real agents' manifests on daemonry up")
struct RealAgentTests {
    static let manifest = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/probe-agent.yaml").path

    @Test func anAgentManifestAppliesClientSideAndServerSideAndRollsOut() async throws {
        try await withSystem { system in
            let applied = try await system.kubectl(["apply", "-f", Self.manifest])
            #expect(applied.status == 0, "\(applied)")
            for created in [
                "serviceaccount/probe-agent created", "clusterrole.rbac.authorization.k8s.io/probe-agent:reader created",
                "configmap/probe-agent-config created", "secret/probe-agent-token created", "service/probe-agent created",
                "deployment.apps/probe-aggregator created", "daemonset.apps/probe-agent created",
            ] {
                #expect(applied.stdout.contains(created), "\(applied)")
            }
            // Kinds stored but not run or enforced say so, as upstream's Warning headers are printed.
            #expect(applied.stderr.contains("Warning: daemonry up stores and lists Deployment objects but runs no controller"))
            #expect(applied.stderr.contains("Warning: daemonry stores RBAC objects but does not enforce them"))

            let ready = try await eventually(timeout: .seconds(60)) {
                try await system.status("probe-agent", namespace: "monitoring").hasPrefix("3 3 3")
            }
            #expect(ready)

            // The same objects again with server-side apply, over what client-side apply created.
            let serverSide = try await system.kubectl(["apply", "--server-side", "-f", Self.manifest])
            #expect(serverSide.status == 0, "\(serverSide)")
            let ports = try await system.run([
                "get", "ds", "probe-agent", "-n", "monitoring", "-o",
                "jsonpath={range .spec.template.spec.containers[0].ports[*]}{.containerPort}/{.protocol} {end}",
            ])
            #expect(ports == "7946/TCP 7946/UDP ")

            // A copy in another namespace, created by server-side apply alone: the TCP/UDP pair round-trips.
            let copy = try String(contentsOfFile: Self.manifest, encoding: .utf8)
                .replacingOccurrences(of: "namespace: monitoring", with: "namespace: probes")
                .replacingOccurrences(of: "name: monitoring", with: "name: probes")
                .replacingOccurrences(of: "name: probe-agent:reader", with: "name: probe-agent:reader-2")
                .replacingOccurrences(of: "  name: probe-agent\nroleRef", with: "  name: probe-agent-2\nroleRef")
                .replacingOccurrences(of: "name: probe-agent-critical", with: "name: probe-agent-critical-2")
            let path = system.directory + "/probes.yaml"
            try copy.write(toFile: path, atomically: true, encoding: .utf8)
            let created = try await system.kubectl(["apply", "--server-side", "-f", path])
            #expect(created.status == 0, "\(created)")
            let copiedPorts = try await system.run([
                "get", "svc", "probe-agent", "-n", "probes", "-o",
                "jsonpath={range .spec.ports[*]}{.port}/{.protocol} {end}",
            ])
            #expect(copiedPorts == "9110/TCP 7946/TCP 7946/UDP ")

            // What upstream's controllers and defaults add.
            #expect(try await eventually(timeout: .seconds(20)) {
                (try? await system.run(["get", "sa", "default", "-n", "probes", "-o", "name"])) == "serviceaccount/default\n"
            })
            let secret = try await system.run(["get", "secret", "probe-agent-token", "-n", "monitoring", "-o", "jsonpath={.type} {.data.token}"])
            #expect(secret == "Opaque " + Data("s3cret".utf8).base64EncodedString())
            let service = try await system.run(["get", "svc", "probe-agent", "-n", "monitoring", "-o", "jsonpath={.spec.type} {.spec.clusterIP}"])
            #expect(service.hasPrefix("ClusterIP 10."), "\(service)")
            let classes = try await system.run(["get", "priorityclasses", "-o", "name"])
            #expect(classes.contains("priorityclass.scheduling.k8s.io/system-node-critical"))

            // Tables with upstream's columns.
            let configMaps = try await system.run(["get", "cm", "-n", "monitoring"])
            #expect(configMaps.split(separator: "\n").first?.split(separator: " ", omittingEmptySubsequences: true) == ["NAME", "DATA", "AGE"])
            #expect(configMaps.contains("probe-agent-config"))
            let services = try await system.run(["get", "svc", "-n", "monitoring"])
            #expect(services.contains("9110/TCP,7946/TCP,7946/UDP"), "\(services)")
            let bindings = try await system.run(["get", "clusterrolebinding", "probe-agent"])
            #expect(bindings.contains("ClusterRole/probe-agent:reader"), "\(bindings)")

            // explain reads the derived OpenAPI.
            let explain = try await system.kubectl(["explain", "clusterrole.rules.verbs"])
            #expect(explain.status == 0, "\(explain)")
            #expect(explain.stdout.contains("[]string"), "\(explain)")

            // The DaemonSet rolls out to a new image.
            try await system.run(["set", "image", "ds/probe-agent", "-n", "monitoring", "agent=registry.example/probe-agent:1.1"])
            try await system.rolloutStatus("ds/probe-agent", namespace: "monitoring")
        }
    }

    @Test func fieldsOutsideTheSchemaAndValuesOfTheWrongTypeAreRefused() async throws {
        try await withSystem { system in
            let typo = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: typo}
                datta: {a: b}
                """
            let path = system.directory + "/typo.yaml"
            try typo.write(toFile: path, atomically: true, encoding: .utf8)
            let strict = try await system.kubectl(["apply", "-f", path])
            #expect(strict.status != 0)
            #expect(strict.stderr.contains(#"unknown field "datta""#), "\(strict)")

            let number = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: number}
                data: {count: 3}
                """
            try number.write(toFile: path, atomically: true, encoding: .utf8)
            let wrongType = try await system.kubectl(["apply", "-f", path])
            #expect(wrongType.status != 0)
            #expect(
                wrongType.stderr.contains(
                    #"ConfigMap in version "v1" cannot be handled as a ConfigMap: json: cannot unmarshal number into Go struct field ConfigMap.data of type string"#),
                "\(wrongType)")

            let nested = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: nested, namespace: default}
                rules:
                - {apiGroups: [""], resources: [pods], verbs: [get], verb: [list]}
                """
            try nested.write(toFile: path, atomically: true, encoding: .utf8)
            let nestedTypo = try await system.kubectl(["apply", "-f", path])
            #expect(nestedTypo.stderr.contains(#"unknown field "rules[0].verb""#), "\(nestedTypo)")
        }
    }

    /// kubectl 1.27 and 1.28 read the protobuf `/openapi/v2` before `apply` and `diff`; without it they
    /// refused every command with "the server could not find the requested resource".
    @Test(arguments: ["1.27", "1.28"].filter {
        FileManager.default.isExecutableFile(atPath: KubectlExplainTests.kubectlDirectory + "/kubectl." + $0)
    })
    func olderKubectlAppliesAndDiffsTheAgent(version: String) async throws {
        try await withSystem { system in
            func kubectl(_ arguments: [String]) async throws -> CommandResult {
                try await runCommand(
                    [KubectlExplainTests.kubectlDirectory + "/kubectl." + version, "--kubeconfig", system.kubeconfig,
                     "--cache-dir", system.directory + "/cache-" + version] + arguments)
            }
            let applied = try await kubectl(["apply", "-f", Self.manifest])
            #expect(applied.status == 0, "\(applied)")
            #expect(applied.stdout.contains("daemonset.apps/probe-agent created"), "\(applied)")
            let serverSide = try await kubectl(["apply", "--server-side", "-f", Self.manifest])
            #expect(serverSide.status == 0, "\(serverSide)")
            // Nothing differs between the manifest and what the server holds.
            let diff = try await kubectl(["diff", "-f", Self.manifest])
            #expect(diff.status == 0, "\(diff)")
            let changed = try String(contentsOfFile: Self.manifest, encoding: .utf8)
                .replacingOccurrences(of: "interval = 15s", with: "interval = 30s")
            let path = system.directory + "/changed.yaml"
            try changed.write(toFile: path, atomically: true, encoding: .utf8)
            let differs = try await kubectl(["diff", "-f", path])
            #expect(differs.status == 1, "\(differs)")
            #expect(differs.stdout.contains("+    interval = 30s"), "\(differs)")
        }
    }

    /// Upstream's ServiceAccount, Priority and RuntimeClass admission: what a pod names must exist, and a
    /// DaemonSet whose pods are refused reports FailedCreate with the refusal.
    @Test func podsNamingMissingObjectsAreRefusedAndTakeTheirClassPriority() async throws {
        try await withSystem { system in
            for (overrides, message) in [
                (#"{"spec":{"serviceAccountName":"ghost"}}"#,
                 #"pods "lonely" is forbidden: error looking up service account default/ghost: serviceaccount "ghost" not found"#),
                (#"{"spec":{"priorityClassName":"nope"}}"#, #"pods "lonely" is forbidden: no PriorityClass with name nope was found"#),
                (#"{"spec":{"runtimeClassName":"gvisor"}}"#, #"pods "lonely" is forbidden: pod rejected: RuntimeClass "gvisor" not found"#),
            ] {
                let refused = try await system.kubectl(["run", "lonely", "--image=busybox", "--overrides=" + overrides])
                #expect(refused.status != 0)
                #expect(refused.stderr == "Error from server (Forbidden): " + message + "\n", "\(refused)")
            }
            try await system.run(["run", "urgent", "--image=busybox", #"--overrides={"spec":{"priorityClassName":"system-node-critical"}}"#])
            #expect(try await system.run(["get", "pod", "urgent", "-o", "jsonpath={.spec.priority}"]) == "2000001000")
            // A pod naming no class takes the global default's, preemption policy included.
            try await system.apply(
                "apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata: {name: fleet}\nvalue: 1000\n"
                    + "globalDefault: true\npreemptionPolicy: Never\n")
            try await system.run(["run", "plain", "--image=busybox"])
            #expect(
                try await system.run(["get", "pod", "plain", "-o", "jsonpath={.spec.priority} {.spec.preemptionPolicy}"])
                    == "1000 Never")

            try await system.apply(
                """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: ghosty, namespace: default}
                spec:
                  selector: {matchLabels: {app: ghosty}}
                  template:
                    metadata: {labels: {app: ghosty}}
                    spec:
                      serviceAccountName: ghost
                      containers: [{name: c, image: busybox}]
                """)
            let reported = try await eventually(timeout: .seconds(30)) {
                let events = try await system.run(["get", "events", "--field-selector", "reason=FailedCreate", "-o", "jsonpath={.items[*].message}"])
                return events.contains(
                    #"Error creating: pods "ghosty-" is forbidden: error looking up service account default/ghost: serviceaccount "ghost" not found"#)
            }
            #expect(reported)
            // Once the account exists, the pods come.
            try await system.apply("apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: ghost, namespace: default}\n")
            #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("ghosty").count == 3 })
        }
    }
}
