@testable import KubeAPIServer
import Testing

/// What kubectl 1.29+ sends for `get` (Table) and discovery, and 1.27/1.28 for discovery (kubectl.md §2.1, §2.3).
private let kubectlGet =
    "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json"
private let kubectlDiscovery =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
    + "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json"
private let kubectl127Discovery = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json"

@Test(arguments: [
    ("application/json;as=Table;v=v1;g=meta.k8s.io, */*;q=0.8", [
        MediaRange(type: "application", subtype: "json", parameters: ["as": "Table", "v": "v1", "g": "meta.k8s.io"]),
        MediaRange(type: "*", subtype: "*", quality: 0.8),
    ]),
    // Spaces around parameters are trimmed; a parameter without `=` and a range without a subtype are dropped.
    ("application/json; g=apidiscovery.k8s.io ;foo, text, *", [
        MediaRange(type: "application", subtype: "json", parameters: ["g": "apidiscovery.k8s.io"]),
        MediaRange(type: "*", subtype: "*"),
    ]),
    ("a/b/c,application/json;q=x", [MediaRange(type: "application", subtype: "json", quality: 0)]),
    // Higher weight first, but goautoneg also puts any concrete range before a wildcard, whatever its weight.
    ("*/*, application/json;q=0.5, text/plain", [
        MediaRange(type: "text", subtype: "plain"),
        MediaRange(type: "application", subtype: "json", quality: 0.5),
        MediaRange(type: "*", subtype: "*"),
    ]),
    ("application/*, application/yaml, application/json", [
        MediaRange(type: "application", subtype: "yaml"),
        MediaRange(type: "application", subtype: "json"),
        MediaRange(type: "application", subtype: "*"),
    ]),
])
func acceptHeadersParseAsGoautoneg(header: String, ranges: [MediaRange]) {
    #expect(MediaRange.parseAccept(header) == ranges)
}

@Test(arguments: [
    (nil, ResponseFormat.json),
    ("", .json),
    ("application/json", .json),
    ("*/*", .json),
    ("application/*", .json),
    ("application/json, */*", .json),
    (kubectlGet, .table(version: "v1")),
    ("application/json;as=Table;v=v1beta1;g=meta.k8s.io, application/json", .table(version: "v1beta1")),
    ("*/*;as=Table;g=meta.k8s.io;v=v1", .table(version: "v1")),
    // Unknown versions and PartialObjectMetadata(List) fall through to the next range.
    ("application/json;as=Table;v=v2;g=meta.k8s.io,application/json", .json),
    ("application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io,application/json", .json),
    ("application/json;g=meta.k8s.io;v=v1,application/json;as=Table;g=meta.k8s.io;v=v1", .table(version: "v1")),
    // Protobuf ranges are skipped; typed clients list JSON after them.
    ("application/vnd.kubernetes.protobuf,application/json", .json),
    ("application/vnd.kubernetes.protobuf;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1;g=meta.k8s.io",
     .table(version: "v1")),
    ("application/json;stream=watch", .json),
    ("application/json;stream=other,application/json;as=Table;v=v1;g=meta.k8s.io", .table(version: "v1")),
    // The weight orders ranges: the Table wildcard outranks q=0.1 JSON.
    ("application/json;q=0.1, */*;as=Table;g=meta.k8s.io;v=v1", .table(version: "v1")),
] as [(String?, ResponseFormat)])
func resourceEndpointsServeJSONOrTables(accept: String?, format: ResponseFormat) throws {
    #expect(try ResponseFormat.negotiate(accept: accept, endpoint: .resource) == format)
}

@Test(arguments: [
    (kubectlDiscovery, ResponseFormat.aggregatedDiscovery(version: "v2")),
    // The trap: exact parameter matching, so v2beta1 is never mistaken for v2.
    (kubectl127Discovery, .aggregatedDiscovery(version: "v2beta1")),
    ("application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList", .aggregatedDiscovery(version: "v2beta1")),
    ("application/json; g=apidiscovery.k8s.io; v=v2; as=APIGroupDiscoveryList", .aggregatedDiscovery(version: "v2")),
    // Upstream looks for an aggregated range anywhere before falling back to the legacy document.
    ("application/json, application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList",
     .aggregatedDiscovery(version: "v2")),
    ("application/json;g=apidiscovery.k8s.io;v=v3;as=APIGroupDiscoveryList,application/json", .json),
    ("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupList,application/json", .json),
    ("application/json", .json),
    ("application/json, */*", .json),
    (nil, .json),
] as [(String?, ResponseFormat)])
func discoveryEndpointsServeAggregatedOnlyWhenAsked(accept: String?, format: ResponseFormat) throws {
    #expect(try ResponseFormat.negotiate(accept: accept, endpoint: .discovery) == format)
}

@Test(arguments: [
    ("application/vnd.kubernetes.protobuf", ResponseFormat.Endpoint.resource),
    ("application/vnd.kubernetes.protobuf", .discovery),
    ("application/vnd.kubernetes.protobuf;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList", .discovery),
    ("text/html", .resource),
    ("text/html", .discovery),
    ("application/yaml", .resource),
    ("application/json;as=Table;v=v1;g=meta.k8s.io", .plain),
    ("application/json;as=Table;v=v2;g=meta.k8s.io", .resource),
    (" ", .resource),
])
func unservableAcceptHeadersAreNotAcceptable(accept: String, endpoint: ResponseFormat.Endpoint) {
    #expect(throws: ResponseFormat.notAcceptable) {
        try ResponseFormat.negotiate(accept: accept, endpoint: endpoint)
    }
}

@Test func notAcceptableIsWordedAsUpstream() {
    let status = ResponseFormat.notAcceptable.status
    #expect(
        String(decoding: status.jsonBytes(), as: UTF8.self)
            == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"only the following media types are accepted: application/json","reason":"NotAcceptable","code":406}"#)
}

@Test func contentTypesNameAggregatedDiscovery() {
    #expect(ResponseFormat.json.contentType == "application/json")
    #expect(ResponseFormat.table(version: "v1").contentType == "application/json")
    #expect(
        ResponseFormat.aggregatedDiscovery(version: "v2").contentType
            == "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList")
    #expect(
        ResponseFormat.aggregatedDiscovery(version: "v2beta1").contentType
            == "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList")
}

@Test(arguments: [
    ("application/json", "application/json"),
    (" Application/JSON ; charset=utf-8", "application/json"),
    ("application/merge-patch+json;", "application/merge-patch+json"),
    ("\tapplication/yaml\t", "application/yaml"),
    ("", ""),
])
func contentTypeEssenceDropsParametersCaseAndWhitespace(header: String, essence: String) {
    #expect(MediaRange.essence(header) == essence)
}
