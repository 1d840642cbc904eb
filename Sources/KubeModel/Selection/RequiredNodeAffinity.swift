import Foundation

/// A pod's hard node constraints, compiled once: its `nodeSelector` map ANDed with its required node affinity
/// (upstream `nodeaffinity.GetRequiredNodeAffinity(pod).Match(node)`, parse errors counting as no match).
///
/// `matches` allocates nothing and parses nothing but the node's label value for a Gt/Lt requirement, so
/// it can be asked for every node of a large cluster on each sync.
public struct RequiredNodeAffinity: Sendable {
    private let nodeSelector: [CompiledLabelRequirement]
    private let affinity: CompiledNodeSelector?

    /// Problems that make terms of the required node affinity unmatchable (empty when it parses cleanly).
    public var parseErrors: [String] { affinity?.parseErrors ?? [] }

    /// Compiles the constraints of a pod spec.
    public init(spec: PodSpec) {
        nodeSelector = spec.nodeSelector.keys.sorted().map {
            CompiledLabelRequirement(key: $0, equals: spec.nodeSelector[$0] ?? "")
        }
        if let required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution {
            affinity = CompiledNodeSelector(required)
        } else {
            affinity = nil
        }
    }

    /// Compiles the constraints of a pod.
    public init(pod: Pod) {
        self.init(spec: pod.spec)
    }

    /// Whether a node with this name and these labels satisfies the pod's nodeSelector and required affinity.
    public func matches(nodeName: String, labels: [String: String]) -> Bool {
        for requirement in nodeSelector where !requirement.matches(labels) {
            return false
        }
        guard let affinity else { return true }
        return affinity.matches(nodeName: nodeName, labels: labels)
    }
}
