import Foundation

/// `metav1.Table`: a list or object rendered as rows of cells for `kubectl get`, with the column
/// definitions that say how to show them (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`).
public struct Table: TypedObject, Hashable {
    public static let apiVersion = "meta.k8s.io/v1"
    public static let kind = "Table"

    public var kind: String = Table.kind
    /// `meta.k8s.io/v1`, or `meta.k8s.io/v1beta1` when that version was asked for.
    public var apiVersion: String = Table.apiVersion
    /// The list's (or the object's) resourceVersion, continue token and remaining count.
    public var metadata = ListMeta()
    /// The columns; nil (written `null`) in a watch event after the first, as upstream omits headers there.
    public var columnDefinitions: [TableColumnDefinition]? = []
    /// One row per object; nil (written `null`) only where upstream's printer leaves the slice nil.
    public var rows: [TableRow]? = []
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// TypeMeta inline, then metadata (a struct, so always written) and the two slices without `omitempty`.
    public static let schema = Schema<Table>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
        .nullable("columnDefinitions", \.columnDefinitions),
        .nullable("rows", \.rows),
    ])
}

/// `metav1.TableColumnDefinition`: a column's name, its OpenAPI type and format, and its priority
/// (0 is always shown, higher only with `-o wide`).
public struct TableColumnDefinition: APIModel, Hashable {
    /// The header kubectl upper-cases ("Name", "Nominated Node").
    public var name: String = ""
    /// An OpenAPI type: "string", "integer", "number", "boolean" or "date".
    public var type: String = ""
    /// An OpenAPI format; "name" marks the column kubectl prefixes with the kind (`pod/x`).
    public var format: String = ""
    /// What the column shows, usually the swagger doc of the field it comes from.
    public var description: String = ""
    /// 0 for default columns, 1 for the wide ones.
    public var priority: Int32 = 0
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// A column definition.
    public init(name: String, type: String, format: String = "", description: String, priority: Int32 = 0) {
        self.name = name
        self.type = type
        self.format = format
        self.description = description
        self.priority = priority
    }

    public static let schema = Schema<TableColumnDefinition>([
        .field("name", \.name),
        .field("type", \.type),
        .field("format", \.format),
        .field("description", \.description),
        .field("priority", \.priority),
    ])
}

/// `metav1.TableRow`: the cells of one object, optional row conditions, and the object itself
/// (PartialObjectMetadata, the full object, or `null`, per `?includeObject=`).
public struct TableRow: APIModel, Hashable {
    /// One value per column definition: strings, integers or booleans.
    public var cells: [JSONValue] = []
    /// Row conditions (`Completed` for succeeded and failed pods).
    public var conditions: [TableRowCondition] = []
    /// The embedded object; nil is written `null`, as Go writes an empty `RawExtension`.
    public var object: RawExtension?
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// A row.
    public init(cells: [JSONValue], conditions: [TableRowCondition] = [], object: RawExtension? = nil) {
        self.cells = cells
        self.conditions = conditions
        self.object = object
    }

    public static let schema = Schema<TableRow>([
        .field("cells", \.cells),
        .omitEmpty("conditions", \.conditions),
        .nullable("object", \.object),
    ])
}

/// `metav1.TableRowCondition`: a condition of a row (only `Completed` is defined upstream).
public struct TableRowCondition: APIModel, Hashable {
    /// The condition type ("Completed").
    public var type: String = ""
    /// "True", "False" or "Unknown".
    public var status: String = ""
    public var reason: String = ""
    public var message: String = ""
    public var unknownFields: JSONObject = [:]

    public init() {}

    /// A condition.
    public init(type: String, status: String, reason: String = "", message: String = "") {
        self.type = type
        self.status = status
        self.reason = reason
        self.message = message
    }

    public static let schema = Schema<TableRowCondition>([
        .field("type", \.type),
        .field("status", \.status),
        .omitEmpty("reason", \.reason),
        .omitEmpty("message", \.message),
    ])
}
