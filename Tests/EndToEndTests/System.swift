import Foundation
import KubeModel
import KubeTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A running `daemonry up` and a kubectl pointed at it, shared by the system suites.
struct System {
    let process: BackgroundProcess
    let kubeconfig: String
    let directory: String

    func kubectl(_ arguments: [String], timeout: Duration = .seconds(60)) async throws -> CommandResult {
        try await runCommand(
            ["kubectl", "--kubeconfig", kubeconfig, "--cache-dir", directory + "/kubectl-cache", "--request-timeout", "20s"]
                + arguments,
            timeout: timeout)
    }

    /// kubectl that must succeed; its standard output.
    @discardableResult
    func run(_ arguments: [String]) async throws -> String {
        let result = try await kubectl(arguments)
        #expect(result.status == 0, "kubectl \(arguments.joined(separator: " ")): \(result)")
        return result.stdout
    }

    func apply(_ manifest: String) async throws {
        let path = directory + "/manifest-\(UUID().uuidString).yaml"
        try manifest.write(toFile: path, atomically: true, encoding: .utf8)
        try await run(["apply", "-f", path])
    }

    /// `pod-name node image` per pod of `app`, sorted by node; running pods only unless `all`.
    func pods(_ app: String) async throws -> [[String]] {
        let template = #"{range .items[*]}{.metadata.name} {.spec.nodeName} {.spec.containers[0].image} {.status.phase} {.metadata.deletionTimestamp}{"\n"}{end}"#
        let output = try await run(["get", "pods", "-l", "app=\(app)", "-o", "jsonpath=\(template)"])
        var pods: [[String]] = []
        for line in output.split(separator: "\n") {
            let fields: [String] = line.split(separator: " ").map(String.init)
            // A pod being deleted has a fifth field, its deletion timestamp.
            if fields.count == 4 && fields[3] == "Running" { pods.append(Array(fields.prefix(3))) }
        }
        return pods.sorted { $0[1] < $1[1] }
    }

    /// Every pod matching `selector` in `namespace` as the API returns it, terminating and terminal ones included.
    func podObjects(_ selector: String, namespace: String = "default") async throws -> [Pod] {
        let output = try await run(["get", "pods", "-n", namespace, "-l", selector, "-o", "json"])
        return try KubeList<Pod>.decode(json: Data(output.utf8)).items
    }

    /// `kubectl rollout status` of `target`, which must succeed within `seconds`; a failure records what
    /// the controller saw: the DaemonSets' status, the pods, and the tail of `daemonry up`'s log.
    @discardableResult
    func rolloutStatus(_ target: String, namespace: String = "default", seconds: Int = 90) async throws -> CommandResult {
        let result = try await kubectl(
            ["rollout", "status", target, "-n", namespace, "--timeout=\(seconds)s"], timeout: .seconds(seconds + 30))
        if result.status != 0 {
            let daemonSets = try await kubectl(["get", "ds", "-A", "-o", "wide"]).stdout
            let pods = try await kubectl(["get", "pods", "-A", "-o", "wide", "--show-labels"]).stdout
            Issue.record(
                "rollout status \(target): \(result)\n\(daemonSets)\n\(pods)\ndaemonry up log:\n\(process.errorOutput.suffix(8000))")
        }
        return result
    }

    /// The DaemonSet as the API returns it.
    func daemonSetObject(_ name: String, namespace: String = "default") async throws -> DaemonSet {
        try DaemonSet.decode(json: Data(try await run(["get", "ds", name, "-n", namespace, "-o", "json"]).utf8))
    }

    /// The ControllerRevisions matching `selector`, by revision number.
    func revisions(_ selector: String) async throws -> [ControllerRevision] {
        let output = try await run(["get", "controllerrevisions", "-l", selector, "-o", "json"])
        return try KubeList<ControllerRevision>.decode(json: Data(output.utf8)).items.sorted { $0.revision < $1.revision }
    }

    /// `desired current ready updated available misscheduled` from the DaemonSet's status.
    func status(_ name: String, namespace: String = "default") async throws -> String {
        let template =
            "{.status.desiredNumberScheduled} {.status.currentNumberScheduled} {.status.numberReady} "
            + "{.status.updatedNumberScheduled} {.status.numberAvailable} {.status.numberMisscheduled}"
        let output = try await run(["get", "ds", name, "-n", namespace, "-o", "jsonpath=\(template)"])
        // jsonpath prints nothing for a counter the server omitted as zero.
        return output.split(separator: " ", omittingEmptySubsequences: false).map { $0.isEmpty ? "0" : String($0) }
            .joined(separator: " ")
    }

    /// Starts `kubectl get pods -w` for `selector`, every change printed as a JSON watch event.
    func watchPods(_ selector: String) throws -> PodWatch {
        let process = try BackgroundProcess(
            ["/usr/bin/env", "kubectl", "--kubeconfig", kubeconfig, "--cache-dir", directory + "/kubectl-cache", "get", "pods",
             "-l", selector, "--watch", "--output-watch-events", "-o", "json"],
            directory: directory)
        return PodWatch(process: process)
    }

    /// A DaemonSet manifest: `extra` is inserted in the pod spec, `container` in the container's flow
    /// mapping, `templateAnnotations` in the template's metadata and `spec` (an `updateStrategy`) in the
    /// DaemonSet spec.
    static func daemonSet(
        _ name: String, image: String = "registry.k8s.io/pause:3.9", extra: String = "", container: String = "",
        templateAnnotations: [String: String] = [:], spec: String = "", namespace: String = "default",
        labels: [String: String] = [:]
    ) -> String {
        func flow(_ map: [String: String]) -> String {
            "{" + map.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ") + "}"
        }
        return """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: \(name), namespace: \(namespace), labels: \(flow(labels))}
            spec:
            \(spec)
              selector:
                matchLabels: {app: \(name)}
              template:
                metadata:
                  labels: {app: \(name)}
                  annotations: \(flow(templateAnnotations))
                spec:
            \(extra)
                  containers:
                  - {name: main, image: "\(image)"\(container.isEmpty ? "" : ", " + container)}
            """
    }
}

/// Starts `daemonry up` with `nodes` simulated nodes (and `flags`) in a temporary directory, runs `body`,
/// stops it.
func withSystem(nodes: Int = 3, flags: [String] = [], _ body: (System) async throws -> Void) async throws {
    try await withTemporaryDirectory { directory in
        let binary = try BackgroundProcess.daemonryExecutable()
        let process = try BackgroundProcess(
            [binary, "up", "--data-dir", directory + "/data", "--listen", "127.0.0.1:0", "--nodes", String(nodes),
             "--metrics-address", "127.0.0.1:0", "--log-level", "info"] + flags,
            directory: directory)
        guard let line = await process.waitForLine(containing: "export KUBECONFIG=") else {
            Issue.record("daemonry up did not start: \(process.errorOutput)")
            await process.stop(signal: SIGKILL)
            return
        }
        let system = System(
            process: process, kubeconfig: String(line.dropFirst("export KUBECONFIG=".count)), directory: directory)
        do {
            // The simulator registers its nodes just after the server is up; tests start from all of them.
            let registered = try await eventually(timeout: .seconds(30)) {
                try await system.kubectl(["get", "nodes", "-o", "name"]).stdout.split(separator: "\n").count == nodes
            }
            #expect(registered, "\(nodes) nodes registered")
            try await body(system)
        } catch {
            Issue.record("\(error)\n\(process.errorOutput.suffix(4000))")
        }
        #expect(await process.stop(signal: SIGTERM) == 0, "\(process.errorOutput.suffix(4000))")
    }
}

/// A `kubectl get pods --watch` running in the background: every state the pods went through, in the
/// order the API server sent them, so a test can check an invariant at each moment rather than at polls.
struct PodWatch {
    let process: BackgroundProcess

    /// One watch event as kubectl prints it.
    struct Event: Decodable {
        var type: String
        var object: Pod
    }

    /// The complete events printed so far. kubectl prints one event per line (older releases indent it, so
    /// a line holding only `}` closes one); a partly written last line is left for a later call.
    func events() throws -> [Event] {
        var events: [Event] = []
        var current = ""
        for line in process.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            current += line + "\n"
            let whole = line == "}" || (current.count == line.count + 1 && line.hasPrefix("{") && line.hasSuffix("}"))
            if whole {
                events.append(try JSONDecoder().decode(Event.self, from: Data(current.utf8)))
                current = ""
            }
        }
        return events
    }

    /// The pods (by name) after each event, from the `skipping`-th on: earlier states are the partial
    /// initial listing.
    func states(skipping: Int = 0) throws -> [[String: Pod]] {
        var pods: [String: Pod] = [:]
        var states: [[String: Pod]] = []
        for (index, event) in try events().enumerated() {
            if event.type == "DELETED" {
                pods[event.object.metadata.name] = nil
            } else {
                pods[event.object.metadata.name] = event.object
            }
            if index + 1 >= skipping { states.append(pods) }
        }
        return states
    }

    func stop() async {
        await process.stop(signal: SIGTERM)
    }
}
