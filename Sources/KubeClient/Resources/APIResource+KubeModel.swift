import KubeModel

// The kinds of KubeModel, named and scoped as the API serves them.

extension Namespace: APIResource {
    /// `namespaces`.
    public static let resource = "namespaces"
    /// Cluster-scoped.
    public static let isNamespaced = false
}

extension Node: APIResource {
    /// `nodes`.
    public static let resource = "nodes"
    /// Cluster-scoped.
    public static let isNamespaced = false
}

extension Pod: APIResource {
    /// `pods`.
    public static let resource = "pods"
    /// Namespaced.
    public static let isNamespaced = true
}

extension Event: APIResource {
    /// `events` (core/v1).
    public static let resource = "events"
    /// Namespaced.
    public static let isNamespaced = true
}

extension EventsV1.Event: APIResource {
    /// `events` (events.k8s.io/v1).
    public static let resource = "events"
    /// Namespaced.
    public static let isNamespaced = true
}

extension DaemonSet: APIResource {
    /// `daemonsets`.
    public static let resource = "daemonsets"
    /// Namespaced.
    public static let isNamespaced = true
}

extension ControllerRevision: APIResource {
    /// `controllerrevisions`.
    public static let resource = "controllerrevisions"
    /// Namespaced.
    public static let isNamespaced = true
}

extension Lease: APIResource {
    /// `leases`.
    public static let resource = "leases"
    /// Namespaced.
    public static let isNamespaced = true
}
