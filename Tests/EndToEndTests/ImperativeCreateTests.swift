import Foundation
import KubeModel
import KubeTestSupport
import Testing

/// kubectl's imperative `create` commands send protobuf bodies; the schema kinds read them from the field
/// numbers their tables state.
@Suite("kubectl create, imperatively")
struct ImperativeCreateTests {
    @Test func theCreateCommandsOfTheAgentKindsWork() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let pki = cluster.server.dataDirectory + "/pki/"
                let commands: [[String]] = [
                    ["configmap", "settings", "--from-literal=level=info", "--from-literal=mode=fast"],
                    ["secret", "generic", "token", "--from-literal=token=s3cret"],
                    ["secret", "tls", "serving", "--cert=" + pki + "apiserver.crt", "--key=" + pki + "apiserver.key"],
                    ["serviceaccount", "agent"],
                    ["role", "reader", "--verb=get,list", "--resource=pods,configmaps"],
                    ["clusterrole", "node-reader", "--verb=get", "--resource=nodes"],
                    ["rolebinding", "reader", "--role=reader", "--serviceaccount=default:agent"],
                    ["clusterrolebinding", "node-reader", "--clusterrole=node-reader", "--user=ops"],
                    ["priorityclass", "agents", "--value=1000", "--description=agents first"],
                    ["quota", "small", "--hard=pods=4,cpu=2"],
                    ["service", "clusterip", "metrics", "--tcp=9100:9100"],
                    ["pdb", "agents", "--selector=app=agent", "--min-available=1"],
                    ["deployment", "aggregator", "--image=registry.example.net/aggregator:1.0", "--replicas=0", "--port=8080"],
                    ["job", "once", "--image=busybox", "--", "echo", "hi"],
                    ["cronjob", "hourly", "--image=busybox", "--schedule=@hourly"],
                ]
                for command in commands {
                    let created = try await cluster.kubectl(["create"] + command)
                    #expect(created.status == 0, "kubectl create \(command.joined(separator: " ")): \(created)")
                }
                func get(_ arguments: [String]) async throws -> String {
                    try await cluster.kubectl(["get"] + arguments).stdout
                }
                #expect(try await get(["cm", "settings", "-o", "jsonpath={.data}"]) == #"{"level":"info","mode":"fast"}"#)
                #expect(
                    try await get(["secret", "token", "-o", "jsonpath={.type} {.data.token}"])
                        == "Opaque " + Data("s3cret".utf8).base64EncodedString())
                #expect(try await get(["secret", "serving", "-o", "jsonpath={.type}"]) == "kubernetes.io/tls")
                #expect(
                    try await get(["role", "reader", "-o", "jsonpath={.rules[0].verbs} {.rules[0].resources}"])
                        == #"["get","list"] ["pods","configmaps"]"#)
                #expect(
                    try await get(["rolebinding", "reader", "-o", "jsonpath={.roleRef.kind}/{.roleRef.name} {.subjects[0].kind}/{.subjects[0].namespace}/{.subjects[0].name}"])
                        == "Role/reader ServiceAccount/default/agent")
                #expect(try await get(["priorityclass", "agents", "-o", "jsonpath={.value} {.description}"]) == "1000 agents first")
                #expect(try await get(["quota", "small", "-o", "jsonpath={.spec.hard.cpu} {.spec.hard.pods}"]) == "2 4")
                #expect(
                    try await get(["svc", "metrics", "-o", "jsonpath={.spec.ports[0].port}/{.spec.ports[0].targetPort} {.spec.selector.app}"])
                        == "9100/9100 metrics")
                #expect(try await get(["pdb", "agents", "-o", "jsonpath={.spec.minAvailable} {.spec.selector.matchLabels.app}"]) == "1 agent")
                // A pointer field set to zero survives: replicas 0 is not replicas unset.
                #expect(
                    try await get(["deploy", "aggregator", "-o", "jsonpath={.spec.replicas} {.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].ports[0].containerPort}"])
                        == "0 registry.example.net/aggregator:1.0 8080")
                #expect(try await get(["job", "once", "-o", "jsonpath={.spec.template.spec.containers[0].command}"]) == #"["echo","hi"]"#)
                #expect(try await get(["cronjob", "hourly", "-o", "jsonpath={.spec.schedule}"]) == "@hourly")
            }
        }
    }

    @Test func aServiceKeepsItsClusterIPWhenAReplaceLeavesItOut() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let service = """
                    apiVersion: v1
                    kind: Service
                    metadata: {name: metrics, namespace: default}
                    spec:
                      selector: {app: agent}
                      ports: [{port: 9100}]
                    """
                #expect(try await cluster.kubectl(["create", "-f", "-"], manifest: service).status == 0)
                let before = try await cluster.kubectl(["get", "svc", "metrics", "-o", "jsonpath={.spec.clusterIP}"]).stdout
                #expect(before.hasPrefix("10."), "\(before)")
                let replaced = try await cluster.kubectl(
                    ["replace", "-f", "-"], manifest: service.replacingOccurrences(of: "9100", with: "9101"))
                #expect(replaced.status == 0, "\(replaced)")
                let after = try await cluster.kubectl(["get", "svc", "metrics", "-o", "jsonpath={.spec.clusterIP} {.spec.ports[0].port}"])
                #expect(after.stdout == before + " 9101", "\(after)")
            }
        }
    }

    @Test func aKindWithoutALayoutIsStillRefusedWithUpstreams415() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                // An Ingress's rules have no field numbers here.
                let ingress = try await cluster.kubectl(["create", "ingress", "web", "--rule=example.net/=web:80"])
                #expect(ingress.status != 0)
                #expect(ingress.stderr.contains("the body of the request was in an unknown format"), "\(ingress)")
            }
        }
    }
}
