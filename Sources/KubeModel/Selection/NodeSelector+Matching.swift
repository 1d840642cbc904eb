import Foundation

extension NodeSelector {
    /// Whether a node with this name and these labels is selected: any term matches (upstream
    /// `nodeaffinity.NodeSelector.Match`). Parses on every call; use `RequiredNodeAffinity` in loops.
    public func matches(nodeName: String, labels: [String: String]) -> Bool {
        CompiledNodeSelector(self).matches(nodeName: nodeName, labels: labels)
    }

    /// Why terms of this selector can never match, one line per problem (empty when all terms parse).
    public var parseErrors: [String] {
        CompiledNodeSelector(self).parseErrors
    }
}

extension NodeSelectorTerm {
    /// Whether this term selects the node: every label and field requirement holds. An empty term or one
    /// with a malformed requirement matches nothing.
    public func matches(nodeName: String, labels: [String: String]) -> Bool {
        NodeSelector(nodeSelectorTerms: [self]).matches(nodeName: nodeName, labels: labels)
    }
}

extension NodeSelectorRequirement {
    /// Whether the labels satisfy this requirement read as a `matchExpressions` entry (false if malformed).
    public func matches(labels: [String: String]) -> Bool {
        var errors: [String] = []
        guard let compiled = CompiledLabelRequirement(self, path: "", errors: &errors) else { return false }
        return compiled.matches(labels)
    }

    /// Whether the node name satisfies this requirement read as a `matchFields` entry (false if malformed).
    public func matches(nodeName: String) -> Bool {
        var errors: [String] = []
        guard let compiled = CompiledFieldRequirement(self, path: "", errors: &errors) else { return false }
        return compiled.matches(nodeName: nodeName)
    }
}
