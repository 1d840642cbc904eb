import KubeModel

/// The annotations that steer simulated nodes and pods (all optional; delays default to 0 s).
public enum SimulationAnnotation {
    /// Node: `"true"` marks a node this simulator manages (unless it manages all nodes).
    public static let managed = "sim.daemonry.io/managed"
    /// Node: `"false"` reports Ready=False.
    public static let ready = "sim.daemonry.io/ready"
    /// Node: `"stop"` stops renewing the Lease and posting status, as a dead kubelet.
    public static let heartbeat = "sim.daemonry.io/heartbeat"
    /// Pod: how long after binding the containers start (Go duration, `2s`, `500ms`).
    public static let startDelay = "sim.daemonry.io/start-delay"
    /// Pod: how long after starting the pod turns Ready.
    public static let readyDelay = "sim.daemonry.io/ready-delay"
    /// Pod: `"true"` keeps the container crash-looping: Running, never Ready, restarts counting up.
    public static let crash = "sim.daemonry.io/crash"
    /// Pod: `Failed` or `Succeeded`: the pod ends in that phase `exit-after` after starting.
    public static let exit = "sim.daemonry.io/exit"
    /// Pod: how long after starting the pod exits (with `exit`).
    public static let exitAfter = "sim.daemonry.io/exit-after"
    /// Pod: how long a deleted pod takes to terminate, capped by its grace period.
    public static let terminationDelay = "sim.daemonry.io/termination-delay"
}

/// A pod's knobs, read from its annotations; an unparsable value counts as unset.
public struct PodKnobs: Sendable, Hashable {
    /// Delay from binding to Running.
    public var startDelay: Duration = .zero
    /// Delay from Running to Ready.
    public var readyDelay: Duration = .zero
    /// Whether the container crash-loops.
    public var crashes = false
    /// The terminal phase to reach, if any.
    public var exitPhase: String?
    /// Delay from Running to `exitPhase`.
    public var exitAfter: Duration = .zero
    /// Delay from deletion to the pod's removal, capped by its grace period.
    public var terminationDelay: Duration = .zero

    /// No knobs.
    public init() {}

    /// The knobs of `annotations`.
    public init(annotations: [String: String]) {
        func duration(_ key: String) -> Duration {
            annotations[key].flatMap(GoDuration.parse) ?? .zero
        }
        startDelay = duration(SimulationAnnotation.startDelay)
        readyDelay = duration(SimulationAnnotation.readyDelay)
        crashes = annotations[SimulationAnnotation.crash] == "true"
        if let exit = annotations[SimulationAnnotation.exit], exit == "Failed" || exit == "Succeeded" { exitPhase = exit }
        exitAfter = duration(SimulationAnnotation.exitAfter)
        terminationDelay = duration(SimulationAnnotation.terminationDelay)
    }
}
