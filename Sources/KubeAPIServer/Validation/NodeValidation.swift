import KubeModel

/// `ValidateNode` / `ValidateNodeUpdate` from `pkg/apis/core/validation`: cluster-scoped metadata with a
/// DNS-subdomain name, and taints that are valid and unique by key and effect.
public enum NodeValidation {
    /// A node on create.
    public static func validate(_ node: Node) -> [StatusCause] {
        ObjectMetaValidation.validate(node.metadata, namespaced: false, nameRule: .dnsSubdomain)
            + validateTaints(node.spec.taints, path: FieldPath("spec").child("taints"))
    }

    /// A node on update (main resource or `/status`): metadata update rules and the taints; `podCIDR` may be set
    /// once but not changed.
    public static func validateUpdate(_ node: Node, old: Node) -> [StatusCause] {
        var causes = ObjectMetaValidation.validateUpdate(node.metadata, old: old.metadata)
        causes += validateTaints(node.spec.taints, path: FieldPath("spec").child("taints"))
        if !old.spec.podCIDR.isEmpty && node.spec.podCIDR != old.spec.podCIDR {
            causes.append(.forbidden(FieldPath("spec").child("podCIDR"), "node updates may not change podCIDR except from \"\" to valid"))
        }
        if !old.spec.providerID.isEmpty && node.spec.providerID != old.spec.providerID {
            causes.append(.forbidden(FieldPath("spec").child("providerID"), "node updates may not change providerID except from \"\" to valid"))
        }
        return causes
    }

    /// `validateNodeTaints`: key a qualified name, value a label value, effect required and known, and no two
    /// taints with the same key and effect.
    public static func validateTaints(_ taints: [Taint], path: FieldPath) -> [StatusCause] {
        var causes: [StatusCause] = []
        var seen = Set<String>()
        for (index, taint) in taints.enumerated() {
            let itemPath = path.index(index)
            causes += LabelSelectorValidation.labelName(taint.key, path: itemPath.child("key"))
            let valueErrors = LabelValidation.labelValueErrors(taint.value)
            if !valueErrors.isEmpty {
                causes.append(.invalid(itemPath.child("value"), .string(taint.value), valueErrors.joined(separator: ";")))
            }
            causes += PodSpecValidation.validateTaintEffect(taint.effect, allowEmpty: false, path: itemPath.child("effect"))
            if !seen.insert(taint.effect + "\u{0}" + taint.key).inserted {
                causes.append(
                    .duplicate(itemPath, .rendered(render(taint)), "taints must be unique by key and effect pair"))
            }
        }
        return causes
    }

    /// A `core.Taint` as `%#v` prints it (a set `timeAdded` is shown as its RFC 3339 text).
    static func render(_ taint: Taint) -> String {
        let added = taint.timeAdded.map { "&" + String(describing: $0) } ?? "(*v1.Time)(nil)"
        return "core.Taint{Key:" + GoText.quote(taint.key) + ", Value:" + GoText.quote(taint.value) + ", Effect:"
            + GoText.quote(taint.effect) + ", TimeAdded:" + added + "}"
    }
}
