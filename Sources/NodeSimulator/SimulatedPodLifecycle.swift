import Foundation
import KubeModel

/// Where a simulated pod is in its life.
public enum PodStage: Sendable, Hashable {
    /// Bound, containers not started yet.
    case pending
    /// Containers running, not Ready yet.
    case running
    /// Running and Ready.
    case ready
    /// Running, never Ready, the container restarted this many times.
    case crashLooping(restarts: Int32)
    /// Ended in this phase (`Succeeded` or `Failed`).
    case exited(phase: String)

    /// Stages only move forward: pending, running or crash-looping, ready, exited.
    var rank: Int {
        switch self {
        case .pending: 0
        case .running, .crashLooping: 1
        case .ready: 2
        case .exited: 3
        }
    }
}

/// A simulated kubelet's pod lifecycle without I/O: which stage a pod's knobs put it in some time after
/// binding, what status that stage writes, and whether the pod's current status already says it.
public enum SimulatedPodLifecycle {
    /// The stage `elapsed` after the pod was seen bound, and the elapsed time at which it next changes (nil:
    /// never). A crash-looping pod restarts every `crashInterval`.
    public static func stage(_ knobs: PodKnobs, elapsed: Duration, crashInterval: Duration) -> (stage: PodStage, next: Duration?) {
        let start = knobs.startDelay
        guard elapsed >= start else { return (.pending, start) }
        let exitAt: Duration? = knobs.exitPhase == nil ? nil : start + knobs.exitAfter
        if let exitAt, let phase = knobs.exitPhase, elapsed >= exitAt { return (.exited(phase: phase), nil) }
        if knobs.crashes {
            let interval = max(crashInterval, .milliseconds(1))
            let restarts = Int32(min(Double(Int32.max - 1), ((elapsed - start) / interval).rounded(.down))) + 1
            let nextRestart = start + interval * Double(restarts)
            return (.crashLooping(restarts: restarts), exitAt.map { min($0, nextRestart) } ?? nextRestart)
        }
        let readyAt = start + knobs.readyDelay
        if elapsed >= readyAt { return (.ready, exitAt) }
        return (.running, exitAt.map { min($0, readyAt) } ?? readyAt)
    }

    /// The stage a pod's status shows, nil when no kubelet has reported on it yet.
    public static func currentStage(of status: PodStatus) -> PodStage? {
        switch status.phase {
        case "Succeeded", "Failed":
            return .exited(phase: status.phase)
        case "Running":
            if status.containerStatuses.contains(where: { $0.state.waiting?.reason == "CrashLoopBackOff" }) {
                return .crashLooping(restarts: status.containerStatuses.map(\.restartCount).max() ?? 0)
            }
            return Pod.isReady(conditions: status.conditions) ? .ready : .running
        case "Pending":
            return status.containerStatuses.isEmpty ? nil : .pending
        default:
            return nil
        }
    }

    /// Whether a pod showing `current` must be written to show `desired`: stages never go back, and a
    /// crash loop is rewritten as its restarts grow.
    public static func needsUpdate(current: PodStage?, desired: PodStage) -> Bool {
        guard let current else { return true }
        if case .crashLooping(let had) = current, case .crashLooping(let wanted) = desired { return wanted > had }
        if current.rank != desired.rank { return desired.rank > current.rank }
        return current != desired
    }

    /// The status of `pod` in `stage`, on a node at `hostIP`, written at `now`; transition times of
    /// conditions whose status holds are kept.
    public static func status(of pod: Pod, in stage: PodStage, hostIP: String, now: Date) -> PodStatus {
        var status = pod.status
        let time = Time(now)
        status.hostIP = hostIP
        status.hostIPs = [HostIP(ip: hostIP)]
        if status.startTime == nil { status.startTime = time }
        // A pod on the host's network has the node's address, as the kubelet reports it.
        let podIP = pod.spec.hostNetwork ? hostIP : podIP(of: pod)
        let started = stage != .pending
        if started {
            status.podIP = podIP
            status.podIPs = [PodIP(ip: podIP)]
        }
        let ready = stage == .ready
        let containerNames = pod.spec.containers.map(\.name)
        status.containerStatuses = pod.spec.containers.map { container in
            var containerStatus = ContainerStatus()
            containerStatus.name = container.name
            containerStatus.image = container.image
            containerStatus.imageID = "daemonry://" + container.image
            var state = ContainerState()
            switch stage {
            case .pending:
                state.waiting = ContainerStateWaiting(reason: "ContainerCreating")
            case .running, .ready:
                containerStatus.containerID = containerID(pod, container.name)
                state.running = ContainerStateRunning(startedAt: status.startTime ?? time)
                containerStatus.started = true
            case .crashLooping(let restarts):
                containerStatus.containerID = containerID(pod, container.name)
                containerStatus.restartCount = restarts
                containerStatus.started = false
                state.waiting = ContainerStateWaiting(
                    reason: "CrashLoopBackOff",
                    message: "back-off restarting failed container=\(container.name) pod=\(pod.metadata.name)_\(pod.metadata.namespace)(\(pod.metadata.uid))")
                // The instance that crashed: it ran for no time at all.
                var last = ContainerStateTerminated()
                last.exitCode = 1
                last.reason = "Error"
                last.startedAt = time
                last.finishedAt = time
                last.containerID = containerID(pod, container.name)
                var lastState = ContainerState()
                lastState.terminated = last
                containerStatus.lastState = lastState
            case .exited(let phase):
                containerStatus.containerID = containerID(pod, container.name)
                containerStatus.started = false
                var terminated = ContainerStateTerminated()
                terminated.exitCode = phase == "Succeeded" ? 0 : 1
                terminated.reason = phase == "Succeeded" ? "Completed" : "Error"
                terminated.startedAt = status.startTime
                terminated.finishedAt = time
                terminated.containerID = containerID(pod, container.name)
                state.terminated = terminated
            }
            containerStatus.state = state
            containerStatus.ready = ready
            return containerStatus
        }
        switch stage {
        case .pending: status.phase = "Pending"
        case .running, .ready, .crashLooping: status.phase = "Running"
        case .exited(let phase): status.phase = phase
        }
        let notReadyReason: String
        if case .exited = stage { notReadyReason = "PodCompleted" } else { notReadyReason = "ContainersNotReady" }
        let notReadyMessage =
            notReadyReason == "PodCompleted" ? "" : "containers with unready status: [\(containerNames.joined(separator: " "))]"
        let conditions: [(String, Bool, String, String)] = [
            ("PodReadyToStartContainers", started, "", ""),
            ("Initialized", true, "", ""),
            ("Ready", ready, ready ? "" : notReadyReason, ready ? "" : notReadyMessage),
            ("ContainersReady", ready, ready ? "" : notReadyReason, ready ? "" : notReadyMessage),
            ("PodScheduled", true, "", ""),
        ]
        status.conditions = conditions.map { type, holds, reason, message in
            let value = holds ? "True" : "False"
            let previous = pod.status.conditions.first { $0.type == type }
            var condition = PodCondition()
            condition.type = type
            condition.status = value
            condition.reason = reason
            condition.message = message
            condition.lastTransitionTime = previous?.status == value ? previous?.lastTransitionTime ?? time : time
            return condition
        }
        return status
    }

    /// A stable pod address in 10.244.0.0/16 from the pod's UID.
    static func podIP(of pod: Pod) -> String {
        let hash = StableHash.fnv1a(pod.metadata.uid.isEmpty ? pod.key : pod.metadata.uid)
        return "10.244.\((hash >> 8) & 0xff).\(max(1, hash & 0xff))"
    }

    private static func containerID(_ pod: Pod, _ name: String) -> String {
        "daemonry://" + String(StableHash.fnv1a(pod.metadata.uid + "/" + name), radix: 16)
    }
}
