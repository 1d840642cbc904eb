import Foundation
import KubeModel

/// Upstream's `printNamespace`: Name, Status (the phase, as written), Age.
enum NamespacePrinter {
    static let columns = [
        TableColumnDefinition(name: "Name", type: "string", format: "name", description: SwaggerDoc.objectMetaName),
        TableColumnDefinition(name: "Status", type: "string", description: "The status of the namespace"),
        TableColumnDefinition(name: "Age", type: "string", description: SwaggerDoc.objectMetaCreationTimestamp),
    ]

    static let printer = TypedPrinter<Namespace>(columns: columns) { namespace, now in row(namespace, now: now) }

    /// The row of `namespace` at `now`.
    static func row(_ namespace: Namespace, now: Date) -> TableRow {
        TableRow(cells: [
            .string(namespace.metadata.name),
            .string(namespace.status.phase),
            .string(HumanDuration.since(namespace.metadata.creationTimestamp?.date, now: now)),
        ])
    }
}
