import Foundation

/// What a progressive rollout will do, before it runs: its steps in order, how many batches of
/// `max-unavailable` pods each takes, and how long, from how long a pod takes from created to available.
public struct RolloutForecast: Sendable, Hashable {
    /// One step with its batches and its expected seconds (nil without a pod time to go by).
    public struct Step: Sendable, Hashable {
        public var name: String
        public var nodes: [String]
        public var batches: Int
        public var seconds: Double?
    }

    public var steps: [Step]
    /// Nodes the partition keeps at the old revision.
    public var kept: Int
    /// The whole rollout, bake times included; nil without a pod time.
    public var seconds: Double?

    /// The forecast for `policy` over `nodes` (those that should run the pod), a pod taking `secondsPerPod`.
    public init(policy: RolloutPolicy, nodes: [RolloutInput.Node], secondsPerPod: Double?) {
        let budget = max(1, (try? policy.maxUnavailable.scaledValue(total: nodes.count, roundUp: true)) ?? 1)
        let planned = RolloutPlanner.steps(policy, nodes: nodes)
        steps = planned.map { step in
            let ready = step.nodes.filter(\.ready).count
            let batches = (ready + budget - 1) / budget
            return Step(
                name: step.name, nodes: step.nodes.map(\.name), batches: batches,
                seconds: secondsPerPod.map { Double(batches) * $0 })
        }
        kept = nodes.count - planned.reduce(0) { $0 + $1.nodes.count }
        let bakes = Double(max(0, steps.count - 1)) * policy.bakeTime.seconds
        seconds = secondsPerPod.map { _ in steps.reduce(bakes) { $0 + ($1.seconds ?? 0) } }
    }
}
