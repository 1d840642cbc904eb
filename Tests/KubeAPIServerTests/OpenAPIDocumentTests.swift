import Foundation
import KubeModel
import Testing

@testable import KubeAPIServer

private func json(_ bytes: [UInt8]?) throws -> JSONValue {
    try JSONValue.parse(Data(try #require(bytes)))
}

@Test func indexListsEveryGroupVersion() throws {
    let documents = OpenAPIDocuments(resources: ResourceCatalog.all, serverVersion: "v1.32.0")
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
    let documents = OpenAPIDocuments(resources: ResourceCatalog.all, serverVersion: "v1.32.0")
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

/// Every `$ref` in the apps/v1 document resolves, and DaemonSet carries its GVK: `kubectl explain` needs both.
@Test func daemonSetSchemasAreSelfContained() throws {
    let documents = OpenAPIDocuments(resources: ResourceCatalog.all, serverVersion: "v1.32.0")
    let document = try json(documents.documents["/openapi/v3/apis/apps/v1"])
    guard case .object(let schemas) = document["components"]?["schemas"] else {
        Issue.record("no schemas")
        return
    }
    #expect(
        schemas["io.k8s.api.apps.v1.DaemonSet"]?["x-kubernetes-group-version-kind"]
            == [["group": "apps", "kind": "DaemonSet", "version": "v1"]])
    #expect(
        schemas["io.k8s.api.apps.v1.DaemonSetUpdateStrategy"]?["description"]
            == "DaemonSetUpdateStrategy is a struct used to control the update strategy for a DaemonSet.")
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
    #expect(!references.isEmpty)
    for reference in references {
        let name = String(reference.dropFirst("#/components/schemas/".count))
        #expect(reference.hasPrefix("#/components/schemas/") && schemas[name] != nil, "\(reference)")
    }
}
