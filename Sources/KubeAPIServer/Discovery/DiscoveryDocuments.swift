import KubeModel

/// Every discovery document of a set of resources, built and encoded once: legacy `/api`, `/apis`,
/// `/apis/<group>`, the `APIResourceList`s, and aggregated discovery (v2 and v2beta1) for `/api` and `/apis`.
/// Resources and subresources are listed sorted by name, as upstream registers them.
struct DiscoveryDocuments: Sendable {
    /// The aggregated discovery versions served: kubectl 1.29+ asks for v2, 1.27 and 1.28 only for v2beta1.
    static let aggregatedVersions = ["v2", "v2beta1"]

    /// `/api`: `APIVersions`.
    let coreVersions: [UInt8]
    /// `/apis`: `APIGroupList`.
    let groupList: [UInt8]
    /// `APIGroup` by path (`/apis/apps`).
    let groups: [String: [UInt8]]
    /// `APIResourceList` by path (`/api/v1`, `/apis/apps/v1`).
    let resourceLists: [String: [UInt8]]
    /// `/api` aggregated, by version.
    let aggregatedCore: [String: [UInt8]]
    /// `/apis` aggregated, by version.
    let aggregatedGroups: [String: [UInt8]]

    /// The documents of `resources`; `/api` tells every client to reach the server at `serverAddress`.
    init(resources: [ResourceInfo], serverAddress: String) {
        coreVersions = Self.apiVersions(resources, serverAddress: serverAddress).jsonBytes()
        groupList = APIGroupList(groups: Self.groupNames(resources).map { Self.group($0, resources) }).jsonBytes()
        var groups: [String: [UInt8]] = [:]
        for name in Self.groupNames(resources) {
            var group = Self.group(name, resources)
            group.kind = "APIGroup"
            group.apiVersion = "v1"
            groups["/apis/" + name] = group.jsonBytes()
        }
        self.groups = groups
        var resourceLists: [String: [UInt8]] = [:]
        for (path, list) in Self.resourceLists(resources) { resourceLists[path] = list.jsonBytes() }
        self.resourceLists = resourceLists
        var aggregatedCore: [String: [UInt8]] = [:]
        var aggregatedGroups: [String: [UInt8]] = [:]
        for version in Self.aggregatedVersions {
            aggregatedCore[version] = Self.aggregated(resources, core: true, version: version).jsonBytes()
            aggregatedGroups[version] = Self.aggregated(resources, core: false, version: version).jsonBytes()
        }
        self.aggregatedCore = aggregatedCore
        self.aggregatedGroups = aggregatedGroups
    }

    /// `/api`: the core group's versions.
    static func apiVersions(_ resources: [ResourceInfo], serverAddress: String) -> APIVersions {
        APIVersions(
            versions: versions(of: "", resources),
            serverAddressByClientCIDRs: [ServerAddressByClientCIDR(clientCIDR: "0.0.0.0/0", serverAddress: serverAddress)])
    }

    /// The named groups, in the order the resources list them.
    static func groupNames(_ resources: [ResourceInfo]) -> [String] {
        var names: [String] = []
        for resource in resources where !resource.group.isEmpty && !names.contains(resource.group) {
            names.append(resource.group)
        }
        return names
    }

    /// The `APIGroup` entry of a named group (without TypeMeta, as inside `/apis`).
    static func group(_ name: String, _ resources: [ResourceInfo]) -> APIGroup {
        APIGroup(name: name, versions: versions(of: name, resources).map { GroupVersionForDiscovery(group: name, version: $0) })
    }

    /// Every `APIResourceList` by path; the core list carries no apiVersion, as upstream's legacy handler.
    static func resourceLists(_ resources: [ResourceInfo]) -> [String: APIResourceList] {
        var lists: [String: APIResourceList] = [:]
        for resource in resources {
            let path = resource.groupVersionPath
            var list = lists[path] ?? APIResourceList(
                groupVersion: resource.groupVersion, apiVersion: resource.group.isEmpty ? "" : "v1", resources: [])
            list.resources += apiResources(resource)
            lists[path] = list
        }
        for path in lists.keys { lists[path]?.resources.sort { GoText.precedes($0.name, $1.name) } }
        return lists
    }

    /// The entries of one resource: itself, then `<resource>/<subresource>` with an empty singular name.
    static func apiResources(_ resource: ResourceInfo) -> [APIResource] {
        var main = APIResource()
        main.name = resource.resource
        main.singularName = resource.singular
        main.namespaced = resource.namespaced
        main.kind = resource.kind
        main.verbs = resource.verbs
        main.shortNames = resource.shortNames
        main.categories = resource.categories
        var entries = [main]
        for subresource in resource.subresources {
            var entry = APIResource()
            entry.name = resource.resource + "/" + subresource.name
            entry.namespaced = resource.namespaced
            entry.group = subresource.group ?? ""
            entry.version = subresource.version ?? ""
            entry.kind = subresource.kind
            entry.verbs = subresource.verbs
            entries.append(entry)
        }
        return entries
    }

    /// Aggregated discovery of the core group (`/api`) or of the named groups (`/apis`).
    static func aggregated(_ resources: [ResourceInfo], core: Bool, version: String) -> APIGroupDiscoveryList {
        let names = core ? [""] : groupNames(resources)
        let items = names.map { name in
            APIGroupDiscovery(
                name: name,
                versions: versions(of: name, resources).map { groupVersion in
                    APIVersionDiscovery(
                        version: groupVersion,
                        resources: resources.filter { $0.group == name && $0.version == groupVersion }
                            .sorted { GoText.precedes($0.resource, $1.resource) }
                            .map(resourceDiscovery))
                })
        }
        return APIGroupDiscoveryList(apiVersion: "apidiscovery.k8s.io/" + version, items: items)
    }

    /// One resource of aggregated discovery, subresources sorted by name.
    static func resourceDiscovery(_ resource: ResourceInfo) -> APIResourceDiscovery {
        var discovery = APIResourceDiscovery()
        discovery.resource = resource.resource
        discovery.responseKind = GroupVersionKind(group: resource.group, version: resource.version, kind: resource.kind)
        discovery.scope = resource.namespaced ? "Namespaced" : "Cluster"
        discovery.singularResource = resource.singular
        discovery.verbs = resource.verbs
        discovery.shortNames = resource.shortNames
        discovery.categories = resource.categories
        discovery.subresources = resource.subresources.sorted { GoText.precedes($0.name, $1.name) }.map { subresource in
            var entry = APISubresourceDiscovery()
            entry.subresource = subresource.name
            entry.responseKind = GroupVersionKind(
                group: subresource.group ?? resource.group, version: subresource.version ?? resource.version,
                kind: subresource.kind)
            entry.verbs = subresource.verbs
            return entry
        }
        return discovery
    }

    /// The versions of `group`, most preferred first, as upstream orders them (`v2`, `v1`, `v1beta1`, `v1alpha1`).
    static func versions(of group: String, _ resources: [ResourceInfo]) -> [String] {
        var versions: [String] = []
        for resource in resources where resource.group == group && !versions.contains(resource.version) {
            versions.append(resource.version)
        }
        return versions.sorted { priority($0) > priority($1) }
    }

    /// How upstream ranks a version: GA over beta over alpha, then the higher numbers; anything else last.
    private static func priority(_ version: String) -> (Int, Int, Int) {
        guard version.hasPrefix("v"), let major = Int(version.dropFirst().prefix { $0.isNumber }) else { return (0, 0, 0) }
        let rest = version.dropFirst().drop { $0.isNumber }
        if rest.isEmpty { return (3, major, 0) }
        for (stage, rank) in [("beta", 2), ("alpha", 1)] where rest.hasPrefix(stage) {
            guard let minor = Int(rest.dropFirst(stage.count)) else { return (0, 0, 0) }
            return (rank, major, minor)
        }
        return (0, 0, 0)
    }
}
