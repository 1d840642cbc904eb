import Foundation
import KubeAPIServer
import KubeModel
import KubeTestSupport
import Testing

/// Serves DaemonSet lists the way the REST layer will: a Table when the Accept header asks for one,
/// the plain list otherwise. Only for these tests.
private struct DaemonSetListRoutes: APIRouteProvider {
    let convertor = TableConvertor(resource: ResourceCatalog.daemonSets)

    /// Two DaemonSets, created ten minutes before the request.
    func objects(namespace: String?) -> [Data] {
        let created = Time(Date().addingTimeInterval(-600)).rfc3339
        return [("default", "web"), ("kube-system", "agent")]
            .filter { namespace == nil || $0.0 == namespace }
            .map { namespace, name in
                Data(
                    #"""
                    {"metadata":{"name":"\#(name)","namespace":"\#(namespace)","resourceVersion":"7","creationTimestamp":"\#(created)","labels":{"app":"\#(name)"}},
                     "spec":{"selector":{"matchLabels":{"app":"\#(name)"}},
                             "template":{"metadata":{"labels":{"app":"\#(name)"}},
                                         "spec":{"nodeSelector":{"disk":"ssd"},"containers":[{"name":"c","image":"nginx:1"}]}}},
                     "status":{"currentNumberScheduled":3,"numberMisscheduled":0,"desiredNumberScheduled":4,"numberReady":2,"updatedNumberScheduled":1,"numberAvailable":2}}
                    """#.utf8)
            }
    }

    func register(in routes: inout APIRoutes) {
        for path in ["/apis/apps/v1/daemonsets", "/apis/apps/v1/namespaces/:namespace/daemonsets"] {
            routes.get(path) { request, context in
                let objects = objects(namespace: context.parameters.get("namespace"))
                let format = try ResponseFormat.negotiate(accept: request.headers[.accept], endpoint: .resource)
                guard case .table(let version) = format else {
                    let items = try objects.map { try DaemonSet.decode(json: $0) }
                    return .negotiated(KubeList(items: items, resourceVersion: "9").jsonBytes(), format: format)
                }
                let includeObject = try IncludeObjectPolicy(query: request.uri.queryParameters.get("includeObject"))
                let table = try convertor.table(
                    objects: objects, resourceVersion: "9", continue: nil, remainingItemCount: nil,
                    includeObject: includeObject, tableVersion: version, now: Date())
                return .negotiated(table, format: format)
            }
        }
    }
}

/// Rows of kubectl's column output, by header: columns start where the header names start.
private func table(_ output: String) -> [[String: String]] {
    let lines = output.split(separator: "\n").map(String.init)
    guard let header = lines.first else { return [] }
    var starts: [(name: String, offset: Int)] = []
    var offset = 0
    var current = ""
    var currentStart = 0
    var spaces = 0
    for character in header {
        if character == " " {
            spaces += 1
        } else {
            if spaces >= 2 || current.isEmpty {
                if !current.isEmpty { starts.append((current, currentStart)) }
                current = ""
                currentStart = offset
            } else if spaces == 1 {
                current += " "
            }
            current.append(character)
            spaces = 0
        }
        offset += 1
    }
    if !current.isEmpty { starts.append((current, currentStart)) }
    return lines.dropFirst().map { line in
        let characters = Array(line)
        var row: [String: String] = [:]
        for (index, column) in starts.enumerated() {
            let end = index + 1 < starts.count ? min(starts[index + 1].offset, characters.count) : characters.count
            let start = min(column.offset, end)
            row[column.name] = String(characters[start..<end]).trimmingCharacters(in: .whitespaces)
        }
        return row
    }
}

/// Collapses kubectl's wrapped, indented text to single spaces.
private func flattened(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// Real kubectl against discovery, OpenAPI and Tables. Serialized: each test starts kubectl processes.
@Suite(.serialized) struct KubectlDiscoveryTests {
    @Test func apiResourcesListsTheCatalog() async throws {
        try await withTemporaryDirectory { directory in
            try await withServer(dataDirectory: directory, routes: [DiscoveryRoutes()]) { server in
                let result = try await server.kubectl(["api-resources"])
                #expect(result.status == 0, "\(result)")
                let rows = table(result.stdout)
                let expected: [[String: String]] = [
                    ["NAME": "events", "SHORTNAMES": "ev", "APIVERSION": "v1", "NAMESPACED": "true", "KIND": "Event"],
                    ["NAME": "namespaces", "SHORTNAMES": "ns", "APIVERSION": "v1", "NAMESPACED": "false", "KIND": "Namespace"],
                    ["NAME": "nodes", "SHORTNAMES": "no", "APIVERSION": "v1", "NAMESPACED": "false", "KIND": "Node"],
                    ["NAME": "pods", "SHORTNAMES": "po", "APIVERSION": "v1", "NAMESPACED": "true", "KIND": "Pod"],
                    [
                        "NAME": "controllerrevisions", "SHORTNAMES": "", "APIVERSION": "apps/v1", "NAMESPACED": "true",
                        "KIND": "ControllerRevision",
                    ],
                    ["NAME": "daemonsets", "SHORTNAMES": "ds", "APIVERSION": "apps/v1", "NAMESPACED": "true", "KIND": "DaemonSet"],
                    [
                        "NAME": "leases", "SHORTNAMES": "", "APIVERSION": "coordination.k8s.io/v1", "NAMESPACED": "true",
                        "KIND": "Lease",
                    ],
                    [
                        "NAME": "events", "SHORTNAMES": "ev", "APIVERSION": "events.k8s.io/v1", "NAMESPACED": "true",
                        "KIND": "Event",
                    ],
                ]
                #expect(rows == expected, "\(result.stdout)")
            }
        }
    }

    @Test func apiResourcesWideShowsVerbsAndCategories() async throws {
        try await withTemporaryDirectory { directory in
            try await withServer(dataDirectory: directory, routes: [DiscoveryRoutes()]) { server in
                let result = try await server.kubectl(["api-resources", "-o", "wide"])
                #expect(result.status == 0, "\(result)")
                let rows = table(result.stdout)
                let byName = Dictionary(rows.map { ($0["APIVERSION", default: ""] + " " + $0["NAME", default: ""], $0) }) { first, _ in first }
                let all = "create,delete,deletecollection,get,list,patch,update,watch"
                #expect(byName["apps/v1 daemonsets"]?["VERBS"] == all, "\(result.stdout)")
                #expect(byName["apps/v1 daemonsets"]?["CATEGORIES"] == "all")
                #expect(byName["v1 pods"]?["CATEGORIES"] == "all")
                #expect(byName["v1 nodes"]?["CATEGORIES"] == "")
                #expect(byName["v1 namespaces"]?["VERBS"] == "create,delete,get,list,patch,update,watch")
                #expect(byName["coordination.k8s.io/v1 leases"]?["VERBS"] == all)
            }
        }
    }

    @Test func explainReadsTheDaemonSetSchemas() async throws {
        try await withTemporaryDirectory { directory in
            try await withServer(dataDirectory: directory, routes: [DiscoveryRoutes(), OpenAPIRoutes()]) { server in
                let strategy = try await server.kubectl(["explain", "daemonset.spec.updateStrategy"])
                #expect(strategy.status == 0, "\(strategy)")
                let text = flattened(strategy.stdout)
                #expect(text.contains("KIND: DaemonSet"), "\(strategy.stdout)")
                #expect(text.contains("FIELD: updateStrategy <DaemonSetUpdateStrategy>"), "\(strategy.stdout)")
                #expect(
                    text.contains(BuiltinTypesTests.summary("io.k8s.api.apps.v1.DaemonSetUpdateStrategy")), "\(strategy.stdout)")
                #expect(text.contains("rollingUpdate <RollingUpdateDaemonSet>"), "\(strategy.stdout)")
                #expect(text.contains(BuiltinTypesTests.summary("io.k8s.api.apps.v1.DaemonSetUpdateStrategy", "rollingUpdate")))
                #expect(text.contains("type <string>"), "\(strategy.stdout)")

                let kind = try await server.kubectl(["explain", "ds"])
                #expect(kind.status == 0, "\(kind)")
                #expect(flattened(kind.stdout).contains(BuiltinTypesTests.summary("io.k8s.api.apps.v1.DaemonSet")))

                let spec = try await server.kubectl(["explain", "ds.spec"])
                #expect(spec.status == 0, "\(spec)")
                let specText = flattened(spec.stdout)
                #expect(specText.contains("selector <LabelSelector> -required-"), "\(spec.stdout)")
                #expect(specText.contains("template <PodTemplateSpec> -required-"), "\(spec.stdout)")
                #expect(specText.contains("updateStrategy <DaemonSetUpdateStrategy>"), "\(spec.stdout)")
            }
        }
    }

    @Test func getPrintsServerSideTables() async throws {
        try await withTemporaryDirectory { directory in
            try await withServer(dataDirectory: directory, routes: [DiscoveryRoutes(), DaemonSetListRoutes()]) { server in
                let plain = try await server.kubectl(["get", "ds", "-n", "default"])
                #expect(plain.status == 0, "\(plain)")
                #expect(table(plain.stdout) == [[
                    "NAME": "web", "DESIRED": "4", "CURRENT": "3", "READY": "2", "UP-TO-DATE": "1", "AVAILABLE": "2",
                    "NODE SELECTOR": "disk=ssd", "AGE": "10m",
                ]], "\(plain.stdout)")

                let wide = try await server.kubectl(["get", "ds", "-A", "-o", "wide", "--show-labels"])
                #expect(wide.status == 0, "\(wide)")
                let rows = table(wide.stdout)
                #expect(rows.map { $0["NAMESPACE"] } == ["default", "kube-system"], "\(wide.stdout)")
                #expect(rows.map { $0["CONTAINERS"] } == ["c", "c"])
                #expect(rows.map { $0["IMAGES"] } == ["nginx:1", "nginx:1"])
                #expect(rows.map { $0["SELECTOR"] } == ["app=web", "app=agent"])
                #expect(rows.map { $0["LABELS"] } == ["app=web", "app=agent"])

                // --sort-by asks for includeObject=Object and sorts on the embedded objects.
                let sorted = try await server.kubectl(["get", "ds", "-A", "--sort-by=.metadata.name"])
                #expect(sorted.status == 0, "\(sorted)")
                #expect(table(sorted.stdout).map { $0["NAME"] } == ["agent", "web"], "\(sorted.stdout)")
            }
        }
    }

    @Test func discoveryNegotiatesOverHTTP() async throws {
        try await withTemporaryDirectory { directory in
            try await withServer(dataDirectory: directory, routes: [DiscoveryRoutes()]) { server in
                let token = ["-H", "Authorization: Bearer \(server.pki.token)"]
                let aggregated = try await server.curl(
                    "/apis", token + ["-i", "-H", "Accept: application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json"])
                #expect(aggregated.status == 200)
                #expect(
                    aggregated.body.lowercased().contains(
                        "content-type: application/json;g=apidiscovery.k8s.io;v=v2beta1;as=apigroupdiscoverylist"),
                    "\(aggregated.body)")
                #expect(aggregated.body.contains(#"{"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2beta1""#))

                let legacy = try await server.curl("/api", token)
                #expect(legacy.status == 200 && legacy.body.hasPrefix(#"{"kind":"APIVersions","versions":["v1"]"#), "\(legacy)")

                let protobuf = try await server.curl("/api", token + ["-H", "Accept: application/vnd.kubernetes.protobuf"])
                #expect(protobuf.status == 406)
                #expect(protobuf.body == String(decoding: ResponseFormat.notAcceptable.status.jsonBytes(), as: UTF8.self))

                let eviction = try await server.kubectl(["get", "--raw", "/api/v1"])
                #expect(eviction.stdout.contains(#"{"name":"pods/eviction","singularName":"","namespaced":true,"group":"policy","version":"v1","kind":"Eviction","verbs":["create"]}"#))
            }
        }
    }
}
