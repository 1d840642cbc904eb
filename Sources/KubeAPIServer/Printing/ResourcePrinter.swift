import Foundation
import KubeModel

/// What a row embeds and how the Table is versioned: the same for every row of one response.
struct RowContext: Sendable {
    /// `?includeObject=`.
    var includeObject: IncludeObjectPolicy
    /// `meta.k8s.io/v1` or `meta.k8s.io/v1beta1`, for the Table and its PartialObjectMetadata rows.
    var metaAPIVersion: String
    /// The served resource's apiVersion and kind, filled into full objects (`includeObject=Object`).
    var apiVersion: String
    var kind: String
    /// The instant ages are measured from.
    var now: Date
}

/// One row made from a stored object, with the object's resourceVersion (a single-object Table's own).
struct PrintedRow: Sendable {
    var row: TableRow
    var resourceVersion: String
}

/// Turns stored objects of one resource into Table rows: upstream's `TableHandler` registrations.
protocol ResourcePrinter: Sendable {
    /// Every column, default and wide; the server always sends the wide cells (kubectl hides priority 1).
    var columns: [TableColumnDefinition] { get }
    /// Whether an empty list is written `"rows":null` (upstream's default convertor appends to a nil slice).
    var writesNullForNoRows: Bool { get }
    /// The row for the stored JSON of one object.
    func row(json: Data, context: RowContext) throws -> PrintedRow
}

/// A printer for one model type: decodes the object, prints its cells, embeds the object as asked.
struct TypedPrinter<Object: KubeObject>: ResourcePrinter {
    let columns: [TableColumnDefinition]
    let writesNullForNoRows: Bool
    /// The cells (and row conditions) of one object at an instant.
    let print: @Sendable (Object, Date) throws -> TableRow

    init(
        columns: [TableColumnDefinition], writesNullForNoRows: Bool = false,
        print: @escaping @Sendable (Object, Date) throws -> TableRow
    ) {
        self.columns = columns
        self.writesNullForNoRows = writesNullForNoRows
        self.print = print
    }

    func row(json: Data, context: RowContext) throws -> PrintedRow {
        var object = try Object.decode(json: json)
        var row = try print(object, context.now)
        switch context.includeObject {
        case .none:
            row.object = nil
        case .metadata:
            row.object = RawExtension(PartialObjectMetadata(metadata: object.metadata, apiVersion: context.metaAPIVersion))
        case .object:
            // Stored objects (and list items) may lack TypeMeta; upstream converts to the served version, filling it.
            object.apiVersion = context.apiVersion
            object.kind = context.kind
            row.object = RawExtension(object)
        }
        return PrintedRow(row: row, resourceVersion: object.metadata.resourceVersion)
    }
}
