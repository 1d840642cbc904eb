import KubeModel

/// `k8s.io/apimachinery/pkg/apis/meta/v1/validation`: labels, label names, annotations and label selectors as
/// causes. Maps are walked in sorted key order so that the causes (and the 422 message) are deterministic where
/// Go's map order is random.
public enum LabelSelectorValidation {
    /// Upstream's limit on the total size of an object's annotations (keys plus values): 256 KiB.
    public static let totalAnnotationSizeLimit = 256 * 1024

    /// `ValidateLabelName`: the key must be a qualified name.
    public static func labelName(_ key: String, path: FieldPath) -> [StatusCause] {
        LabelValidation.qualifiedNameErrors(key).map { .invalid(path, .string(key), $0) }
    }

    /// `ValidateLabels`: every key a qualified name, every value a label value; all causes name the map itself.
    public static func labels(_ labels: [String: String], path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        for key in labels.keys.sorted(by: GoValue.precedes) {
            causes += labelName(key, path: path)
            let value = labels[key] ?? ""
            causes += LabelValidation.labelValueErrors(value).map { .invalid(path, .string(value), $0) }
        }
        return causes
    }

    /// `ValidateAnnotations`: keys are qualified names regardless of case; the whole map at most 256 KiB.
    public static func annotations(_ annotations: [String: String], path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        var size = 0
        for key in annotations.keys.sorted(by: GoValue.precedes) {
            causes += LabelValidation.qualifiedNameErrors(key.lowercased()).map { .invalid(path, .string(key), $0) }
            size += key.utf8.count + (annotations[key]?.utf8.count ?? 0)
        }
        if size > totalAnnotationSizeLimit {
            causes.append(.tooLong(path, maxLength: totalAnnotationSizeLimit))
        }
        return causes
    }

    /// `ValidateLabelSelector` (strict label values): matchLabels as labels, then each requirement's operator,
    /// values and key. A nil selector is not an error here (callers decide whether it is required).
    public static func labelSelector(_ selector: LabelSelector?, path: FieldPath) -> [StatusCause] {
        guard let selector else { return [] }
        var causes = labels(selector.matchLabels, path: path.child("matchLabels"))
        for (position, requirement) in selector.matchExpressions.enumerated() {
            causes += labelSelectorRequirement(requirement, path: path.child("matchExpressions").index(position))
        }
        return causes
    }

    /// `ValidateLabelSelectorRequirement`.
    public static func labelSelectorRequirement(_ requirement: LabelSelectorRequirement, path: FieldPath)
        -> [StatusCause]
    {
        var causes: [StatusCause] = []
        switch requirement.operator {
        case "In", "NotIn":
            if requirement.values.isEmpty {
                causes.append(.required(path.child("values"), "must be specified when `operator` is 'In' or 'NotIn'"))
            }
        case "Exists", "DoesNotExist":
            if !requirement.values.isEmpty {
                causes.append(
                    .forbidden(
                        path.child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
            }
        default:
            causes.append(.invalid(path.child("operator"), .string(requirement.operator), "not a valid selector operator"))
        }
        causes += labelName(requirement.key, path: path.child("key"))
        for (position, value) in requirement.values.enumerated() {
            causes += LabelValidation.labelValueErrors(value).map {
                .invalid(path.child("values").index(position), .string(value), $0)
            }
        }
        return causes
    }

    /// A `*metav1.LabelSelector` as `field.Error` prints it: the gogo-protobuf `String()`
    /// (`&LabelSelector{MatchLabels:map[string]string{app: x,},MatchExpressions:[]LabelSelectorRequirement{},}`),
    /// or `null` when absent.
    public static func render(_ selector: LabelSelector?) -> GoValue {
        guard let selector else { return .null }
        var text = "&LabelSelector{MatchLabels:map[string]string{"
        for key in selector.matchLabels.keys.sorted(by: GoValue.precedes) {
            text += key + ": " + (selector.matchLabels[key] ?? "") + ","
        }
        text += "},MatchExpressions:[]LabelSelectorRequirement{"
        for requirement in selector.matchExpressions {
            text += "LabelSelectorRequirement{Key:" + requirement.key + ",Operator:" + requirement.operator
                + ",Values:[" + requirement.values.joined(separator: " ") + "],},"
        }
        return .rendered(text + "},}")
    }
}
