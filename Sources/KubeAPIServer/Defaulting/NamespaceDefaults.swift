import KubeModel

/// `SetDefaults_Namespace` and `SetDefaults_NamespaceStatus`: the `kubernetes.io/metadata.name` label (so
/// namespace selectors can match by name) and phase `Active`.
public enum NamespaceDefaults {
    /// The label upstream sets to the namespace's own name.
    public static let nameLabel = "kubernetes.io/metadata.name"

    /// Defaults a namespace in place; a namespace still waiting for a generated name gets no label.
    public static func apply(_ namespace: inout Namespace) {
        if !namespace.metadata.name.isEmpty {
            namespace.metadata.labels[nameLabel] = namespace.metadata.name
        }
        if namespace.status.phase.isEmpty {
            namespace.status.phase = NamespacePhase.active
        }
    }
}
