import Foundation
import KubeModel

/// What `kubectl logs` reads of a simulated container: the story its status tells, one line per thing the
/// simulated kubelet did to that container instance (started, turned ready, exited), with the lines a pod asks
/// for in `sim.daemonry.io/log` printed at start. Decision: there is no container to write a log, so the lines
/// are derived from the pod as stored; they are the same on every read and survive a restart of the server.
struct PodLog: Sendable {
    /// A pod's annotation whose text (one line per line) a container prints when it starts.
    static let annotation = "sim.daemonry.io/log"

    struct Line: Sendable, Hashable {
        var time: Date
        var text: String
    }

    /// Which instance of the container: the current one, or the one before its last restart.
    let previous: Bool
    let container: String

    /// The container of `pod` that `requested` names (the only one when it names none), or upstream's 400.
    static func container(_ requested: String?, in pod: Pod) throws(APIError) -> String {
        let names = (pod.spec.initContainers + pod.spec.containers).map(\.name)
        guard let requested, !requested.isEmpty else {
            guard names.count == 1, let only = names.first else {
                throw APIError(
                    .badRequest,
                    "a container name must be specified for pod \(pod.metadata.name), choose one of: [\(pod.spec.containers.map(\.name).joined(separator: " "))]")
            }
            return only
        }
        guard names.contains(requested) else {
            throw APIError(.badRequest, "container \(requested) is not valid for pod \(pod.metadata.name)")
        }
        return requested
    }

    /// The lines of the instance in `pod`, or upstream's 400 when it has not run. `finished` says whether the
    /// instance has exited, which ends a followed log.
    func lines(of pod: Pod) throws(APIError) -> (lines: [Line], finished: Bool) {
        let statuses = pod.status.initContainerStatuses + pod.status.containerStatuses
        let status = statuses.first { $0.name == container }
        let image = (pod.spec.initContainers + pod.spec.containers).first { $0.name == container }?.image ?? ""
        let podName = pod.metadata.name
        if previous {
            guard let terminated = status?.lastState.terminated else {
                throw APIError(.badRequest, "previous terminated container \"\(container)\" in pod \"\(podName)\" not found")
            }
            return (Self.run(started: terminated.startedAt, ready: nil, exited: terminated, image: image, pod: pod), true)
        }
        let state = status?.state ?? ContainerState()
        if let running = state.running {
            let ready = status?.ready == true ? pod.status.conditions.first { $0.type == "Ready" }?.lastTransitionTime : nil
            return (Self.run(started: running.startedAt, ready: ready, exited: nil, image: image, pod: pod), false)
        }
        if let terminated = state.terminated {
            return (Self.run(started: terminated.startedAt, ready: nil, exited: terminated, image: image, pod: pod), true)
        }
        // Waiting after a crash: the kubelet shows the instance that exited last.
        if let terminated = status?.lastState.terminated {
            return (Self.run(started: terminated.startedAt, ready: nil, exited: terminated, image: image, pod: pod), true)
        }
        let reason = state.waiting?.reason ?? "ContainerCreating"
        throw APIError(
            .badRequest, "container \"\(container)\" in pod \"\(podName)\" is waiting to start: \(reason.isEmpty ? "ContainerCreating" : reason)")
    }

    private static func run(
        started: Time?, ready: Time?, exited: ContainerStateTerminated?, image: String, pod: Pod
    ) -> [Line] {
        guard let started = started?.date else { return [] }
        var lines = [Line(time: started, text: "started: image \(image) on node \(pod.spec.nodeName)")]
        for text in (pod.metadata.annotations[annotation] ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        where !text.isEmpty {
            lines.append(Line(time: started, text: String(text)))
        }
        if let ready = ready?.date, ready >= started { lines.append(Line(time: ready, text: "ready")) }
        if let exited, let finished = exited.finishedAt?.date {
            let reason = exited.reason.isEmpty ? "" : " (\(exited.reason))"
            lines.append(Line(time: finished, text: "exited with code \(exited.exitCode)\(reason)"))
        }
        return lines
    }

    /// `kubectl logs`' query options, applied to an instance's lines.
    struct Options: Sendable {
        var timestamps = false
        var tailLines: Int?
        var since: Date?
        var limitBytes: Int?

        /// The lines kept, as text.
        func render(_ lines: [Line]) -> String {
            var kept = lines.filter { line in since.map { line.time >= $0 } ?? true }
            if let tailLines { kept = Array(kept.suffix(max(tailLines, 0))) }
            var text = kept.map { line in (timestamps ? Self.timestamp(line.time) + " " : "") + line.text + "\n" }.joined()
            if let limitBytes, text.utf8.count > limitBytes {
                text = String(decoding: text.utf8.prefix(max(limitBytes, 0)), as: UTF8.self)
            }
            return text
        }

        /// RFC 3339 with nanoseconds, as the kubelet stamps lines (these times are whole seconds).
        static func timestamp(_ date: Date) -> String {
            String(Time(date).rfc3339.dropLast()) + ".000000000Z"
        }
    }
}
