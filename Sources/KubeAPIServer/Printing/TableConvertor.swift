import Foundation
import KubeModel

/// Server-side printing: renders stored objects of one resource as a `meta.k8s.io` Table, the body
/// `kubectl get` asks for (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`). Rows always carry
/// the wide cells; kubectl hides priority-1 columns unless `-o wide`.
public struct TableConvertor: Sendable {
    /// The resource printed.
    public let resource: ResourceInfo
    private let printer: any ResourcePrinter

    /// The convertor of `resource`: upstream's printer for the resources served here, else the default
    /// Name / Created At columns.
    public init(resource: ResourceInfo) {
        self.resource = resource
        switch (resource.group, resource.resource) {
        case ("", "pods"): printer = PodPrinter.printer
        case ("", "nodes"): printer = NodePrinter.printer
        case ("", "namespaces"): printer = NamespacePrinter.printer
        case ("", "events"): printer = EventPrinter.corePrinter
        case ("events.k8s.io", "events"): printer = EventPrinter.eventsV1Printer
        case ("apps", "daemonsets"): printer = DaemonSetPrinter.printer
        case ("apps", "controllerrevisions"): printer = ControllerRevisionPrinter.printer
        case ("coordination.k8s.io", "leases"): printer = LeasePrinter.printer
        default:
            printer = resource.printerColumns.isEmpty ? DefaultPrinter.printer : ColumnPrinter.printer(resource.printerColumns)
        }
    }

    /// Every column definition, default and wide.
    public var columnDefinitions: [TableColumnDefinition] { printer.columns }

    /// One Table for a list. `objects` are the stored JSON bytes, each a full object (apiVersion and kind
    /// may be missing); the list metadata is copied into the Table's. `tableVersion` is the
    /// `meta.k8s.io` version the Accept header asked for.
    public func table(
        objects: [Data], resourceVersion: String, continue: String?, remainingItemCount: Int64?,
        includeObject: IncludeObjectPolicy, tableVersion: String = "v1", now: Date
    ) throws -> [UInt8] {
        let context = rowContext(includeObject: includeObject, tableVersion: tableVersion, now: now)
        var table = Table()
        table.apiVersion = context.metaAPIVersion
        table.metadata.resourceVersion = resourceVersion
        table.metadata.continue = `continue` ?? ""
        table.metadata.remainingItemCount = remainingItemCount
        table.columnDefinitions = printer.columns
        var rows: [TableRow] = []
        rows.reserveCapacity(objects.count)
        for object in objects {
            rows.append(try printer.row(json: object, context: context).row)
        }
        table.rows = rows.isEmpty && printer.writesNullForNoRows ? nil : rows
        return table.jsonBytes()
    }

    /// A one-row Table for a single GET or a watch event's object, with the object's resourceVersion.
    /// Upstream sends column definitions on a GET and on a watch's first event only; without
    /// `includeColumns` they are written `null`.
    public func table(
        object: Data, includeObject: IncludeObjectPolicy, includeColumns: Bool, tableVersion: String = "v1",
        now: Date
    ) throws -> [UInt8] {
        let context = rowContext(includeObject: includeObject, tableVersion: tableVersion, now: now)
        let printed = try printer.row(json: object, context: context)
        var table = Table()
        table.apiVersion = context.metaAPIVersion
        table.metadata.resourceVersion = printed.resourceVersion
        table.columnDefinitions = includeColumns ? printer.columns : nil
        table.rows = [printed.row]
        return table.jsonBytes()
    }

    private func rowContext(includeObject: IncludeObjectPolicy, tableVersion: String, now: Date) -> RowContext {
        RowContext(
            includeObject: includeObject, metaAPIVersion: "meta.k8s.io/" + tableVersion,
            apiVersion: resource.groupVersion, kind: resource.kind, now: now)
    }
}
