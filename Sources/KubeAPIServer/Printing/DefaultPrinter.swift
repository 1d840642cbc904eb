import Foundation
import KubeModel

/// Upstream's `defaultTableConvertor`, for resources without a printer: Name and Created At (an RFC 3339
/// date, not an age). Like upstream it leaves `rows` nil (`null`) for an empty list.
enum DefaultPrinter {
    static let columns = [
        TableColumnDefinition(name: "Name", type: "string", format: "name", description: SwaggerDoc.objectMetaName),
        TableColumnDefinition(name: "Created At", type: "date", description: SwaggerDoc.objectMetaCreationTimestamp),
    ]

    static let printer = TypedPrinter<UnstructuredObject>(columns: columns, writesNullForNoRows: true) { object, _ in
        row(object.metadata)
    }

    /// The row of an object with `metadata`; an unset creation time prints as Go's zero time.
    static func row(_ metadata: ObjectMeta) -> TableRow {
        TableRow(cells: [
            .string(metadata.name),
            .string(metadata.creationTimestamp?.rfc3339 ?? "0001-01-01T00:00:00Z"),
        ])
    }
}
