/// What a response body will be, negotiated from the request's `Accept` header as upstream's
/// `negotiation.NegotiateMediaTypeOptions` does, with JSON as the only serialization served.
///
/// Ranges are tried in preference order (`MediaRange.parseAccept`); the first one that admits JSON and
/// whose `as`/`g`/`v` parameters name a conversion the endpoint serves wins. Parameters are matched
/// exactly: `v=v2` never matches `v=v2beta1`. Protobuf, YAML or `text/html` ranges are skipped, so an
/// Accept naming only those gets upstream's 406 `NotAcceptable`, while protobuf listed with JSON (typed
/// clients send `application/vnd.kubernetes.protobuf,application/json`) gets JSON.
///
/// Decision: `as=PartialObjectMetadata` and `as=PartialObjectMetadataList` are not served; such a range
/// is skipped and the next one decides (clients list plain JSON after it), rather than upstream's answer.
public enum ResponseFormat: Sendable, Hashable {
    /// The plain object or list.
    case json
    /// A `meta.k8s.io` Table of the given version ("v1" or "v1beta1").
    case table(version: String)
    /// An `apidiscovery.k8s.io` `APIGroupDiscoveryList` of the given version ("v2" or "v2beta1").
    case aggregatedDiscovery(version: String)

    /// The kind of endpoint answering, which decides the conversions it accepts.
    public enum Endpoint: Sendable, Hashable {
        /// A resource (list, get, watch): plain JSON or a Table; `stream=watch` is allowed.
        case resource
        /// `/api` and `/apis`: aggregated discovery when a range asks for it, else the legacy document.
        case discovery
        /// Anything else: plain JSON only.
        case plain
    }

    /// The response's `Content-Type`; aggregated discovery names its kind, which is how kubectl tells the
    /// two discovery formats apart.
    public var contentType: String {
        switch self {
        case .json, .table: "application/json"
        case .aggregatedDiscovery(let version): "application/json;g=apidiscovery.k8s.io;v=\(version);as=APIGroupDiscoveryList"
        }
    }

    /// The format to answer a request carrying `accept` (nil or empty means JSON) at `endpoint`, or
    /// upstream's 406 when no range can be served.
    public static func negotiate(accept: String?, endpoint: Endpoint) throws(APIError) -> ResponseFormat {
        guard let accept, !accept.isEmpty else { return .json }
        let ranges = MediaRange.parseAccept(accept).filter(\.admitsJSON)
        switch endpoint {
        case .resource:
            for range in ranges {
                if let format = resourceFormat(range) { return format }
            }
        case .discovery:
            // Upstream first looks for a range asking for aggregated discovery anywhere in the header, then
            // lets the legacy handler negotiate plain JSON.
            for range in ranges {
                if let version = aggregatedDiscoveryVersion(range) { return .aggregatedDiscovery(version: version) }
            }
            if ranges.contains(where: isPlain) { return .json }
        case .plain:
            if ranges.contains(where: isPlain) { return .json }
        }
        throw notAcceptable
    }

    /// Upstream's 406 for an Accept header with nothing the server writes.
    public static let notAcceptable = APIError(
        .notAcceptable, "only the following media types are accepted: application/json")

    /// A resource range: plain JSON, or a Table; any other conversion, or a stream other than `watch`, is
    /// not served by this range.
    private static func resourceFormat(_ range: MediaRange) -> ResponseFormat? {
        if let stream = range.parameters["stream"], !stream.isEmpty, stream != "watch" { return nil }
        guard let conversion = conversion(range) else { return .json }
        guard conversion.group == "meta.k8s.io", conversion.version == "v1" || conversion.version == "v1beta1",
            conversion.kind == "Table"
        else { return nil }
        return .table(version: conversion.version)
    }

    /// The version of an aggregated discovery range (`g=apidiscovery.k8s.io;v=v2|v2beta1;as=APIGroupDiscoveryList`).
    private static func aggregatedDiscoveryVersion(_ range: MediaRange) -> String? {
        guard !hasStream(range), let conversion = conversion(range), conversion.group == "apidiscovery.k8s.io",
            conversion.version == "v2" || conversion.version == "v2beta1", conversion.kind == "APIGroupDiscoveryList"
        else { return nil }
        return conversion.version
    }

    /// A range asking for no conversion and no stream.
    private static func isPlain(_ range: MediaRange) -> Bool {
        !hasStream(range) && conversion(range) == nil
    }

    private static func hasStream(_ range: MediaRange) -> Bool {
        !(range.parameters["stream"] ?? "").isEmpty
    }

    /// The group, version and kind the range asks to convert to; nil when it names none of `g`, `v`, `as`.
    private static func conversion(_ range: MediaRange) -> (group: String, version: String, kind: String)? {
        let group = range.parameters["g"]
        let version = range.parameters["v"]
        let kind = range.parameters["as"]
        if group == nil && version == nil && kind == nil { return nil }
        return (group ?? "", version ?? "", kind ?? "")
    }
}
