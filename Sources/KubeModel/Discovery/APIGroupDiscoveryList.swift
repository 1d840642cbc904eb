import Foundation

/// `apidiscovery.k8s.io/v2` `APIGroupDiscoveryList`: aggregated discovery, every group, version and
/// resource in one document (`/api` holds the core group, `/apis` the named ones).
public struct APIGroupDiscoveryList: APIModel, Hashable {
    public var kind: String = "APIGroupDiscoveryList"
    /// `apidiscovery.k8s.io/v2`, or `apidiscovery.k8s.io/v2beta1` for kubectl 1.27 and 1.28.
    public var apiVersion: String = "apidiscovery.k8s.io/v2"
    public var metadata = ListMeta()
    public var items: [APIGroupDiscovery] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// The document holding `items`, under `apiVersion`.
    public init(apiVersion: String, items: [APIGroupDiscovery]) {
        self.apiVersion = apiVersion
        self.items = items
    }

    public static let schema = Schema<APIGroupDiscoveryList>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
        .field("items", \.items),
    ])
}

/// `APIGroupDiscovery`: one group; `metadata.name` is the group ("" for core, so only
/// `"creationTimestamp":null` remains, as upstream writes an empty ObjectMeta).
public struct APIGroupDiscovery: APIModel, Hashable {
    public var kind: String = ""
    public var apiVersion: String = ""
    public var metadata = ObjectMeta()
    /// Versions in preference order.
    public var versions: [APIVersionDiscovery] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// The group `name` with `versions`.
    public init(name: String, versions: [APIVersionDiscovery]) {
        self.metadata.name = name
        self.versions = versions
    }

    public static let schema = Schema<APIGroupDiscovery>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
        .omitEmpty("versions", \.versions),
    ])
}

/// `APIVersionDiscovery`: one version of a group and its resources.
public struct APIVersionDiscovery: APIModel, Hashable {
    public var version: String = ""
    public var resources: [APIResourceDiscovery] = []
    /// "Current" or "Stale" (an aggregated server that could not be reached).
    public var freshness: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// A current version.
    public init(version: String, resources: [APIResourceDiscovery], freshness: String = "Current") {
        self.version = version
        self.resources = resources
        self.freshness = freshness
    }

    public static let schema = Schema<APIVersionDiscovery>([
        .field("version", \.version),
        .omitEmpty("resources", \.resources),
        .omitEmpty("freshness", \.freshness),
    ])
}

/// `APIResourceDiscovery`: one resource with its scope, kind, verbs, short names and subresources.
public struct APIResourceDiscovery: APIModel, Hashable {
    /// The plural name ("daemonsets").
    public var resource: String = ""
    public var responseKind: GroupVersionKind?
    /// "Namespaced" or "Cluster".
    public var scope: String = ""
    public var singularResource: String = ""
    public var verbs: [String] = []
    public var shortNames: [String] = []
    public var categories: [String] = []
    public var subresources: [APISubresourceDiscovery] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<APIResourceDiscovery>([
        .field("resource", \.resource),
        .optional("responseKind", \.responseKind),
        .field("scope", \.scope),
        .field("singularResource", \.singularResource),
        .field("verbs", \.verbs),
        .omitEmpty("shortNames", \.shortNames),
        .omitEmpty("categories", \.categories),
        .omitEmpty("subresources", \.subresources),
    ])
}

/// `APISubresourceDiscovery`: a subresource (`status`, `eviction`) with its kind and verbs.
public struct APISubresourceDiscovery: APIModel, Hashable {
    public var subresource: String = ""
    public var responseKind: GroupVersionKind?
    public var acceptedTypes: [GroupVersionKind] = []
    public var verbs: [String] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<APISubresourceDiscovery>([
        .field("subresource", \.subresource),
        .optional("responseKind", \.responseKind),
        .omitEmpty("acceptedTypes", \.acceptedTypes),
        .field("verbs", \.verbs),
    ])
}
