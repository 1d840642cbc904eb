import KubeModel

/// What a CustomResourceDefinition says, read from the object: the names, scope and versions the API serves
/// for it. Read leniently (missing members are empty): validation decides what is acceptable.
public struct CustomResourceDefinitionFacts: Sendable, Hashable {
    public struct Names: Sendable, Hashable {
        public var plural = ""
        public var singular = ""
        public var kind = ""
        public var listKind = ""
        public var shortNames: [String] = []
        public var categories: [String] = []
    }

    public struct Version: Sendable, Hashable {
        public var name = ""
        public var served = false
        public var storage = false
        public var schema: JSONValue?
        public var statusSubresource = false
        /// `subresources.scale`: where the replicas and selector live.
        public var scale: Scale?
        public var columns: [JSONValue] = []
    }

    public struct Scale: Sendable, Hashable {
        public var specReplicasPath = ""
        public var statusReplicasPath = ""
        public var labelSelectorPath: String?
    }

    public var group: String
    public var names: Names
    public var namespaced: Bool
    public var scope: String
    public var versions: [Version]
    /// Whether the definition is being deleted: its objects are read and deleted, no longer created.
    public var terminating: Bool

    public init(_ object: UnstructuredObject) {
        terminating = object.metadata.deletionTimestamp != nil
        let spec = object.unknownFields["spec"] ?? [:]
        group = spec["group"]?.stringValue ?? ""
        scope = spec["scope"]?.stringValue ?? ""
        namespaced = scope == "Namespaced"
        names = Self.names(spec["names"] ?? [:])
        versions = (spec["versions"]?.arrayValue ?? []).map { version in
            var read = Version()
            read.name = version["name"]?.stringValue ?? ""
            read.served = version["served"] == .bool(true)
            read.storage = version["storage"] == .bool(true)
            read.schema = version["schema"]?["openAPIV3Schema"]
            read.statusSubresource = version["subresources"]?["status"] != nil
            if let scale = version["subresources"]?["scale"]?.objectValue {
                read.scale = Scale(
                    specReplicasPath: scale["specReplicasPath"]?.stringValue ?? "",
                    statusReplicasPath: scale["statusReplicasPath"]?.stringValue ?? "",
                    labelSelectorPath: scale["labelSelectorPath"]?.stringValue)
            }
            read.columns = version["additionalPrinterColumns"]?.arrayValue ?? []
            return read
        }
    }

    static func names(_ value: JSONValue) -> Names {
        Names(
            plural: value["plural"]?.stringValue ?? "", singular: value["singular"]?.stringValue ?? "",
            kind: value["kind"]?.stringValue ?? "", listKind: value["listKind"]?.stringValue ?? "",
            shortNames: value["shortNames"]?.arrayValue?.compactMap(\.stringValue) ?? [],
            categories: value["categories"]?.arrayValue?.compactMap(\.stringValue) ?? [])
    }

    /// The version objects are stored at.
    public var storageVersion: String? { versions.first { $0.storage }?.name }

    /// The kinds served, one per served version.
    public var kinds: [KindDefinition] {
        versions.filter(\.served).map { version in
            var subresources: [ResourceInfo.Subresource] = []
            if version.statusSubresource { subresources.append(ResourceCatalog.status(names.kind)) }
            if version.scale != nil {
                subresources.append(
                    .init(name: "scale", kind: "Scale", group: "autoscaling", version: "v1", verbs: ["get", "patch", "update"]))
            }
            let info = ResourceInfo(
                group: group, version: version.name, resource: names.plural, singular: names.singular,
                kind: names.kind, namespaced: namespaced, shortNames: names.shortNames, categories: names.categories,
                verbs: terminating ? Self.terminatingVerbs : Self.verbs, subresources: subresources)
            return KindDefinition(
                custom: info, schema: version.schema ?? ["type": "object", "x-kubernetes-preserve-unknown-fields": true],
                columns: Self.columns(version.columns), storageVersion: storageVersion ?? version.name)
        }
    }

    /// A custom resource's verbs, in upstream's order for them.
    static let verbs = ["delete", "deletecollection", "get", "list", "patch", "create", "update", "watch"]
    /// Those left while the definition is being deleted.
    static let terminatingVerbs = ["delete", "deletecollection", "get", "list", "watch"]

    /// `additionalPrinterColumns` as `kubectl get` columns; none means one Age column, as upstream.
    static func columns(_ declared: [JSONValue]) -> [PrinterColumn] {
        guard !declared.isEmpty else {
            return [PrinterColumn("Age", "date", .jsonPath(".metadata.creationTimestamp"))]
        }
        return declared.map { column in
            PrinterColumn(
                column["name"]?.stringValue ?? "", column["type"]?.stringValue ?? "string",
                .jsonPath(column["jsonPath"]?.stringValue ?? ""),
                priority: Int32(truncatingIfNeeded: column["priority"]?.intValue ?? 0),
                format: column["format"]?.stringValue ?? "", description: column["description"]?.stringValue ?? "")
        }
    }
}
