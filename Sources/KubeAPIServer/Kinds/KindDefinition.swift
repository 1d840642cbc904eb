import KubeModel

/// A kind stated once: its names, scope and subresources (`info`), how its objects are named, its schema
/// (the kind's own type first, then the types it names) and its `kubectl get` columns. Discovery, routes,
/// OpenAPI v2 and v3, validation, unknown-field checks, strategic-merge and apply keys and Tables all come
/// from this value; a kind with no behaviour of its own needs nothing else (`SchemaStrategy` serves it).
public struct KindDefinition: Sendable {
    public var info: ResourceInfo
    public var nameRule: NameValidation.NameRule
    /// The kind's own type (its fields besides `kind`, `apiVersion` and `metadata`), then the types it names.
    public var types: [TypeSchema]
    /// A warning for every create, as upstream's `WarningsOnCreate` (kinds whose controller does not run here).
    public var createWarning: String?
    /// What the kind does to an object on every write besides the generic rules (a Secret's `stringData`
    /// folded into `data`, a Service's defaults and cluster IP); nil for kinds with no behaviour.
    public var normalize: (@Sendable (inout UnstructuredObject) -> Void)?

    /// A kind whose top-level fields are `fields`; its type is named after the group, version and kind.
    public init(
        _ info: ResourceInfo, nameRule: NameValidation.NameRule = .dnsSubdomain, summary: String,
        fields: [FieldSchema], types: [TypeSchema] = [], columns: [PrinterColumn] = [], createWarning: String? = nil,
        normalize: (@Sendable (inout UnstructuredObject) -> Void)? = nil
    ) {
        self.normalize = normalize
        self.info = info
        // The columns after Name (an Age column comes last unless one is named Age) travel with the resource.
        self.info.printerColumns = columns
        self.nameRule = nameRule
        let metadata: [FieldSchema] = [
            FieldSchema("apiVersion", .string), FieldSchema("kind", .string),
            FieldSchema("metadata", .type("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta")),
        ]
        self.types = [TypeSchema(Self.definitionPrefix(info) + info.kind, summary, metadata + fields)] + types
        self.createWarning = createWarning
    }

    /// `io.k8s.api.rbac.v1.`: where upstream names the types of a built-in group version.
    public static func definitionPrefix(_ info: ResourceInfo) -> String {
        let group = info.group.isEmpty ? "core" : String(info.group.prefix { $0 != "." })
        return "io.k8s.api.\(group).\(info.version)."
    }

    /// The OpenAPI name of the kind's own type.
    public var definitionName: String { types[0].name }

    /// Whether objects carry a spec (and so a `metadata.generation` that counts its changes).
    var hasSpec: Bool { types[0].fields.contains { $0.name == "spec" } }

    /// Every type as an OpenAPI v3 schema, by name; the kind's own carries its group, version and kind.
    public var definitions: [String: JSONValue] {
        var definitions: [String: JSONValue] = [:]
        for (index, type) in types.enumerated() {
            definitions[type.name] = type.openAPI(
                kind: index == 0 ? GroupVersionKind(group: info.group, version: info.version, kind: info.kind) : nil)
        }
        return definitions
    }
}

/// One `kubectl get` column of a kind defined by `KindDefinition`, as a CRD's `additionalPrinterColumns`.
public struct PrinterColumn: Sendable, Hashable {
    /// What a cell shows.
    public enum Cell: Sendable, Hashable {
        /// The value at a path of field names (`["spec", "replicas"]`), empty when missing.
        case path([String])
        /// How many members or items the fields at these paths hold together (a ConfigMap's Data).
        case count([[String]])
        /// `<value at first>/<value at second>` (a RoleBinding's `ClusterRole/admin`).
        case joined([String], [String])
        /// The object's age.
        case age
        /// A Service's ports as kubectl prints them: `80/TCP,443:30443/TCP`.
        case servicePorts
        /// The first addresses of an Endpoints object: `10.0.0.1:80,10.0.0.2:80`.
        case endpointAddresses
    }

    public var name: String
    /// `string`, `integer`, `date`...
    public var type: String
    public var cell: Cell
    /// 1 for columns shown only with `-o wide`.
    public var priority: Int32

    /// A string column.
    public init(_ name: String, _ cell: Cell, priority: Int32 = 0) {
        self.init(name, "string", cell, priority: priority)
    }

    public init(_ name: String, _ type: String, _ cell: Cell, priority: Int32 = 0) {
        self.name = name
        self.type = type
        self.cell = cell
        self.priority = priority
    }
}
