import Foundation
import KubeModel
import Testing
@testable import KubeAPIServer

private func kind(_ resource: String) throws -> KindDefinition {
    try #require(BuiltinKinds.all.first { $0.info.resource == resource })
}

/// The unknown fields of `document` as `resource`'s strategy finds them, or its type error.
private func check(_ resource: String, _ document: JSONValue) throws -> Result<[String], SchemaMismatch> {
    let strategy = SchemaStrategy(try kind(resource), definitions: BuiltinKinds.definitions)
    do {
        return .success(try strategy.unknownFields(in: document) ?? [])
    } catch {
        return .failure(error)
    }
}

@Test func aSchemaNamesUndeclaredFieldsWithTheirPaths() throws {
    let role: JSONValue = [
        "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
        "metadata": ["name": "r", "labels": ["a": "b"], "bogus": 1],
        "rules": [["verbs": ["get"], "resources": ["pods"]], ["verbs": ["list"], "verb": ["x"]]],
        "extra": true,
    ]
    #expect(try check("roles", role) == .success(["extra", "metadata.bogus", "rules[1].verb"]))
}

@Test(arguments: [
    ("configmaps", ["data": ["count": 3]] as JSONValue,
     "json: cannot unmarshal number into Go struct field ConfigMap.data of type string"),
    ("clusterroles", ["rules": [["verbs": "get"]]] as JSONValue,
     "json: cannot unmarshal string into Go struct field ClusterRole.rules.verbs of type []string"),
    ("priorityclasses", ["value": 3_000_000_000] as JSONValue,
     "json: cannot unmarshal number 3000000000 into Go struct field PriorityClass.value of type int32"),
    ("services", ["spec": ["ports": [["port": "80"]]]] as JSONValue,
     "json: cannot unmarshal string into Go struct field Service.spec.ports.port of type int32"),
])
func aValueOfTheWrongTypeIsRefusedInGoWords(resource: String, document: JSONValue, message: String) throws {
    #expect(try check(resource, document) == .failure(SchemaMismatch(message)))
}

@Test func intOrStringQuantitiesAndOpaqueObjectsAreAccepted() throws {
    let service: JSONValue = ["spec": ["ports": [["port": 80, "targetPort": "http"], ["port": 81, "targetPort": 8081]]]]
    #expect(try check("services", service) == .success([]))
    let quota: JSONValue = ["spec": ["hard": ["cpu": 2, "memory": "1Gi", "pods": "10"]]]
    #expect(try check("resourcequotas", quota) == .success([]))
    // managedFields' fieldsV1 is opaque; `null` decodes to nothing, as Go's decoder has it.
    let configMap: JSONValue = [
        "metadata": ["name": "c", "managedFields": [["manager": "kubectl", "fieldsV1": ["f:data": ["f:a": [:]]]]]],
        "data": nil, "binaryData": ["b": "AAE="],
    ]
    #expect(try check("configmaps", configMap) == .success([]))
}

@Test func theOpenAPIOfAKindComesFromItsSchema() throws {
    let definitions = try kind("services").definitions
    let ports = try #require(definitions["io.k8s.api.core.v1.ServiceSpec"]?["properties"]?["ports"])
    #expect(ports["x-kubernetes-list-type"] == "map")
    #expect(ports["x-kubernetes-list-map-keys"] == ["port", "protocol"])
    #expect(ports["x-kubernetes-patch-merge-key"] == "port")
    #expect(ports["items"] == ["allOf": [["$ref": "#/components/schemas/io.k8s.api.core.v1.ServicePort"]], "default": [:]])
    let service = try #require(definitions["io.k8s.api.core.v1.Service"])
    #expect(service["x-kubernetes-group-version-kind"] == [["group": "", "version": "v1", "kind": "Service"]])
    #expect(definitions["io.k8s.api.core.v1.ServicePort"]?["required"] == ["port"])
    // Every $ref of every kind resolves.
    for (name, schema) in BuiltinKinds.definitions {
        for reference in OpenAPISchema.references(in: schema) {
            #expect(BuiltinKinds.definitions[reference] != nil, "\(name) -> \(reference)")
        }
    }
    // One definition per kind, named once across the groups.
    #expect(Set(BuiltinKinds.all.map(\.definitionName)).count == BuiltinKinds.all.count)
}

@Test func aSecretsStringDataIsWrittenIntoData() throws {
    var secret = UnstructuredObject()
    secret.unknownFields = ["stringData": ["token": "s3cret"], "data": ["kept": "YQ=="]]
    let fold = try #require(try kind("secrets").normalize)
    fold(&secret, nil)
    #expect(secret.unknownFields == ["data": ["kept": "YQ==", "token": "czNjcmV0"], "type": "Opaque"])
}

@Test func aServiceIsDefaultedAndGetsAClusterIP() throws {
    var service = UnstructuredObject()
    service.unknownFields = ["spec": ["ports": [["port": 80], ["port": 53, "protocol": "UDP", "targetPort": "dns"]]]]
    let defaults = try #require(try kind("services").normalize)
    defaults(&service, nil)
    let spec = try #require(service.unknownFields["spec"])
    #expect(spec["type"] == "ClusterIP")
    #expect(spec["sessionAffinity"] == "None")
    #expect(spec["ports"] == [["port": 80, "protocol": "TCP", "targetPort": 80], ["port": 53, "protocol": "UDP", "targetPort": "dns"]])
    let clusterIP = try #require(spec["clusterIP"]?.stringValue)
    #expect(clusterIP.hasPrefix("10.9") || clusterIP.hasPrefix("10.10") || clusterIP.hasPrefix("10.11"))
    #expect(spec["clusterIPs"] == [.string(clusterIP)])
    #expect(spec["ipFamilies"] == ["IPv4"])

    var headless = UnstructuredObject()
    headless.unknownFields = ["spec": ["clusterIP": "None"]]
    defaults(&headless, nil)
    #expect(headless.unknownFields["spec"]?["clusterIP"] == "None")
    #expect(headless.unknownFields["spec"]?["ipFamilies"] == nil)

    // An update that leaves the cluster IP out keeps the one allocated.
    var replaced = UnstructuredObject()
    replaced.unknownFields = ["spec": ["ports": [["port": 81]]]]
    defaults(&replaced, service)
    #expect(replaced.unknownFields["spec"]?["clusterIP"] == .string(clusterIP))
    #expect(replaced.unknownFields["spec"]?["clusterIPs"] == [.string(clusterIP)])
}

@Test func theRBACKindsTakePathSegmentNames() {
    #expect(NameValidation.nameErrors("system:controller:probe", rule: .pathSegment, prefix: false).isEmpty)
    #expect(NameValidation.nameErrors("a/b", rule: .pathSegment, prefix: false) == ["may not contain '/'"])
    #expect(NameValidation.nameErrors("..", rule: .pathSegment, prefix: false) == ["may not be '..'"])
    #expect(NameValidation.nameErrors("1abc", rule: .dns1035Label, prefix: false).count == 1)
}

/// The patch keys of schema kinds come from their schema: kubectl's strategic merge patch of one Service port
/// (with `$setElementOrder`) keeps the others, and server-side apply keys ports by port and protocol.
@Test func schemaKindsMergeTheirListsByTheirKeys() throws {
    let live = #"""
        {"apiVersion":"v1","kind":"Service","metadata":{"name":"s","finalizers":["a"]},
         "spec":{"ports":[{"port":80,"protocol":"TCP","targetPort":8080},{"port":443,"protocol":"TCP","targetPort":8443}],
                 "selector":{"app":"s"}}}
        """#
    let patch = #"{"spec":{"$setElementOrder/ports":[{"port":80},{"port":443}],"ports":[{"port":443,"targetPort":9443}]}}"#
    let merged = try json(patched("application/strategic-merge-patch+json", patch, onto: live, kind: "Service"))
    #expect(merged["spec"]?["ports"] == [
        ["port": 80, "protocol": "TCP", "targetPort": 8080], ["port": 443, "protocol": "TCP", "targetPort": 9443],
    ])
    let deployment = try #require(PatchSchema.served.kinds["Deployment"])
    #expect(PatchSchema.served.strategy(of: "template", in: "io.k8s.api.apps.v1.DeploymentSpec").type == "io.k8s.api.core.v1.PodTemplateSpec")
    #expect(PatchSchema.served.strategy(of: "selector", in: "io.k8s.api.apps.v1.DeploymentSpec").atomicMap)
    #expect(deployment == "io.k8s.api.apps.v1.Deployment")
    let ports = PatchSchema.served.strategy(of: "ports", in: "io.k8s.api.core.v1.ServiceSpec")
    #expect(ports.listMapKeys.map(\.name) == ["port", "protocol"])
    #expect(ports.listMapKeys.map(\.defaultValue) == [nil, "TCP"])
}
