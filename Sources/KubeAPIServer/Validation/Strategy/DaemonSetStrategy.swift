import KubeModel

/// `pkg/registry/apps/daemonset/strategy.go` as pure functions on defaulted `apps/v1` DaemonSets. apps/v1 has
/// no `spec.templateGeneration`; it travels as the `deprecated.daemonset.template.generation` annotation, which
/// is therefore server-owned here exactly as the internal field is upstream.
public enum DaemonSetStrategy {
    /// Create: status zeroed, generation 1, template generation at least 1 (a client may start it higher).
    public static func prepareForCreate(_ daemonSet: inout DaemonSet) {
        ObjectMetaStrategy.prepareForCreate(&daemonSet.metadata)
        daemonSet.status = DaemonSetStatus()
        daemonSet.metadata.generation = 1
        let templateGeneration = max(DaemonSetValidation.templateGeneration(of: daemonSet) ?? 0, 1)
        daemonSet.metadata.annotations[DaemonSetValidation.templateGenerationAnnotation] = String(templateGeneration)
    }

    /// Main-resource update: old status and template generation kept; a changed template bumps both the
    /// template generation and `metadata.generation`; any other spec change bumps `metadata.generation` only;
    /// metadata-only changes bump nothing.
    public static func prepareForUpdate(_ daemonSet: inout DaemonSet, old: DaemonSet) {
        ObjectMetaStrategy.prepareForUpdate(&daemonSet.metadata, old: old.metadata)
        daemonSet.status = old.status
        var templateGeneration = DaemonSetValidation.templateGeneration(of: old) ?? 0
        if daemonSet.spec.template != old.spec.template {
            templateGeneration += 1
            daemonSet.metadata.generation = old.metadata.generation + 1
        } else if daemonSet.spec != old.spec {
            daemonSet.metadata.generation = old.metadata.generation + 1
        }
        daemonSet.metadata.annotations[DaemonSetValidation.templateGenerationAnnotation] = String(templateGeneration)
    }

    /// `/status` update: old spec (and with it the template generation) kept; labels, annotations and the
    /// rest of the metadata flow through as upstream's status strategy lets them.
    public static func prepareForStatusUpdate(_ daemonSet: inout DaemonSet, old: DaemonSet) {
        SpecStatusStrategy.prepareForStatusUpdate(&daemonSet, old: old)
        let annotation = DaemonSetValidation.templateGenerationAnnotation
        daemonSet.metadata.annotations[annotation] = old.metadata.annotations[annotation]
    }
}
