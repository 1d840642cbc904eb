import Foundation
import KubeModel
import Testing

@testable import KubeAPIServer

/// A stored namespace, as the store keeps it (no apiVersion or kind).
private let storedNamespace = Data(
    #"{"metadata":{"name":"kube-system","uid":"u1","resourceVersion":"4","creationTimestamp":"2024-01-02T03:04:05Z","labels":{"kubernetes.io/metadata.name":"kube-system"}},"spec":{"finalizers":["kubernetes"]},"status":{"phase":"Active"}}"#
        .utf8)

/// The namespace columns exactly as kube-apiserver 1.32 writes them.
private let namespaceColumns =
    #"[{"name":"Name","type":"string","format":"name","description":"Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names","priority":0},"#
    + #"{"name":"Status","type":"string","format":"","description":"The status of the namespace","priority":0},"#
    + #"{"name":"Age","type":"string","format":"","description":"CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata","priority":0}]"#

private let partialNamespace =
    #"{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":{"name":"kube-system","uid":"u1","resourceVersion":"4","creationTimestamp":"2024-01-02T03:04:05Z","labels":{"kubernetes.io/metadata.name":"kube-system"}}}"#

private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

@Test func listTableIsByteForByteUpstreams() throws {
    let convertor = TableConvertor(resource: ResourceCatalog.namespaces)
    let bytes = try convertor.table(
        objects: [storedNamespace], resourceVersion: "10", continue: nil, remainingItemCount: nil,
        includeObject: .metadata, now: printingNow)
    #expect(
        text(bytes)
            == #"{"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"10"},"columnDefinitions":"#
            + namespaceColumns + #","rows":[{"cells":["kube-system","Active","10m"],"object":"# + partialNamespace
            + "}]}")
}

@Test func includeObjectDecidesWhatEachRowEmbeds() throws {
    let convertor = TableConvertor(resource: ResourceCatalog.namespaces)
    func row(_ policy: IncludeObjectPolicy) throws -> String {
        let table = text(
            try convertor.table(
                objects: [storedNamespace], resourceVersion: "10", continue: nil, remainingItemCount: nil,
                includeObject: policy, now: printingNow))
        let start = try #require(table.range(of: #""rows":["#))
        return String(table[start.upperBound...].dropLast(2))
    }
    #expect(try row(.none) == #"{"cells":["kube-system","Active","10m"],"object":null}"#)
    #expect(try row(.metadata) == #"{"cells":["kube-system","Active","10m"],"object":"# + partialNamespace + "}")
    // The full object, with the TypeMeta the store left out filled in, in Go's field order.
    #expect(
        try row(.object)
            == #"{"cells":["kube-system","Active","10m"],"object":{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"kube-system","uid":"u1","resourceVersion":"4","creationTimestamp":"2024-01-02T03:04:05Z","labels":{"kubernetes.io/metadata.name":"kube-system"}},"spec":{"finalizers":["kubernetes"]},"status":{"phase":"Active"}}}"#)
}

@Test func listMetadataAndEmptyLists() throws {
    let convertor = TableConvertor(resource: ResourceCatalog.namespaces)
    let empty = text(
        try convertor.table(
            objects: [], resourceVersion: "12", continue: "token", remainingItemCount: 3, includeObject: .metadata,
            tableVersion: "v1beta1", now: printingNow))
    #expect(empty.hasPrefix(#"{"kind":"Table","apiVersion":"meta.k8s.io/v1beta1","metadata":{"resourceVersion":"12","continue":"token","remainingItemCount":3},"columnDefinitions":[{"#))
    #expect(empty.hasSuffix(#""rows":[]}"#))

    // Upstream's default convertor appends rows to a nil slice: an empty list is `"rows":null`.
    let unprinted = ResourceInfo(
        group: "example.com", resource: "widgets", singular: "widget", kind: "Widget", namespaced: true)
    let defaultEmpty = text(
        try TableConvertor(resource: unprinted).table(
            objects: [], resourceVersion: "1", continue: nil, remainingItemCount: nil, includeObject: .metadata,
            now: printingNow))
    #expect(defaultEmpty.hasSuffix(#""rows":null}"#))
}

@Test func singleObjectTableCarriesTheObjectsResourceVersion() throws {
    let convertor = TableConvertor(resource: ResourceCatalog.namespaces)
    let get = text(try convertor.table(object: storedNamespace, includeObject: .metadata, includeColumns: true, now: printingNow))
    #expect(
        get == #"{"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"4"},"columnDefinitions":"#
            + namespaceColumns + #","rows":[{"cells":["kube-system","Active","10m"],"object":"# + partialNamespace + "}]}")
    // Watch events after the first carry no headers, written as Go writes a nil slice.
    let event = text(try convertor.table(object: storedNamespace, includeObject: .none, includeColumns: false, now: printingNow))
    #expect(
        event
            == #"{"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"4"},"columnDefinitions":null,"rows":[{"cells":["kube-system","Active","10m"],"object":null}]}"#)
}

@Test func resourcesWithoutAPrinterGetNameAndCreatedAt() throws {
    let unprinted = ResourceInfo(
        group: "example.com", resource: "widgets", singular: "widget", kind: "Widget", namespaced: true)
    let convertor = TableConvertor(resource: unprinted)
    #expect(convertor.columnDefinitions.map(\.name) == ["Name", "Created At"])
    #expect(convertor.columnDefinitions.map(\.type) == ["string", "date"])
    let widget = Data(#"{"metadata":{"name":"w","namespace":"ns","resourceVersion":"5","creationTimestamp":"2024-01-02T03:04:05Z"},"spec":{"size":3}}"#.utf8)
    let table = text(try convertor.table(object: widget, includeObject: .object, includeColumns: true, now: printingNow))
    #expect(
        table.hasSuffix(
            #""rows":[{"cells":["w","2024-01-02T03:04:05Z"],"object":{"kind":"Widget","apiVersion":"example.com/v1","metadata":{"name":"w","namespace":"ns","resourceVersion":"5","creationTimestamp":"2024-01-02T03:04:05Z"},"spec":{"size":3}}}]}"#))
}

@Test func everyCatalogResourceHasUpstreamsPrinter() {
    let firstColumns = ResourceCatalog.all.map { TableConvertor(resource: $0).columnDefinitions.map(\.name).prefix(2) }
    #expect(firstColumns.map(Array.init) == [
        ["Name", "Status"], ["Name", "Status"], ["Name", "Ready"], ["Last Seen", "Type"], ["Name", "Desired"],
        ["Name", "Controller"], ["Name", "Holder"], ["Last Seen", "Type"],
    ])
}

@Test(arguments: [
    (nil, IncludeObjectPolicy.metadata), ("", .metadata), ("None", .none), ("Metadata", .metadata), ("Object", .object),
])
func includeObjectQueryValues(value: String?, policy: IncludeObjectPolicy) throws {
    #expect(try IncludeObjectPolicy(query: value) == policy)
}

@Test func unknownIncludeObjectValueIsABadRequest() {
    #expect(throws: APIError(.badRequest, #"unrecognized includeObject value: "object""#)) {
        try IncludeObjectPolicy(query: "object")
    }
}
