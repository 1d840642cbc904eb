import KubeModel

/// `pkg/registry/core/namespace/strategy.go`: a new namespace is `Active` and carries the `kubernetes`
/// finalizer, which only `/finalize` may remove.
public enum NamespaceStrategy {
    /// The finalizer the namespace controller removes once the namespace's content is gone.
    public static let kubernetesFinalizer = "kubernetes"

    /// Create: status `{phase: Active}`; the `kubernetes` finalizer appended when missing.
    public static func prepareForCreate(_ namespace: inout Namespace) {
        ObjectMetaStrategy.prepareForCreate(&namespace.metadata)
        var status = NamespaceStatus()
        status.phase = NamespacePhase.active
        namespace.status = status
        if !namespace.spec.finalizers.contains(kubernetesFinalizer) {
            namespace.spec.finalizers.append(kubernetesFinalizer)
        }
    }

    /// Main-resource update: old finalizers and status kept.
    public static func prepareForUpdate(_ namespace: inout Namespace, old: Namespace) {
        SpecStatusStrategy.prepareForUpdate(&namespace, old: old, tracksGeneration: false)
        namespace.spec.finalizers = old.spec.finalizers
    }

    /// `/status` update: old spec kept.
    public static func prepareForStatusUpdate(_ namespace: inout Namespace, old: Namespace) {
        SpecStatusStrategy.prepareForStatusUpdate(&namespace, old: old)
    }

    /// Delete of a namespace still holding spec finalizers: it turns `Terminating` and stays until the
    /// namespace controller has removed its content and the `kubernetes` finalizer.
    public static func prepareForDelete(_ namespace: inout Namespace) {
        var status = namespace.status ?? NamespaceStatus()
        status.phase = NamespacePhase.terminating
        namespace.status = status
    }

    /// `/finalize` update: only `spec.finalizers` may change; old status kept.
    public static func prepareForFinalize(_ namespace: inout Namespace, old: Namespace) {
        ObjectMetaStrategy.prepareForUpdate(&namespace.metadata, old: old.metadata)
        namespace.status = old.status
    }
}
