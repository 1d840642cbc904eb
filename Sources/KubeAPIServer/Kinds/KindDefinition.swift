import KubeModel

/// A kind stated once: its names, scope and subresources (`info`), how its objects are named, its schema
/// (the kind's own type first, then the types it names) and its `kubectl get` columns. Discovery, routes,
/// OpenAPI v2 and v3, validation, unknown-field checks, strategic-merge and apply keys and Tables all come
/// from this value; a kind with no behaviour of its own needs nothing else (`SchemaStrategy` serves it). A
/// custom resource takes the same path with its CRD's schema (`init(custom:...)`).
public struct KindDefinition: Sendable {
    public var info: ResourceInfo
    public var nameRule: NameValidation.NameRule
    /// The kind's own type (its fields besides `kind`, `apiVersion` and `metadata`), then the types it names;
    /// empty for a custom resource, whose schema is JSON.
    public var types: [TypeSchema]
    /// The OpenAPI name of the kind's own type.
    public let definitionName: String
    /// Every type as an OpenAPI v3 schema, by name; the kind's own carries its group, version and kind.
    public let definitions: [String: JSONValue]
    /// A custom resource's schema, which defaults, prunes and validates its objects; nil for built-in kinds,
    /// whose types decide.
    public var structural: StructuralSchema?
    /// `group/version` a custom resource's objects are stored at, whatever version they are written at.
    public var storageGroupVersion: String?
    /// A warning for every create, as upstream's `WarningsOnCreate` (kinds whose controller does not run here).
    public var createWarning: String?
    /// What the kind does to an object on every create and update besides the generic rules (a Secret's
    /// `stringData` folded into `data`, a Service's defaults and cluster IP), given the object it replaces on an
    /// update; nil for kinds with no behaviour.
    public var normalize: (@Sendable (inout UnstructuredObject, _ old: UnstructuredObject?) -> Void)?

    /// A kind whose top-level fields are `fields`; its type is named after the group, version and kind.
    public init(
        _ info: ResourceInfo, nameRule: NameValidation.NameRule = .dnsSubdomain, summary: String,
        fields: [FieldSchema], types: [TypeSchema] = [], columns: [PrinterColumn] = [], createWarning: String? = nil,
        normalize: (@Sendable (inout UnstructuredObject, _ old: UnstructuredObject?) -> Void)? = nil
    ) {
        self.normalize = normalize
        self.info = info
        // The columns after Name (an Age column comes last unless one is named Age) travel with the resource.
        self.info.printerColumns = columns
        self.nameRule = nameRule
        let kind = GroupVersionKind(group: info.group, version: info.version, kind: info.kind)
        self.types = [TypeSchema.object(Self.definitionPrefix(info) + info.kind, summary, fields, kind: kind)] + types
        self.createWarning = createWarning
        definitionName = self.types[0].name
        definitions = self.types.reduce(into: [:]) { definitions, type in definitions[type.name] = type.openAPI }
    }

    /// The kind of a custom resource served at one version of its CRD, validated by `schema` (that version's
    /// `openAPIV3Schema`) and printed with `columns` (its `additionalPrinterColumns`).
    public init(custom info: ResourceInfo, schema: JSONValue, columns: [PrinterColumn], storageVersion: String) {
        self.info = info
        storageGroupVersion = info.group + "/" + storageVersion
        self.info.printerColumns = columns
        nameRule = .dnsSubdomain
        types = []
        createWarning = nil
        normalize = nil
        structural = StructuralSchema(schema)
        // Upstream names a custom type by its group reversed: `com.example.v1.Widget`.
        definitionName = info.group.split(separator: ".").reversed().joined(separator: ".") + "." + info.version + "."
            + info.kind
        var published = schema.objectValue ?? [:]
        var properties = published["properties"]?.objectValue ?? [:]
        for field in TypeSchema.objectFields { properties[field.name] = field.openAPI }
        published["type"] = "object"
        published["properties"] = .object(properties)
        published["x-kubernetes-group-version-kind"] = [
            OpenAPISchema.groupVersionKind(group: info.group, version: info.version, kind: info.kind)
        ]
        definitions = [definitionName: .object(published)]
    }

    /// `io.k8s.api.rbac.v1.`: where upstream names the types of a built-in group version.
    public static func definitionPrefix(_ info: ResourceInfo) -> String {
        definitionPrefix(group: info.group, version: info.version)
    }

    /// The prefix of a group version's type names; API extensions live in their own module upstream.
    static func definitionPrefix(group: String, version: String) -> String {
        if group == "apiextensions.k8s.io" { return "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.\(version)." }
        let short = group.isEmpty ? "core" : String(group.prefix { $0 != "." })
        return "io.k8s.api.\(short).\(version)."
    }

    /// The strategic-merge and apply facts of the kind's objects.
    var patchSchema: PatchSchema {
        guard let structural else { return .served }
        return .custom(kind: info.kind, definitionName: definitionName, schema: structural.root)
    }

    /// Whether objects carry a spec (and so a `metadata.generation` that counts its changes); a custom object's
    /// generation counts every change but those of its status and metadata.
    var hasSpec: Bool { structural != nil || types.first?.fields.contains { $0.name == "spec" } == true }
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
        /// A CRD column's JSONPath (`.status.conditions[?(@.type=="Ready")].status`); such columns are all the
        /// kind's columns, Age included.
        case jsonPath(String)
    }

    public var name: String
    /// `string`, `integer`, `date`...
    public var type: String
    public var cell: Cell
    /// 1 for columns shown only with `-o wide`.
    public var priority: Int32
    /// The column's OpenAPI format, and a line saying what it shows (a CRD's columns have them).
    public var format: String
    public var description: String

    /// A string column.
    public init(_ name: String, _ cell: Cell, priority: Int32 = 0) {
        self.init(name, "string", cell, priority: priority)
    }

    public init(_ name: String, _ type: String, _ cell: Cell, priority: Int32 = 0, format: String = "", description: String = "") {
        self.name = name
        self.type = type
        self.cell = cell
        self.priority = priority
        self.format = format
        self.description = description
    }
}
