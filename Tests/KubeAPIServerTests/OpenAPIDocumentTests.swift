import Foundation
import KubeModel
import Testing

@testable import KubeAPIServer

private func json(_ bytes: [UInt8]?) throws -> JSONValue {
    try JSONValue.parse(Data(try #require(bytes)))
}

@Test func indexListsEveryGroupVersion() throws {
    let documents = OpenAPIDocuments(resources: ResourceCatalog.all, definitions: OpenAPISchema.definitions, serverVersion: "v1.32.0")
    #expect(
        try json(documents.index)
            == [
                "paths": [
                    "api/v1": ["serverRelativeURL": "/openapi/v3/api/v1"],
                    "apis/apps/v1": ["serverRelativeURL": "/openapi/v3/apis/apps/v1"],
                    "apis/coordination.k8s.io/v1": ["serverRelativeURL": "/openapi/v3/apis/coordination.k8s.io/v1"],
                    "apis/events.k8s.io/v1": ["serverRelativeURL": "/openapi/v3/apis/events.k8s.io/v1"],
                ]
            ])
    #expect(Set(documents.documents.keys) == Set(["api/v1", "apis/apps/v1", "apis/coordination.k8s.io/v1", "apis/events.k8s.io/v1"].map { "/openapi/v3/" + $0 }))
}

/// What kubectl's `queryParamVerifierV3` needs to skip client-side validation: for every kind, some path's
/// `patch` operation has the kind's GVK extension and, among its own parameters, `fieldValidation`.
@Test(arguments: ResourceCatalog.all)
func everyKindsPatchOperationAcceptsFieldValidation(resource: ResourceInfo) throws {
    let documents = OpenAPIDocuments(resources: ResourceCatalog.all, definitions: OpenAPISchema.definitions, serverVersion: "v1.32.0")
    let document = try json(documents.documents["/openapi/v3" + resource.groupVersionPath])
    #expect(document["openapi"] == "3.0.0")
    #expect(document["info"]?["version"] == "v1.32.0")
    let path = try #require(document["paths"]?[OpenAPIDocuments.itemPath(resource)])
    let patch = try #require(path["patch"])
    #expect(
        patch["x-kubernetes-group-version-kind"]
            == .object(["group": .string(resource.group), "version": "v1", "kind": .string(resource.kind)]))
    guard case .array(let parameters) = patch["parameters"] else {
        Issue.record("no parameters")
        return
    }
    #expect(parameters.contains { $0["name"] == "fieldValidation" && $0["in"] == "query" })
    // kubectl computes strategic merge patches from v3 only when a requestBody offers them; none must.
    #expect(patch["requestBody"] == nil)
}

@Test func itemPathsFollowUpstream() {
    #expect(OpenAPIDocuments.itemPath(ResourceCatalog.daemonSets) == "/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}")
    #expect(OpenAPIDocuments.itemPath(ResourceCatalog.nodes) == "/api/v1/nodes/{name}")
}

/// The schemas of one served document, by definition name.
private func schemas(_ documents: OpenAPIDocuments, _ groupVersionPath: String) throws -> [String: JSONValue] {
    let document = try json(documents.documents["/openapi/v3" + groupVersionPath])
    return try #require(document["components"]?["schemas"]?.objectValue)
}

/// `kubectl explain <kind>` looks the kind up by its `x-kubernetes-group-version-kind` among the schemas of
/// the kind's group-version document.
@Test(arguments: ResourceCatalog.all)
func everyKindHasItsSchemaInItsDocument(resource: ResourceInfo) throws {
    let documents = OpenAPIDocuments(resources: ResourceCatalog.all, definitions: OpenAPISchema.definitions, serverVersion: "v1.32.0")
    let gvk: JSONValue = ["group": .string(resource.group), "kind": .string(resource.kind), "version": "v1"]
    let declaring = try schemas(documents, resource.groupVersionPath).filter { _, schema in
        schema["x-kubernetes-group-version-kind"]?.arrayValue?.contains(gvk) == true
    }
    let package = resource.group.isEmpty ? "core" : String(resource.group.prefix { $0 != "." })
    #expect(Array(declaring.keys) == ["io.k8s.api.\(package).v1.\(resource.kind)"])
    #expect(declaring.values.first?["properties"]?["metadata"] != nil)
}

/// Every `$ref` of every document resolves to a schema of the same document: explain follows them.
@Test func everyReferenceResolvesInItsDocument() throws {
    let documents = OpenAPIDocuments(resources: ResourceCatalog.all, definitions: OpenAPISchema.definitions, serverVersion: "v1.32.0")
    for path in documents.documents.keys {
        let document = try json(documents.documents[path])
        let schemas = try #require(document["components"]?["schemas"]?.objectValue)
        var references: [String] = []
        func collect(_ value: JSONValue) {
            switch value {
            case .object(let members):
                if case .string(let reference) = members["$ref"] { references.append(reference) }
                members.values.forEach(collect)
            case .array(let items):
                items.forEach(collect)
            default:
                break
            }
        }
        collect(document)
        #expect(!references.isEmpty, "\(path)")
        for reference in Set(references) {
            let name = String(reference.dropFirst("#/components/schemas/".count))
            #expect(reference.hasPrefix("#/components/schemas/") && schemas[name] != nil, "\(path): \(reference)")
        }
        // Each document holds only what its kinds reach: no other group's kinds.
        #expect(schemas.keys.filter { $0.hasPrefix("io.k8s.api.apps.") }.isEmpty == !path.hasSuffix("/apps/v1"), "\(path)")
    }
}

/// The DaemonSet schemas carry the tables' summaries and share the pod template's PodSpec with Pod.
@Test func daemonSetSharesThePodSpec() throws {
    let documents = OpenAPIDocuments(resources: ResourceCatalog.all, definitions: OpenAPISchema.definitions, serverVersion: "v1.32.0")
    let apps = try schemas(documents, "/apis/apps/v1")
    #expect(
        apps["io.k8s.api.apps.v1.DaemonSetUpdateStrategy"]?["description"]?.stringValue
            == BuiltinTypesTests.summary("io.k8s.api.apps.v1.DaemonSetUpdateStrategy"))
    let core = try schemas(documents, "/api/v1")
    #expect(apps["io.k8s.api.core.v1.PodSpec"] != nil)
    #expect(apps["io.k8s.api.core.v1.PodSpec"] == core["io.k8s.api.core.v1.PodSpec"])
    #expect(
        core["io.k8s.api.core.v1.PodSpec"]?["properties"]?["containers"]?["x-kubernetes-patch-merge-key"] == "name")
    #expect(core["io.k8s.api.core.v1.NodeSpec"]?["properties"]?["taints"]?["x-kubernetes-list-type"] == "atomic")
}

/// Every volume source validation knows of is a property of Volume in every document that describes pods, and
/// Volume has no property that is neither a source nor its name: explain and client-side validation see the
/// same sources the server accepts.
@Test func volumeDescribesEverySourceValidationAccepts() throws {
    let modelled: Set<String> = [
        "hostPath", "emptyDir", "secret", "persistentVolumeClaim", "downwardAPI", "configMap", "projected",
    ]
    let sources = modelled.union(PodSpecValidation.unmodelledVolumeSources)
    let documents = OpenAPIDocuments(resources: ResourceCatalog.all, definitions: OpenAPISchema.definitions, serverVersion: "v1.32.0")
    for path in ["/api/v1", "/apis/apps/v1"] {
        let volume = try #require(try schemas(documents, path)["io.k8s.api.core.v1.Volume"], "\(path)")
        let properties = Set(try #require(volume["properties"]?.objectValue).keys)
        #expect(sources.subtracting(properties).isEmpty, "\(path): \(sources.subtracting(properties).sorted())")
        #expect(properties.subtracting(sources) == ["name"], "\(path)")
    }
    let core = try schemas(documents, "/api/v1")
    #expect(core["io.k8s.api.core.v1.FlockerVolumeSource"]?["properties"]?["datasetUUID"]?["type"] == "string")
    #expect(
        Set(core["io.k8s.api.core.v1.ScaleIOVolumeSource"]?["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            == ["gateway", "system", "secretRef"])
}

/// The protobuf `/openapi/v2` kubectl 1.27 and 1.28 read: gnostic's Document with its swagger version, the
/// patch operations carrying their kind and `fieldValidation`, and the definitions with their extensions.
@Test func theOpenAPIv2DocumentIsGnosticsProtobuf() throws {
    let documents = OpenAPIDocuments(
        resources: ResourceCatalog.all + BuiltinKinds.all.map(\.info), definitions: BuiltinKinds.definitions,
        serverVersion: "v1.32.0")
    /// Every (field, bytes) of a message.
    func fields(_ bytes: ArraySlice<UInt8>) throws -> [(Int, ArraySlice<UInt8>)] {
        var reader = ProtobufReader(bytes)
        var fields: [(Int, ArraySlice<UInt8>)] = []
        while let (field, value) = try reader.next() {
            if case .bytes(let data) = value { fields.append((field, data)) }
        }
        return fields
    }
    func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
    let document = try fields(documents.v2Protobuf[...])
    #expect(document.first { $0.0 == 1 }.map { text($0.1) } == "2.0")
    // Definitions: named schemas; the DaemonSet's carries its group, version and kind as YAML-readable JSON.
    let definitions = try fields(try #require(document.first { $0.0 == 9 }).1)
    var names: [String: ArraySlice<UInt8>] = [:]
    for (_, named) in definitions {
        let parts = try fields(named)
        names[text(try #require(parts.first { $0.0 == 1 }).1)] = parts.first { $0.0 == 2 }?.1
    }
    #expect(names.count == BuiltinKinds.definitions.count)
    let daemonSet = try fields(try #require(names["io.k8s.api.apps.v1.DaemonSet"]))
    let extensionEntry = try fields(try #require(daemonSet.first { $0.0 == 31 }).1)
    #expect(text(try #require(extensionEntry.first { $0.0 == 1 }).1) == "x-kubernetes-group-version-kind")
    let yaml = try fields(try #require(extensionEntry.first { $0.0 == 2 }).1)
    #expect(text(try #require(yaml.first { $0.0 == 2 }).1) == #"[{"group":"apps","kind":"DaemonSet","version":"v1"}]"# + "\n")
    // A property that names another type refers to it under #/definitions/.
    let properties = try fields(try #require(daemonSet.first { $0.0 == 25 }).1)
    let spec = try properties.map { try fields($0.1) }.first { $0.first.map { text($0.1) } == "spec" }
    let specSchema = try fields(try #require(spec?.first { $0.0 == 2 }).1)
    #expect(specSchema.first { $0.0 == 1 }.map { text($0.1) } == "#/definitions/io.k8s.api.apps.v1.DaemonSetSpec")
    // Paths: one per resource, its patch operation with a fieldValidation query parameter.
    let paths = try fields(try #require(document.first { $0.0 == 8 }).1).filter { $0.0 == 2 }
    #expect(paths.count == ResourceCatalog.all.count + BuiltinKinds.all.count)
    #expect(text(documents.v2Protobuf[...]).contains("fieldValidation"))
    // And as JSON for any other client.
    let json = try JSONValue.parse(Data(documents.v2JSON))
    #expect(json["definitions"]?["io.k8s.api.core.v1.ConfigMap"]?["properties"]?["metadata"]?["$ref"]
        == "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta")
}
