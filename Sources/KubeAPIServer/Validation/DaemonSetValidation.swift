import KubeModel

/// `ValidateDaemonSet`, `ValidateDaemonSetUpdate` and `ValidateDaemonSetStatusUpdate` from
/// `pkg/apis/apps/validation` plus the registry's selector immutability, on defaulted `apps/v1` objects.
public enum DaemonSetValidation {
    /// The annotation through which apps/v1 carries the internal `spec.templateGeneration`.
    public static let templateGenerationAnnotation = "deprecated.daemonset.template.generation"
    /// The update strategy types, sorted as the 422 lists them.
    public static let updateStrategyTypes = [DaemonSetUpdateStrategy.onDelete, DaemonSetUpdateStrategy.rollingUpdate]

    /// A DaemonSet on create: namespaced metadata with a DNS-subdomain name, then the spec.
    public static func validate(_ daemonSet: DaemonSet) -> [StatusCause] {
        var causes = ObjectMetaValidation.validate(daemonSet.metadata, namespaced: true, nameRule: .dnsSubdomain)
        causes += validateSpec(daemonSet.spec, path: "spec")
        if let generation = templateGeneration(of: daemonSet) {
            causes += ObjectMetaValidation.nonNegative(generation, path: FieldPath("spec").child("templateGeneration"))
        }
        return causes
    }

    /// A DaemonSet on update through the main resource: everything `validate` checks, the metadata update
    /// rules, and `spec.selector` unchanged (apps/v1 made it immutable).
    public static func validateUpdate(_ daemonSet: DaemonSet, old: DaemonSet) -> [StatusCause] {
        var causes = validate(daemonSet)
        causes += ObjectMetaValidation.validateUpdate(daemonSet.metadata, old: old.metadata)
        if daemonSet.spec.selector != old.spec.selector {
            causes.append(
                .invalid(
                    FieldPath("spec").child("selector"), LabelSelectorValidation.render(daemonSet.spec.selector),
                    ObjectMetaValidation.immutableMessage))
        }
        return causes
    }

    /// A DaemonSet on update through `/status`: metadata update rules, non-negative counters, and a
    /// `collisionCount` that never goes down (nil counts as 0).
    public static func validateStatusUpdate(_ daemonSet: DaemonSet, old: DaemonSet) -> [StatusCause] {
        var causes = ObjectMetaValidation.validateUpdate(daemonSet.metadata, old: old.metadata)
        causes += validateStatus(daemonSet.status, path: "status")
        let collisions = daemonSet.status.collisionCount ?? 0
        if collisions < (old.status.collisionCount ?? 0) {
            causes.append(.invalid(FieldPath("status").child("collisionCount"), .int(Int64(collisions)), "cannot be decremented"))
        }
        return causes
    }

    /// `validateDaemonSetStatus`: every counter, `observedGeneration` and `collisionCount` non-negative.
    public static func validateStatus(_ status: DaemonSetStatus, path: FieldPath) -> [StatusCause] {
        let counters: [(String, Int64)] = [
            ("currentNumberScheduled", Int64(status.currentNumberScheduled)),
            ("numberMisscheduled", Int64(status.numberMisscheduled)),
            ("desiredNumberScheduled", Int64(status.desiredNumberScheduled)),
            ("numberReady", Int64(status.numberReady)),
            ("observedGeneration", status.observedGeneration),
            ("updatedNumberScheduled", Int64(status.updatedNumberScheduled)),
            ("numberAvailable", Int64(status.numberAvailable)),
            ("numberUnavailable", Int64(status.numberUnavailable)),
        ]
        var causes = counters.flatMap { ObjectMetaValidation.nonNegative($0.1, path: path.child($0.0)) }
        if let collisions = status.collisionCount {
            causes += ObjectMetaValidation.nonNegative(Int64(collisions), path: path.child("collisionCount"))
        }
        return causes
    }

    /// `ValidateDaemonSetSpec`: a valid, non-empty selector matching the template labels; a valid pod template
    /// that restarts `Always` and has no deadline; non-negative `minReadySeconds` and `revisionHistoryLimit`;
    /// a valid update strategy.
    ///
    /// A missing selector is not reported on `spec.selector`: as upstream, it converts to "matches nothing", so
    /// the template-label check reports it.
    public static func validateSpec(_ spec: DaemonSetSpec, path: FieldPath) -> [StatusCause] {
        var causes = LabelSelectorValidation.labelSelector(spec.selector, path: path.child("selector"))
        if let query = try? LabelQuery(spec.selector), !query.matches(labels: spec.template.metadata.labels) {
            causes.append(
                .invalid(
                    path.child("template", "metadata", "labels"), .stringMap(spec.template.metadata.labels),
                    "`selector` does not match template `labels`"))
        }
        if let selector = spec.selector, selector.isEmpty {
            causes.append(
                .invalid(path.child("selector"), LabelSelectorValidation.render(selector), "empty selector is invalid for daemonset"))
        }
        causes += PodSpecValidation.validateTemplate(spec.template, path: path.child("template"))
        let templateSpecPath = path.child("template", "spec")
        if spec.template.spec.restartPolicy != "Always" {
            causes.append(
                .notSupported(templateSpecPath.child("restartPolicy"), .string(spec.template.spec.restartPolicy), ["Always"]))
        }
        if spec.template.spec.activeDeadlineSeconds != nil {
            causes.append(
                .forbidden(templateSpecPath.child("activeDeadlineSeconds"), "activeDeadlineSeconds in DaemonSet is not Supported"))
        }
        causes += ObjectMetaValidation.nonNegative(Int64(spec.minReadySeconds), path: path.child("minReadySeconds"))
        causes += validateUpdateStrategy(spec.updateStrategy, path: path.child("updateStrategy"))
        if let limit = spec.revisionHistoryLimit {
            causes += ObjectMetaValidation.nonNegative(Int64(limit), path: path.child("revisionHistoryLimit"))
        }
        return causes
    }

    /// `ValidateDaemonSetUpdateStrategy`: `OnDelete` (a leftover `rollingUpdate` is ignored) or `RollingUpdate`
    /// with valid budgets.
    public static func validateUpdateStrategy(_ strategy: DaemonSetUpdateStrategy, path: FieldPath) -> [StatusCause] {
        switch strategy.type {
        case DaemonSetUpdateStrategy.onDelete:
            return []
        case DaemonSetUpdateStrategy.rollingUpdate:
            guard let rollingUpdate = strategy.rollingUpdate else { return [.required(path.child("rollingUpdate"))] }
            return validateRollingUpdate(rollingUpdate, path: path.child("rollingUpdate"))
        default:
            return [.notSupported(path.child("type"), .string(strategy.type), updateStrategyTypes)]
        }
    }

    /// `ValidateRollingUpdateDaemonSet`: each budget a non-negative int or a percentage of at most 100%, and
    /// exactly one of them non-zero. An absent budget counts as 0, as the internal type's zero value does.
    public static func validateRollingUpdate(_ rollingUpdate: RollingUpdateDaemonSet, path: FieldPath) -> [StatusCause] {
        let maxUnavailable = rollingUpdate.maxUnavailable ?? .int(0)
        let maxSurge = rollingUpdate.maxSurge ?? .int(0)
        let unavailablePath = path.child("maxUnavailable")
        let surgePath = path.child("maxSurge")
        var causes = intOrPercent(maxUnavailable, path: unavailablePath)
        causes += intOrPercent(maxSurge, path: surgePath)
        causes += notMoreThan100Percent(maxUnavailable, path: unavailablePath)
        causes += notMoreThan100Percent(maxSurge, path: surgePath)
        let hasUnavailable = value(of: maxUnavailable) != 0
        let hasSurge = value(of: maxSurge) != 0
        if hasUnavailable && hasSurge {
            causes.append(.invalid(surgePath, .intOrString(maxSurge), "may not be set when maxUnavailable is non-zero"))
        } else if !hasUnavailable && !hasSurge {
            causes.append(.required(unavailablePath, "cannot be 0 when maxSurge is 0"))
        }
        return causes
    }

    /// The `deprecated.daemonset.template.generation` annotation as a number, when it parses.
    public static func templateGeneration(of daemonSet: DaemonSet) -> Int64? {
        daemonSet.metadata.annotations[templateGenerationAnnotation].flatMap { Int64($0) }
    }

    /// `ValidatePositiveIntOrPercent`.
    static func intOrPercent(_ value: IntOrString, path: FieldPath) -> [StatusCause] {
        switch value {
        case .int(let number):
            return number < 0 ? [.invalid(path, .int(Int64(number)), "must be greater than or equal to 0")] : []
        case .string(let text):
            return NameValidation.percentErrors(text).map { .invalid(path, .intOrString(value), $0) }
        }
    }

    /// `IsNotMoreThan100Percent`: only well-formed percentages are compared.
    static func notMoreThan100Percent(_ value: IntOrString, path: FieldPath) -> [StatusCause] {
        guard let percent = percentage(value), percent > 100 else { return [] }
        return [.invalid(path, .intOrString(value), "must not be greater than 100%")]
    }

    /// `getIntOrPercentValue`: the percentage, else the int (a string that is neither counts as 0, as Go's
    /// `IntValue()` of a non-numeric string does).
    static func value(of intOrString: IntOrString) -> Int {
        if let percent = percentage(intOrString) { return percent }
        switch intOrString {
        case .int(let number): return Int(number)
        case .string(let text): return Int(text) ?? 0
        }
    }

    /// The number before `%` of a well-formed percentage.
    static func percentage(_ value: IntOrString) -> Int? {
        guard case .string(let text) = value, NameValidation.percentErrors(text).isEmpty else { return nil }
        return Int(text.dropLast())
    }
}
