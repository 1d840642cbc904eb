import Foundation
import KubeModel

/// Upstream's `defaultTableConvertor`, for resources without a printer: Name and Created At (an RFC 3339
/// date, not an age). Like upstream it leaves `rows` nil (`null`) for an empty list.
enum DefaultPrinter {
    static let columns = [
        TableColumnDefinition(name: "Name", type: "string", format: "name", description: SwaggerDoc.objectMetaName),
        TableColumnDefinition(name: "Created At", type: "date", description: SwaggerDoc.objectMetaCreationTimestamp),
    ]

    static let printer = TypedPrinter<UntypedObject>(columns: columns, writesNullForNoRows: true) { object, _ in
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

/// Any object: TypeMeta and metadata read, every other member kept verbatim in `unknownFields`.
struct UntypedObject: KubeObject, Hashable {
    /// Unknown until the `ResourceInfo` it is served under names it.
    static let apiVersion = ""
    static let kind = ""

    var kind: String = ""
    var apiVersion: String = ""
    var metadata = ObjectMeta()
    var unknownFields: JSONObject = [:]

    init() {}

    static let schema = Schema<UntypedObject>([
        .omitEmpty("kind", \.kind),
        .omitEmpty("apiVersion", \.apiVersion),
        .field("metadata", \.metadata),
    ])
}
