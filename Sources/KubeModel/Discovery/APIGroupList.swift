import Foundation

/// `metav1.APIGroupList`: the legacy `/apis` document, one `APIGroup` per named group.
public struct APIGroupList: APIModel, Hashable {
    public var kind: String = "APIGroupList"
    public var apiVersion: String = "v1"
    public var groups: [APIGroup] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// The list of `groups`.
    public init(groups: [APIGroup]) { self.groups = groups }

    public static let schema = Schema<APIGroupList>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("groups", \.groups),
    ])
}

/// `metav1.APIGroup`: a group, its versions and the preferred one (`/apis/<group>`, or an item of
/// `/apis` without kind and apiVersion).
public struct APIGroup: APIModel, Hashable {
    /// "APIGroup" when served alone at `/apis/<group>`; empty inside an `APIGroupList`.
    public var kind: String = ""
    public var apiVersion: String = ""
    public var name: String = ""
    public var versions: [GroupVersionForDiscovery] = []
    public var preferredVersion = GroupVersionForDiscovery()
    public var serverAddressByClientCIDRs: [ServerAddressByClientCIDR] = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// The group `name` with `versions`, the first preferred.
    public init(name: String, versions: [GroupVersionForDiscovery]) {
        self.name = name
        self.versions = versions
        self.preferredVersion = versions.first ?? GroupVersionForDiscovery()
    }

    public static let schema = Schema<APIGroup>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("name", \.name),
        .field("versions", \.versions),
        .field("preferredVersion", \.preferredVersion),
        .omitEmpty("serverAddressByClientCIDRs", \.serverAddressByClientCIDRs),
    ])
}

/// `metav1.GroupVersionForDiscovery`: "apps/v1" and "v1".
public struct GroupVersionForDiscovery: APIModel, Hashable {
    public var groupVersion: String = ""
    public var version: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// The version `version` of `group`.
    public init(group: String, version: String) {
        self.groupVersion = group.isEmpty ? version : group + "/" + version
        self.version = version
    }

    public static let schema = Schema<GroupVersionForDiscovery>([
        .field("groupVersion", \.groupVersion),
        .field("version", \.version),
    ])
}
