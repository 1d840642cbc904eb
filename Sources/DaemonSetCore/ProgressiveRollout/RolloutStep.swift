/// One step of a progressive rollout: the canary nodes, one wave, or every node.
public struct RolloutStep: Sendable, Hashable {
    /// `canary`, `wave <value>`, `nodes without <label>` or `all nodes`.
    public var name: String
    /// The canary step waits to be promoted once done.
    public var canary: Bool
    /// Its nodes, by name.
    public var nodes: [RolloutInput.Node]
}
