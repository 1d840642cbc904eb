import Foundation
import KubeModel

/// Upstream's `printPod`: Name, Ready, Status, Restarts, Age, and wide IP, Node, Nominated Node,
/// Readiness Gates, with the Status rules `kubectl get pods` is known for.
enum PodPrinter {
    static let columns = [
        TableColumnDefinition(name: "Name", type: "string", format: "name", description: SwaggerDoc.objectMetaName),
        TableColumnDefinition(
            name: "Ready", type: "string", description: "The aggregate readiness state of this pod for accepting traffic."),
        TableColumnDefinition(
            name: "Status", type: "string", description: "The aggregate status of the containers in this pod."),
        TableColumnDefinition(
            name: "Restarts", type: "string",
            description: "The number of times the containers in this pod have been restarted and when the last "
                + "container in this pod has restarted."),
        TableColumnDefinition(name: "Age", type: "string", description: SwaggerDoc.objectMetaCreationTimestamp),
        TableColumnDefinition(name: "IP", type: "string", description: SwaggerDoc.podStatusPodIP, priority: 1),
        TableColumnDefinition(name: "Node", type: "string", description: SwaggerDoc.podSpecNodeName, priority: 1),
        TableColumnDefinition(
            name: "Nominated Node", type: "string", description: SwaggerDoc.podStatusNominatedNodeName, priority: 1),
        TableColumnDefinition(
            name: "Readiness Gates", type: "string", description: SwaggerDoc.podSpecReadinessGates, priority: 1),
    ]

    static let printer = TypedPrinter<Pod>(columns: columns) { pod, now in row(pod, now: now) }

    /// The reason a pod's deletion set when its node stopped answering (`NodeUnreachablePodReason`).
    static let nodeLostReason = "NodeLost"

    /// The row of `pod` at `now`; succeeded and failed pods carry upstream's `Completed` row condition.
    static func row(_ pod: Pod, now: Date) -> TableRow {
        let status = PodStatusSummary(pod)
        var restarts = String(status.restarts)
        if status.restarts != 0, status.lastRestart != HumanDuration.goZeroDate {
            restarts += " (\(HumanDuration.since(status.lastRestart, now: now)) ago)"
        }
        let podIP = pod.status.podIPs.first?.ip ?? ""
        var cells: [JSONValue] = [
            .string(pod.metadata.name),
            .string("\(status.readyContainers)/\(status.totalContainers)"),
            .string(status.reason),
            .string(restarts),
            .string(HumanDuration.since(pod.metadata.creationTimestamp?.date, now: now)),
        ]
        cells.append(.string(podIP.isEmpty ? "<none>" : podIP))
        cells.append(.string(pod.spec.nodeName.isEmpty ? "<none>" : pod.spec.nodeName))
        cells.append(.string(pod.status.nominatedNodeName.isEmpty ? "<none>" : pod.status.nominatedNodeName))
        cells.append(.string(readinessGates(pod)))
        return TableRow(cells: cells, conditions: conditions(phase: pod.status.phase))
    }

    /// `1/2` of the readiness gates whose condition is True, or `<none>` without gates.
    static func readinessGates(_ pod: Pod) -> String {
        let gates = pod.spec.readinessGates
        if gates.isEmpty { return "<none>" }
        let met = gates.count(where: { gate in
            pod.status.conditions.first { $0.type == gate.conditionType }?.status == "True"
        })
        return "\(met)/\(gates.count)"
    }

    private static func conditions(phase: String) -> [TableRowCondition] {
        switch phase {
        case "Succeeded":
            [TableRowCondition(
                type: "Completed", status: "True", reason: "Succeeded", message: "The pod has completed successfully.")]
        case "Failed":
            [TableRowCondition(type: "Completed", status: "True", reason: "Failed", message: "The pod failed.")]
        default:
            []
        }
    }
}

/// The Ready, Status and Restarts figures of one pod, computed as upstream's `printPod` does.
struct PodStatusSummary {
    /// Ready regular containers plus started-and-ready sidecars.
    private(set) var readyContainers = 0
    /// Regular containers plus restartable init containers (sidecars).
    private(set) var totalContainers = 0
    /// The Status cell: `Running`, `CrashLoopBackOff`, `Init:0/1`, `Terminating`, ...
    private(set) var reason = ""
    /// Restarts of the containers that count (init containers only while initializing).
    private(set) var restarts = 0
    /// When the last counted container last terminated; Go's zero time if never.
    private(set) var lastRestart = HumanDuration.goZeroDate

    init(_ pod: Pod) {
        let status = pod.status
        reason = status.reason.isEmpty ? status.phase : status.reason
        if status.conditions.contains(where: { $0.type == "PodScheduled" && $0.reason == "SchedulingGated" }) {
            reason = "SchedulingGated"
        }
        totalContainers = pod.spec.containers.count
        var initContainers: [String: Container] = [:]
        for container in pod.spec.initContainers {
            initContainers[container.name] = container
            if Self.isRestartable(container) { totalContainers += 1 }
        }

        let sidecars = summarizeInitContainers(pod, initContainers: initContainers)
        if !sidecars.initializing || Self.isInitialized(status) {
            // Once initialized, finished init containers' restarts no longer count; sidecars' still do.
            restarts = sidecars.restarts
            lastRestart = sidecars.lastRestart
            summarizeContainers(status)
        }

        if pod.metadata.deletionTimestamp.map({ $0.date != HumanDuration.goZeroDate }) ?? false {
            if status.reason == PodPrinter.nodeLostReason {
                reason = "Unknown"
            } else if status.phase != "Failed" && status.phase != "Succeeded" {
                reason = "Terminating"
            }
        }
    }

    /// Walks the init containers up to the first one that is not done, counting every init container's
    /// restarts; returns whether the pod is still initializing and the sidecars' own restart figures.
    private mutating func summarizeInitContainers(
        _ pod: Pod, initContainers: [String: Container]
    ) -> (initializing: Bool, restarts: Int, lastRestart: Date) {
        var sidecarRestarts = 0
        var lastSidecarRestart = HumanDuration.goZeroDate
        var initializing = false
        for (index, container) in pod.status.initContainerStatuses.enumerated() {
            restarts += Int(container.restartCount)
            let finished = Self.lastTermination(container)
            if lastRestart < finished { lastRestart = finished }
            let restartable = initContainers[container.name].map(Self.isRestartable) ?? false
            if restartable {
                sidecarRestarts += Int(container.restartCount)
                if lastSidecarRestart < finished { lastSidecarRestart = finished }
            }
            if let terminated = container.state.terminated, terminated.exitCode == 0 {
                continue
            }
            if restartable, container.started == true {
                if container.ready { readyContainers += 1 }
                continue
            }
            if let terminated = container.state.terminated {
                if !terminated.reason.isEmpty {
                    reason = "Init:" + terminated.reason
                } else if terminated.signal != 0 {
                    reason = "Init:Signal:\(terminated.signal)"
                } else {
                    reason = "Init:ExitCode:\(terminated.exitCode)"
                }
            } else if let waiting = container.state.waiting, !waiting.reason.isEmpty,
                waiting.reason != "PodInitializing"
            {
                reason = "Init:" + waiting.reason
            } else {
                reason = "Init:\(index)/\(pod.spec.initContainers.count)"
            }
            initializing = true
            break
        }
        return (initializing, sidecarRestarts, lastSidecarRestart)
    }

    /// Walks the regular containers from last to first, so the first container's reason wins.
    private mutating func summarizeContainers(_ status: PodStatus) {
        var hasRunning = false
        for container in status.containerStatuses.reversed() {
            restarts += Int(container.restartCount)
            let finished = Self.lastTermination(container)
            if lastRestart < finished { lastRestart = finished }
            if let waiting = container.state.waiting, !waiting.reason.isEmpty {
                reason = waiting.reason
            } else if let terminated = container.state.terminated, !terminated.reason.isEmpty {
                reason = terminated.reason
            } else if let terminated = container.state.terminated {
                reason = terminated.signal != 0 ? "Signal:\(terminated.signal)" : "ExitCode:\(terminated.exitCode)"
            } else if container.ready, container.state.running != nil {
                hasRunning = true
                readyContainers += 1
            }
        }
        // A pod with a container still running is not Completed yet.
        if reason == "Completed", hasRunning {
            let ready = status.conditions.contains { $0.type == "Ready" && $0.status == "True" }
            reason = ready ? "Running" : "NotReady"
        }
    }

    /// A sidecar: an init container with `restartPolicy: Always`.
    private static func isRestartable(_ container: Container) -> Bool {
        container.restartPolicy == "Always"
    }

    /// The first `Initialized` condition is True.
    private static func isInitialized(_ status: PodStatus) -> Bool {
        status.conditions.first { $0.type == "Initialized" }?.status == "True"
    }

    /// `lastState.terminated.finishedAt`, Go's zero time when absent.
    private static func lastTermination(_ container: ContainerStatus) -> Date {
        container.lastState.terminated?.finishedAt?.date ?? HumanDuration.goZeroDate
    }
}
