import Foundation
import KubeModel

/// `ValidatePodCreate`, `ValidatePodUpdate` and `ValidatePodStatusUpdate` from `pkg/apis/core/validation`, on
/// defaulted pods.
public enum PodValidation {
    /// Upstream's message for a pod spec change outside the mutable fields.
    public static let immutableSpecMessage =
        "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,"
        + "`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),"
        + "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"

    /// A pod on create: namespaced metadata with a DNS-subdomain name, the pod spec, images without surrounding
    /// whitespace, and no ephemeral containers.
    public static func validate(_ pod: Pod) -> [StatusCause] {
        var causes = metadataAndSpec(pod)
        if !pod.spec.ephemeralContainers.isEmpty {
            causes.append(.forbidden(FieldPath("spec").child("ephemeralContainers"), "cannot be set on create"))
        }
        return causes
    }

    /// A pod on update through the main resource: metadata update rules, the spec rules, and a spec that only
    /// changes images, `activeDeadlineSeconds` (set, or lowered), tolerations (added, or their seconds changed),
    /// a negative grace period set to 1, or scheduling gates removed.
    public static func validateUpdate(_ pod: Pod, old: Pod) -> [StatusCause] {
        var causes = ObjectMetaValidation.validateUpdate(pod.metadata, old: old.metadata)
        causes += metadataAndSpec(pod)
        let specPath = FieldPath("spec")
        let deadlinePath = specPath.child("activeDeadlineSeconds")
        if let deadline = pod.spec.activeDeadlineSeconds {
            if deadline < 0 || deadline > Int64(Int32.max) {
                causes.append(.invalid(deadlinePath, .int(deadline), "must be between 0 and 2147483647, inclusive"))
            }
            if let previous = old.spec.activeDeadlineSeconds, previous < deadline {
                causes.append(.invalid(deadlinePath, .int(deadline), "must be less than or equal to previous value"))
            }
        } else if old.spec.activeDeadlineSeconds != nil {
            causes.append(.invalid(deadlinePath, .null, "must not update from a positive integer to nil value"))
        }
        causes += onlyAddedTolerations(pod.spec.tolerations, old: old.spec.tolerations, path: specPath.child("tolerations"))
        if comparableSpec(pod.spec, old: old.spec) != old.spec {
            causes.append(.forbidden(specPath, immutableSpecMessage))
        }
        return causes
    }

    /// A pod on update through `/status`: the metadata update rules (the spec is the stored one).
    public static func validateStatusUpdate(_ pod: Pod, old: Pod) -> [StatusCause] {
        ObjectMetaValidation.validateUpdate(pod.metadata, old: old.metadata)
    }

    /// `validatePodMetadataAndSpec` plus the pod-only container rules.
    static func metadataAndSpec(_ pod: Pod) -> [StatusCause] {
        var causes = ObjectMetaValidation.validate(pod.metadata, namespaced: true, nameRule: .dnsSubdomain)
        let specPath = FieldPath("spec")
        causes += PodSpecValidation.validate(pod.spec, path: specPath)
        for (name, containers) in [("containers", pod.spec.containers), ("initContainers", pod.spec.initContainers)] {
            for (index, container) in containers.enumerated()
            where container.image.hasSurroundingWhitespace {
                causes.append(
                    .invalid(
                        specPath.child(name).index(index).child("image"), .string(container.image),
                        "must not have leading or trailing whitespace"))
            }
        }
        return causes
    }

    /// The new spec with every field a pod update may change copied from the old one: equal to the old spec
    /// exactly when nothing else changed.
    static func comparableSpec(_ spec: PodSpec, old: PodSpec) -> PodSpec {
        var copy = spec
        if copy.containers.count == old.containers.count {
            for index in copy.containers.indices { copy.containers[index].image = old.containers[index].image }
        }
        if copy.initContainers.count == old.initContainers.count {
            for index in copy.initContainers.indices { copy.initContainers[index].image = old.initContainers[index].image }
        }
        copy.activeDeadlineSeconds = old.activeDeadlineSeconds
        copy.tolerations = old.tolerations
        if let previous = old.terminationGracePeriodSeconds, previous < 0, copy.terminationGracePeriodSeconds == 1 {
            copy.terminationGracePeriodSeconds = previous
        }
        if copy.schedulingGates.allSatisfy(old.schedulingGates.contains) {
            copy.schedulingGates = old.schedulingGates
        }
        return copy
    }

    /// `validateOnlyAddedTolerations`: every old toleration is still there (its `tolerationSeconds` may
    /// change), and the new list is valid.
    static func onlyAddedTolerations(_ tolerations: [Toleration], old: [Toleration], path: FieldPath) -> [StatusCause] {
        for previous in old {
            let kept = tolerations.contains { candidate in
                var clone = previous
                clone.tolerationSeconds = candidate.tolerationSeconds
                return clone == candidate
            }
            if !kept {
                return [.forbidden(path, "existing toleration can not be modified except its tolerationSeconds")]
            }
        }
        return []
    }
}

extension String {
    /// Whether Go's `strings.TrimSpace` would shorten it: its first or last scalar has Unicode's White_Space
    /// property (Go's `unicode.IsSpace`). Checked on every container of every pod written, where Foundation's
    /// `trimmingCharacters(in:)` cost more than the rest of the pod's validation.
    fileprivate var hasSurroundingWhitespace: Bool {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace
    }
}
