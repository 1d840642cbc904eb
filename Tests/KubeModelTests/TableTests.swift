import Foundation
import Testing

@testable import KubeModel

@Test func tableIsWrittenAsGoWritesIt() {
    var table = Table()
    table.metadata.resourceVersion = "12"
    table.columnDefinitions = [TableColumnDefinition(name: "Name", type: "string", format: "name", description: "d")]
    var metadata = ObjectMeta(name: "p", namespace: "default")
    metadata.creationTimestamp = Time(rfc3339: "2024-01-02T03:04:05Z")
    table.rows = [
        TableRow(
            cells: ["p", 3, true],
            conditions: [TableRowCondition(type: "Completed", status: "True", reason: "Succeeded", message: "m")],
            object: RawExtension(PartialObjectMetadata(metadata: metadata))),
        TableRow(cells: ["q"]),
    ]
    #expect(
        String(decoding: table.jsonBytes(), as: UTF8.self)
            == #"{"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"12"},"columnDefinitions":[{"name":"Name","type":"string","format":"name","description":"d","priority":0}],"rows":[{"cells":["p",3,true],"conditions":[{"type":"Completed","status":"True","reason":"Succeeded","message":"m"}],"object":{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":{"name":"p","namespace":"default","creationTimestamp":"2024-01-02T03:04:05Z"}}},{"cells":["q"],"object":null}]}"#)

    table.columnDefinitions = nil
    table.rows = nil
    #expect(
        String(decoding: table.jsonBytes(), as: UTF8.self)
            == #"{"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"12"},"columnDefinitions":null,"rows":null}"#)
}

@Test func upstreamTablesDecode() throws {
    let json = #"""
        {"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"263411","continue":"c","remainingItemCount":2},
         "columnDefinitions":[{"name":"Ready","type":"string","format":"","description":"The aggregate readiness state of this pod for accepting traffic.","priority":0}],
         "rows":[{"cells":["1/1"],"object":{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":{"name":"web"}}}]}
        """#
    let table = try Table.decode(json: Data(json.utf8))
    #expect(table.metadata.resourceVersion == "263411")
    #expect(table.metadata.continue == "c")
    #expect(table.metadata.remainingItemCount == 2)
    #expect(table.columnDefinitions?.first?.name == "Ready")
    let row = try #require(table.rows?.first)
    #expect(row.cells == ["1/1"])
    // A decoded RawExtension keeps the value, not the member order (Go's decoder keeps the bytes).
    let object = try #require(row.object)
    let partial = try PartialObjectMetadata.decode(json: Data(object.json))
    #expect(partial.metadata.name == "web")
    #expect(partial.kind == "PartialObjectMetadata")
}

@Test func discoveryDocumentsKeepWhatTheyDoNotModel() throws {
    let json = #"""
        {"kind":"APIResourceList","apiVersion":"v1","groupVersion":"apps/v1","resources":[
          {"name":"daemonsets","singularName":"daemonset","namespaced":true,"kind":"DaemonSet",
           "verbs":["get"],"shortNames":["ds"],"categories":["all"],"storageVersionHash":"dd7pWHUlMKQ="}]}
        """#
    let list = try APIResourceList.decode(json: Data(json.utf8))
    #expect(list.resources.first?.storageVersionHash == "dd7pWHUlMKQ=")
    #expect(
        String(decoding: list.jsonBytes(), as: UTF8.self)
            == #"{"kind":"APIResourceList","apiVersion":"v1","groupVersion":"apps/v1","resources":[{"name":"daemonsets","singularName":"daemonset","namespaced":true,"kind":"DaemonSet","verbs":["get"],"shortNames":["ds"],"categories":["all"],"storageVersionHash":"dd7pWHUlMKQ="}]}"#)

    let aggregated = #"""
        {"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","metadata":{},"items":[
          {"metadata":{"name":"apps","creationTimestamp":null},"versions":[{"version":"v1","resources":[
            {"resource":"daemonsets","responseKind":{"group":"apps","version":"v1","kind":"DaemonSet"},"scope":"Namespaced",
             "singularResource":"daemonset","verbs":["get"],"subresources":[{"subresource":"status","verbs":["get"]}]}],
           "freshness":"Current"}]}]}
        """#
    let decoded = try APIGroupDiscoveryList.decode(json: Data(aggregated.utf8))
    #expect(decoded.items.first?.metadata.name == "apps")
    #expect(decoded.items.first?.versions.first?.resources.first?.responseKind == GroupVersionKind(group: "apps", version: "v1", kind: "DaemonSet"))
    #expect(decoded.jsonBytes() == Array(aggregated.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined().utf8))
}
