import Foundation
import KubeModel

/// Upstream's `printControllerRevision`: Name, Controller (`daemonset.apps/<owner>`), Revision, Age.
enum ControllerRevisionPrinter {
    static let columns = [
        TableColumnDefinition(name: "Name", type: "string", format: "name", description: SwaggerDoc.objectMetaName),
        TableColumnDefinition(name: "Controller", type: "string", description: "Controller of the object"),
        TableColumnDefinition(name: "Revision", type: "string", description: SwaggerDoc.controllerRevisionRevision),
        TableColumnDefinition(name: "Age", type: "string", description: SwaggerDoc.objectMetaCreationTimestamp),
    ]

    static let printer = TypedPrinter<ControllerRevision>(columns: columns) { revision, now in
        try row(revision, now: now)
    }

    /// The row of `revision` at `now`; the Revision cell is an integer although the column says string,
    /// as upstream prints it.
    static func row(_ revision: ControllerRevision, now: Date) throws(APIError) -> TableRow {
        TableRow(cells: [
            .string(revision.metadata.name),
            .string(try controller(of: revision.metadata)),
            .int(revision.revision),
            .string(HumanDuration.since(revision.metadata.creationTimestamp?.date, now: now)),
        ])
    }

    /// `<lowercase kind>.<group>/<name>` of the controller reference (`pod/x` in the core group, the bare
    /// name when the reference has neither kind nor group), or `<none>`.
    static func controller(of metadata: ObjectMeta) throws(APIError) -> String {
        guard let reference = metadata.controllerRef else { return "<none>" }
        let parts = reference.apiVersion.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            // schema.ParseGroupVersion's error; upstream returns it as a plain (reason-less) 500.
            throw APIError(
                .init(reason: "", httpCode: 500), "unexpected GroupVersion string: \(reference.apiVersion)")
        }
        let group = parts.count == 2 ? String(parts[0]) : ""
        if group.isEmpty && reference.kind.isEmpty { return reference.name }
        let groupKind = group.isEmpty ? reference.kind : reference.kind + "." + group
        return groupKind.lowercased() + "/" + reference.name
    }
}
