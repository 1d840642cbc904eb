/// The resources the embedded API server serves (kubectl.md §2.1 lists what discovery must say of them).
public enum ResourceCatalog {
    /// The `status` subresource of a kind: get, patch, update.
    static func status(_ kind: String) -> ResourceInfo.Subresource {
        .init(name: "status", kind: kind, verbs: ["get", "patch", "update"])
    }

    /// `v1` namespaces: no deletecollection upstream; `finalize` for the namespace controller.
    public static let namespaces = ResourceInfo(
        group: "", resource: "namespaces", singular: "namespace", kind: "Namespace", namespaced: false,
        shortNames: ["ns"], verbs: ["create", "delete", "get", "list", "patch", "update", "watch"],
        subresources: [.init(name: "finalize", kind: "Namespace", verbs: ["update"]), status("Namespace")])

    /// `v1` nodes.
    public static let nodes = ResourceInfo(
        group: "", resource: "nodes", singular: "node", kind: "Node", namespaced: false, shortNames: ["no"],
        subresources: [status("Node")])

    /// `v1` pods with `binding` (the scheduler), `eviction` (drain), `log` and `status`.
    public static let pods = ResourceInfo(
        group: "", resource: "pods", singular: "pod", kind: "Pod", namespaced: true, shortNames: ["po"],
        categories: ["all"],
        subresources: [
            .init(name: "binding", kind: "Binding", verbs: ["create"]),
            .init(name: "eviction", kind: "Eviction", group: "policy", version: "v1", verbs: ["create"]),
            .init(name: "log", kind: "Pod", verbs: ["get"]),
            status("Pod"),
        ])

    /// `v1` events.
    public static let events = ResourceInfo(
        group: "", resource: "events", singular: "event", kind: "Event", namespaced: true, shortNames: ["ev"])

    /// `apps/v1` daemonsets.
    public static let daemonSets = ResourceInfo(
        group: "apps", resource: "daemonsets", singular: "daemonset", kind: "DaemonSet", namespaced: true,
        shortNames: ["ds"], categories: ["all"], subresources: [status("DaemonSet")])

    /// `apps/v1` controllerrevisions.
    public static let controllerRevisions = ResourceInfo(
        group: "apps", resource: "controllerrevisions", singular: "controllerrevision", kind: "ControllerRevision",
        namespaced: true)

    /// `coordination.k8s.io/v1` leases.
    public static let leases = ResourceInfo(
        group: "coordination.k8s.io", resource: "leases", singular: "lease", kind: "Lease", namespaced: true)

    /// `events.k8s.io/v1` events: the same objects as core events, in the newer shape.
    public static let eventsV1 = ResourceInfo(
        group: "events.k8s.io", resource: "events", singular: "event", kind: "Event", namespaced: true,
        shortNames: ["ev"])

    /// Every resource, in discovery order within each group.
    public static let all: [ResourceInfo] = [
        namespaces, nodes, pods, events, daemonSets, controllerRevisions, leases, eventsV1,
    ]

    /// The groups in discovery order (core first, as `""`).
    public static var groups: [String] {
        var seen: [String] = []
        for info in all where !seen.contains(info.group) { seen.append(info.group) }
        return seen
    }
}
