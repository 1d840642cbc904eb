import Foundation

/// `metav1.APIResourceList`: the resources of one group version (`/api/v1`, `/apis/apps/v1`), which
/// `kubectl drain` reads for `pods/eviction` even when aggregated discovery is served.
public struct APIResourceList: APIModel, Hashable {
    public var kind: String = "APIResourceList"
    /// "v1" for named groups; the core `/api/v1` document writes none.
    public var apiVersion: String = ""
    public var groupVersion: String = ""
    public var resources: [APIResource] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// The list for `groupVersion`.
    public init(groupVersion: String, apiVersion: String, resources: [APIResource]) {
        self.groupVersion = groupVersion
        self.apiVersion = apiVersion
        self.resources = resources
    }

    public static let schema = Schema<APIResourceList>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("groupVersion", \.groupVersion),
        .field("resources", \.resources),
    ])
}

/// `metav1.APIResource`: one resource or subresource (`pods/status`) of a group version.
public struct APIResource: APIModel, Hashable {
    /// "pods", or "pods/status" for a subresource.
    public var name: String = ""
    /// "pod"; empty for subresources, as upstream writes them.
    public var singularName: String = ""
    public var namespaced: Bool = false
    /// The body kind's group when it differs from the list's (`policy` for `pods/eviction`).
    public var group: String = ""
    /// The body kind's version when it differs from the list's.
    public var version: String = ""
    public var kind: String = ""
    public var verbs: [String] = []
    public var shortNames: [String] = []
    public var categories: [String] = []
    public var storageVersionHash: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    public static let schema = Schema<APIResource>([
        .field("name", \.name),
        .field("singularName", \.singularName),
        .field("namespaced", \.namespaced),
        .omitEmpty("group", \.group),
        .omitEmpty("version", \.version),
        .field("kind", \.kind),
        .field("verbs", \.verbs),
        .omitEmpty("shortNames", \.shortNames),
        .omitEmpty("categories", \.categories),
        .omitEmpty("storageVersionHash", \.storageVersionHash),
    ])
}
