/// What the API says about one resource: its names, kind, scope and verbs, as discovery publishes them
/// and as routes, error messages, Tables and OpenAPI need them. One value per resource in `ResourceCatalog`.
public struct ResourceInfo: Sendable, Hashable {
    /// A subresource (`status`, `binding`, `eviction`) with the kind it takes and returns.
    public struct Subresource: Sendable, Hashable {
        /// The path segment after the object's name.
        public var name: String
        /// The kind of the request and response body.
        public var kind: String
        /// The kind's group when it differs from the parent's (`policy` for `Eviction`), else nil.
        public var group: String?
        /// The kind's version when it differs from the parent's, else nil.
        public var version: String?
        /// The verbs discovery lists.
        public var verbs: [String]

        /// A subresource; `group`/`version` only when the body kind lives elsewhere.
        public init(name: String, kind: String, group: String? = nil, version: String? = nil, verbs: [String]) {
            self.name = name
            self.kind = kind
            self.group = group
            self.version = version
            self.verbs = verbs
        }
    }

    /// The API group, "" for the core group.
    public var group: String
    /// The version, `v1` for every resource served here.
    public var version: String
    /// The plural resource name in paths (`daemonsets`).
    public var resource: String
    /// The singular name (`daemonset`).
    public var singular: String
    /// The kind (`DaemonSet`).
    public var kind: String
    /// Whether objects live in a namespace.
    public var namespaced: Bool
    /// Discovery short names (`ds`): kubectl only knows them from discovery.
    public var shortNames: [String]
    /// Discovery categories (`all`, which `kubectl get all` expands).
    public var categories: [String]
    /// The verbs of the main resource, sorted as upstream lists them.
    public var verbs: [String]
    /// The subresources served.
    public var subresources: [Subresource]
    /// The `kubectl get` columns of a kind served from its schema; empty for the kinds with a printer of their
    /// own and for the default Name / Created At.
    public var printerColumns: [PrinterColumn] = []

    /// A resource description.
    public init(
        group: String, version: String = "v1", resource: String, singular: String, kind: String, namespaced: Bool,
        shortNames: [String] = [], categories: [String] = [], verbs: [String] = ResourceInfo.allVerbs,
        subresources: [Subresource] = []
    ) {
        self.group = group
        self.version = version
        self.resource = resource
        self.singular = singular
        self.kind = kind
        self.namespaced = namespaced
        self.shortNames = shortNames
        self.categories = categories
        self.verbs = verbs
        self.subresources = subresources
    }

    /// The eight verbs of a full REST resource, in upstream's discovery order.
    public static let allVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]

    /// `apps/v1`, or `v1` for the core group.
    public var groupVersion: String { group.isEmpty ? version : group + "/" + version }

    /// The path prefix of the group version: `/api/v1` or `/apis/apps/v1`.
    public var groupVersionPath: String { group.isEmpty ? "/api/" + version : "/apis/" + group + "/" + version }

    /// `daemonsets.apps`, or `pods` for the core group: how upstream names the resource in messages.
    public var qualifiedResource: String { group.isEmpty ? resource : resource + "." + group }

    /// The subresource called `name`, if served.
    public func subresource(_ name: String) -> Subresource? {
        subresources.first { $0.name == name }
    }
}
