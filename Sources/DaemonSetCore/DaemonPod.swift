import Foundation
import KubeModel

/// Pod facts the controller reads: the node a pod belongs to, its order, and whether it runs the current revision.
public enum DaemonPod {
    /// `GetTargetNodeName`: `spec.nodeName`, or else the single `metadata.name In [node]` field requirement
    /// of the pod's required node affinity. Nil when it cannot be told (such pods are left alone).
    public static func targetNodeName(of pod: Pod) -> String? {
        targetNodeName(nodeName: pod.spec.nodeName, affinity: pod.spec.affinity)
    }

    /// `targetNodeName(of:)` from the two fields it reads.
    static func targetNodeName(nodeName: String, affinity: Affinity?) -> String? {
        if !nodeName.isEmpty { return nodeName }
        guard let terms = affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms
        else { return nil }
        for term in terms {
            for requirement in term.matchFields
            where requirement.key == DaemonSetKeys.objectNameField && requirement.operator == "In" {
                return requirement.values.count == 1 ? requirement.values[0] : nil
            }
        }
        return nil
    }

    /// `IsPodUpdated`: the pod's `controller-revision-hash` label is the current hash, or its legacy
    /// `pod-template-generation` label is the DaemonSet's template generation.
    public static func isUpdated(
        hashLabel: String?, generationLabel: String?, hash: String, templateGeneration: Int64?
    ) -> Bool {
        if !hash.isEmpty && hashLabel == hash { return true }
        if let generation = templateGeneration, generationLabel == String(generation) { return true }
        return false
    }

    /// The DaemonSet's `deprecated.daemonset.template.generation` annotation, when it parses.
    public static func templateGeneration(of daemonSet: DaemonSet) -> Int64? {
        daemonSet.metadata.annotations[DaemonSetKeys.templateGenerationAnnotation].flatMap { Int64($0) }
    }
}
