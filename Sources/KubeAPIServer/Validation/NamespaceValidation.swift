import KubeModel

/// `ValidateNamespace` / `ValidateNamespaceUpdate`: cluster-scoped metadata whose name is a DNS-1123 label, and
/// finalizers that are standard or domain-qualified.
public enum NamespaceValidation {
    /// A namespace on create.
    public static func validate(_ namespace: Namespace) -> [StatusCause] {
        ObjectMetaValidation.validate(namespace.metadata, namespaced: false, nameRule: .dnsLabel)
            + specFinalizers(namespace.spec.finalizers)
    }

    /// A namespace on update (main resource or `/status`).
    public static func validateUpdate(_ namespace: Namespace, old: Namespace) -> [StatusCause] {
        ObjectMetaValidation.validateUpdate(namespace.metadata, old: old.metadata)
            + specFinalizers(namespace.spec.finalizers)
    }

    /// Core's `validateFinalizerName` on `spec.finalizers` (the path is the list, as upstream).
    static func specFinalizers(_ finalizers: [String]) -> [StatusCause] {
        let path = FieldPath("spec").child("finalizers")
        var causes: [StatusCause] = []
        for finalizer in finalizers {
            causes += LabelValidation.qualifiedNameErrors(finalizer).map { .invalid(path, .string(finalizer), $0) }
            if !finalizer.contains("/") && !ObjectMetaValidation.standardFinalizers.contains(finalizer) {
                causes.append(
                    .invalid(path, .string(finalizer), "name is neither a standard finalizer name nor is it fully qualified"))
            }
        }
        return causes
    }
}
