import Foundation
import KubeModel
import Testing

@testable import KubeAPIServer

private func text(_ bytes: [UInt8]?) -> String { bytes.map { String(decoding: $0, as: UTF8.self) } ?? "<missing>" }

private let allVerbs = #"["create","delete","deletecollection","get","list","patch","update","watch"]"#

/// The discovery documents of one resource each, byte for byte as kube-apiserver 1.32 writes them
/// (storageVersionHash aside, which is optional).
@Test func legacyDiscoveryDocumentsAreUpstreams() {
    let documents = DiscoveryDocuments(
        resources: [ResourceCatalog.pods, ResourceCatalog.daemonSets], serverAddress: "127.0.0.1:6443")
    #expect(
        text(documents.coreVersions)
            == #"{"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"127.0.0.1:6443"}]}"#)
    #expect(
        text(documents.groupList)
            == #"{"kind":"APIGroupList","apiVersion":"v1","groups":[{"name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],"preferredVersion":{"groupVersion":"apps/v1","version":"v1"}}]}"#)
    #expect(
        text(documents.groups["/apis/apps"])
            == #"{"kind":"APIGroup","apiVersion":"v1","name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],"preferredVersion":{"groupVersion":"apps/v1","version":"v1"}}"#)
    #expect(
        text(documents.resourceLists["/apis/apps/v1"])
            == #"{"kind":"APIResourceList","apiVersion":"v1","groupVersion":"apps/v1","resources":[{"name":"daemonsets","singularName":"daemonset","namespaced":true,"kind":"DaemonSet","verbs":"#
            + allVerbs
            + #","shortNames":["ds"],"categories":["all"]},{"name":"daemonsets/status","singularName":"","namespaced":true,"kind":"DaemonSet","verbs":["get","patch","update"]}]}"#)
    // The core list has no apiVersion; subresources sort after their resource, pods/eviction names policy/v1.
    #expect(
        text(documents.resourceLists["/api/v1"])
            == #"{"kind":"APIResourceList","groupVersion":"v1","resources":[{"name":"pods","singularName":"pod","namespaced":true,"kind":"Pod","verbs":"#
            + allVerbs
            + #","shortNames":["po"],"categories":["all"]},"#
            + #"{"name":"pods/binding","singularName":"","namespaced":true,"kind":"Binding","verbs":["create"]},"#
            + #"{"name":"pods/eviction","singularName":"","namespaced":true,"group":"policy","version":"v1","kind":"Eviction","verbs":["create"]},"#
            + #"{"name":"pods/log","singularName":"","namespaced":true,"kind":"Pod","verbs":["get"]},"#
            + #"{"name":"pods/status","singularName":"","namespaced":true,"kind":"Pod","verbs":["get","patch","update"]}]}"#)
}

@Test(arguments: DiscoveryDocuments.aggregatedVersions)
func aggregatedDiscoveryDocumentsAreUpstreams(version: String) {
    let documents = DiscoveryDocuments(
        resources: [ResourceCatalog.nodes, ResourceCatalog.daemonSets], serverAddress: "127.0.0.1:6443")
    #expect(
        text(documents.aggregatedGroups[version])
            == #"{"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/\#(version)","metadata":{},"items":[{"metadata":{"name":"apps","creationTimestamp":null},"versions":[{"version":"v1","resources":[{"resource":"daemonsets","responseKind":{"group":"apps","version":"v1","kind":"DaemonSet"},"scope":"Namespaced","singularResource":"daemonset","verbs":"#
            + allVerbs
            + #","shortNames":["ds"],"categories":["all"],"subresources":[{"subresource":"status","responseKind":{"group":"apps","version":"v1","kind":"DaemonSet"},"verbs":["get","patch","update"]}]}],"freshness":"Current"}]}]}"#)
    #expect(
        text(documents.aggregatedCore[version])
            == #"{"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/\#(version)","metadata":{},"items":[{"metadata":{"creationTimestamp":null},"versions":[{"version":"v1","resources":[{"resource":"nodes","responseKind":{"group":"","version":"v1","kind":"Node"},"scope":"Cluster","singularResource":"node","verbs":"#
            + allVerbs
            + #","shortNames":["no"],"subresources":[{"subresource":"status","responseKind":{"group":"","version":"v1","kind":"Node"},"verbs":["get","patch","update"]}]}],"freshness":"Current"}]}]}"#)
}

@Test func catalogDiscoveryListsEveryResourceSorted() throws {
    let documents = DiscoveryDocuments(resources: ResourceCatalog.all, serverAddress: "")
    let core = try APIResourceList.decode(json: Data(try #require(documents.resourceLists["/api/v1"])))
    #expect(core.resources.map(\.name) == [
        "events", "namespaces", "namespaces/finalize", "namespaces/status", "nodes", "nodes/status", "pods",
        "pods/binding", "pods/eviction", "pods/log", "pods/status",
    ])
    #expect(Set(documents.resourceLists.keys) == [
        "/api/v1", "/apis/apps/v1", "/apis/coordination.k8s.io/v1", "/apis/events.k8s.io/v1",
    ])
    #expect(Set(documents.groups.keys) == ["/apis/apps", "/apis/coordination.k8s.io", "/apis/events.k8s.io"])
    let aggregated = try APIGroupDiscoveryList.decode(json: Data(try #require(documents.aggregatedGroups["v2"])))
    #expect(aggregated.items.map(\.metadata.name) == ["apps", "coordination.k8s.io", "events.k8s.io"])
    #expect(aggregated.items[0].versions[0].resources.map(\.resource) == ["controllerrevisions", "daemonsets"])
}
