import Foundation
import KubeModel

/// Upstream's `printLease`: Name, Holder (empty when nobody holds it), Age.
enum LeasePrinter {
    static let columns = [
        TableColumnDefinition(name: "Name", type: "string", format: "name", description: SwaggerDoc.objectMetaName),
        TableColumnDefinition(name: "Holder", type: "string", description: SwaggerDoc.leaseSpecHolderIdentity),
        TableColumnDefinition(name: "Age", type: "string", description: SwaggerDoc.objectMetaCreationTimestamp),
    ]

    static let printer = TypedPrinter<Lease>(columns: columns) { lease, now in row(lease, now: now) }

    /// The row of `lease` at `now`.
    static func row(_ lease: Lease, now: Date) -> TableRow {
        TableRow(cells: [
            .string(lease.metadata.name),
            .string(lease.spec.holderIdentity ?? ""),
            .string(HumanDuration.since(lease.metadata.creationTimestamp?.date, now: now)),
        ])
    }
}
