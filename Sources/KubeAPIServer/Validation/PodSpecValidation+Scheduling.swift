import KubeModel

/// Tolerations, taint effects and node affinity (`ValidateTolerations`, `validateTaintEffect`,
/// `validateNodeAffinity`), shared with node validation for the effect rule.
extension PodSpecValidation {
    /// Taint effects, in upstream's order.
    public static let taintEffects = ["NoSchedule", "PreferNoSchedule", "NoExecute"]

    /// `ValidateTolerations`.
    public static func validateTolerations(_ tolerations: [Toleration], path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        for (index, toleration) in tolerations.enumerated() {
            let itemPath = path.index(index)
            if !toleration.key.isEmpty {
                causes += LabelSelectorValidation.labelName(toleration.key, path: itemPath.child("key"))
            }
            if toleration.key.isEmpty && toleration.operator != "Exists" {
                causes.append(
                    .invalid(
                        itemPath.child("operator"), .string(toleration.operator),
                        "operator must be Exists when `key` is empty, which means \"match all values and all keys\""))
            }
            if toleration.tolerationSeconds != nil && toleration.effect != TaintEffect.noExecute {
                causes.append(
                    .invalid(
                        itemPath.child("effect"), .string(toleration.effect),
                        "effect must be 'NoExecute' when `tolerationSeconds` is set"))
            }
            switch toleration.operator {
            case "Equal", "":
                let errors = LabelValidation.labelValueErrors(toleration.value)
                if !errors.isEmpty {
                    causes.append(
                        .invalid(itemPath.child("operator"), .string(toleration.value), errors.joined(separator: ";")))
                }
            case "Exists":
                if !toleration.value.isEmpty {
                    causes.append(
                        .invalid(
                            itemPath.child("operator"), .rendered(render(toleration)),
                            "value must be empty when `operator` is 'Exists'"))
                }
            default:
                causes.append(.notSupported(itemPath.child("operator"), .string(toleration.operator), ["Equal", "Exists"]))
            }
            if !toleration.effect.isEmpty {
                causes += validateTaintEffect(toleration.effect, allowEmpty: true, path: itemPath.child("effect"))
            }
        }
        return causes
    }

    /// `validateTaintEffect`.
    public static func validateTaintEffect(_ effect: String, allowEmpty: Bool, path: FieldPath) -> [StatusCause] {
        if effect.isEmpty && !allowEmpty { return [.required(path)] }
        return taintEffects.contains(effect) ? [] : [.notSupported(path, .string(effect), taintEffects)]
    }

    /// `validateAffinity` for node affinity: required terms present and valid, preferred weights 1-100. Pod
    /// (anti-)affinity is only checked for a topology key.
    static func validateAffinity(_ affinity: Affinity?, path: FieldPath) -> [StatusCause] {
        guard let affinity else { return [] }
        var causes: [StatusCause] = []
        if let nodeAffinity = affinity.nodeAffinity {
            let nodePath = path.child("nodeAffinity")
            if let required = nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution {
                let termsPath = nodePath.child("requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")
                if required.nodeSelectorTerms.isEmpty {
                    causes.append(.required(termsPath, "must have at least one node selector term"))
                }
                for (index, term) in required.nodeSelectorTerms.enumerated() {
                    causes += validateNodeSelectorTerm(term, path: termsPath.index(index))
                }
            }
            let preferredPath = nodePath.child("preferredDuringSchedulingIgnoredDuringExecution")
            for (index, term) in nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution.enumerated() {
                if term.weight <= 0 || term.weight > 100 {
                    causes.append(
                        .invalid(preferredPath.index(index).child("weight"), .int(Int64(term.weight)), "must be in the range 1-100"))
                }
                causes += validateNodeSelectorTerm(term.preference, path: preferredPath.index(index).child("preference"))
            }
        }
        let podTerms = [
            ("podAffinity", affinity.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []),
            ("podAntiAffinity", affinity.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []),
        ]
        for (name, terms) in podTerms {
            for (index, term) in terms.enumerated() {
                let termPath = path.child(name, "requiredDuringSchedulingIgnoredDuringExecution").index(index)
                if term.topologyKey.isEmpty {
                    causes.append(.required(termPath.child("topologyKey"), "can not be empty"))
                } else {
                    causes += LabelSelectorValidation.labelName(term.topologyKey, path: termPath.child("topologyKey"))
                }
                causes += LabelSelectorValidation.labelSelector(term.labelSelector, path: termPath.child("labelSelector"))
            }
        }
        return causes
    }

    /// `ValidateNodeSelectorTerm`: label requirements and `metadata.name` field requirements.
    static func validateNodeSelectorTerm(_ term: NodeSelectorTerm, path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        for (index, requirement) in term.matchExpressions.enumerated() {
            let itemPath = path.child("matchExpressions").index(index)
            switch requirement.operator {
            case "In", "NotIn":
                if requirement.values.isEmpty {
                    causes.append(.required(itemPath.child("values"), "must be specified when `operator` is 'In' or 'NotIn'"))
                }
            case "Exists", "DoesNotExist":
                if !requirement.values.isEmpty {
                    causes.append(
                        .forbidden(
                            itemPath.child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
                }
            case "Gt", "Lt":
                if requirement.values.count != 1 {
                    causes.append(
                        .required(itemPath.child("values"), "must be specified single value when `operator` is 'Lt' or 'Gt'"))
                }
            default:
                causes.append(.invalid(itemPath.child("operator"), .string(requirement.operator), "not a valid selector operator"))
            }
            causes += LabelSelectorValidation.labelName(requirement.key, path: itemPath.child("key"))
        }
        for (index, requirement) in term.matchFields.enumerated() {
            let itemPath = path.child("matchFields").index(index)
            switch requirement.operator {
            case "In", "NotIn":
                if requirement.values.count != 1 {
                    causes.append(
                        .required(
                            itemPath.child("values"),
                            "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"))
                }
            default:
                causes.append(.invalid(itemPath.child("operator"), .string(requirement.operator), "not a valid selector operator"))
            }
            if requirement.key != "metadata.name" {
                causes.append(.invalid(itemPath.child("key"), .string(requirement.key), "not a valid field selector key"))
            } else {
                for (position, value) in requirement.values.enumerated() {
                    causes += LabelValidation.dns1123SubdomainErrors(value).map {
                        .invalid(itemPath.child("values").index(position), .string(value), $0)
                    }
                }
            }
        }
        return causes
    }

    /// A `core.Toleration` as `%#v` prints it (a set `tolerationSeconds` is shown by value, not by address).
    static func render(_ toleration: Toleration) -> String {
        let seconds = toleration.tolerationSeconds.map { "&\($0)" } ?? "(*int64)(nil)"
        return "core.Toleration{Key:" + GoText.quote(toleration.key) + ", Operator:" + GoText.quote(toleration.operator)
            + ", Value:" + GoText.quote(toleration.value) + ", Effect:" + GoText.quote(toleration.effect)
            + ", TolerationSeconds:" + seconds + "}"
    }
}
