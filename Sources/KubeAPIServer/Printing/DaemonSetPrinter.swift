import Foundation
import KubeModel

/// Upstream's `printDaemonSet`: the five status counters as integers, the template's node selector,
/// Age, and wide container names, images and the label selector.
enum DaemonSetPrinter {
    static let columns = [
        TableColumnDefinition(name: "Name", type: "string", format: "name", description: SwaggerDoc.objectMetaName),
        TableColumnDefinition(
            name: "Desired", type: "integer", description: SwaggerDoc.daemonSetStatusDesiredNumberScheduled),
        TableColumnDefinition(
            name: "Current", type: "integer", description: SwaggerDoc.daemonSetStatusCurrentNumberScheduled),
        TableColumnDefinition(name: "Ready", type: "integer", description: SwaggerDoc.daemonSetStatusNumberReady),
        TableColumnDefinition(
            name: "Up-to-date", type: "integer", description: SwaggerDoc.daemonSetStatusUpdatedNumberScheduled),
        TableColumnDefinition(
            name: "Available", type: "integer", description: SwaggerDoc.daemonSetStatusNumberAvailable),
        TableColumnDefinition(name: "Node Selector", type: "string", description: SwaggerDoc.podSpecNodeSelector),
        TableColumnDefinition(name: "Age", type: "string", description: SwaggerDoc.objectMetaCreationTimestamp),
        TableColumnDefinition(
            name: "Containers", type: "string", description: "Names of each container in the template.", priority: 1),
        TableColumnDefinition(
            name: "Images", type: "string", description: "Images referenced by each container in the template.",
            priority: 1),
        TableColumnDefinition(
            name: "Selector", type: "string", description: SwaggerDoc.daemonSetSpecSelector, priority: 1),
    ]

    static let printer = TypedPrinter<DaemonSet>(columns: columns) { daemonSet, now in row(daemonSet, now: now) }

    /// The row of `daemonSet` at `now`.
    static func row(_ daemonSet: DaemonSet, now: Date) -> TableRow {
        let status = daemonSet.status
        let containers = daemonSet.spec.template.spec.containers
        return TableRow(cells: [
            .string(daemonSet.metadata.name),
            .int(Int64(status.desiredNumberScheduled)),
            .int(Int64(status.currentNumberScheduled)),
            .int(Int64(status.numberReady)),
            .int(Int64(status.updatedNumberScheduled)),
            .int(Int64(status.numberAvailable)),
            .string(formatLabels(daemonSet.spec.template.spec.nodeSelector)),
            .string(HumanDuration.since(daemonSet.metadata.creationTimestamp?.date, now: now)),
            .string(containers.map(\.name).joined(separator: ",")),
            .string(containers.map(\.image).joined(separator: ",")),
            .string(formatLabelSelector(daemonSet.spec.selector)),
        ])
    }

    /// `labels.FormatLabels`: `k=v` pairs sorted by key and comma-joined, or `<none>`.
    static func formatLabels(_ labels: [String: String]) -> String {
        if labels.isEmpty { return "<none>" }
        return labels.keys.sorted(by: GoText.precedes).map { "\($0)=\(labels[$0] ?? "")" }.joined(separator: ",")
    }

    /// `metav1.FormatLabelSelector`: the selector's string form, `<none>` when it selects everything or
    /// nothing, `<error>` when it does not convert.
    static func formatLabelSelector(_ selector: LabelSelector?) -> String {
        guard let selector else { return "<none>" }
        guard let query = try? selector.asLabelQuery() else { return "<error>" }
        let text = query.description
        return text.isEmpty ? "<none>" : text
    }
}
