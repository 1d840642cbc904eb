import DaemonSetCore
import Foundation
import KubeModel
import KubeTestSupport
import Testing

extension SystemTests {
    /// The rest of upstream's DaemonSet integration and e2e scenarios (spec 9.3, 9.4) against `daemonry up`
    /// with the real kubectl. Nested in `SystemTests` so that its serialization keeps one system running at
    /// a time: the invariant checks must not depend on how loaded the machine is, but the waits do.
    @Suite("daemonry up scenarios")
    struct SystemScenarioTests {
        static let hashLabel = "controller-revision-hash"

        /// Nodes `node-0` to `node-(count-1)`, as `withSystem` creates them.
        static func nodes(_ count: Int) -> [String] { (0..<count).map { "node-\($0)" } }

        /// The pod's node, image and revision hash.
        static func describe(_ pod: Pod) -> String {
            "\(pod.metadata.name)@\(targetNode(pod)) \(pod.spec.containers.first?.image ?? "") "
                + "\(pod.metadata.labels[hashLabel] ?? "") ready=\(pod.isReady) deleting=\(pod.metadata.deletionTimestamp != nil)"
        }

        /// The node a daemon pod is for: where it is bound, or before binding the node its affinity pins it to.
        static func targetNode(_ pod: Pod) -> String {
            guard pod.spec.nodeName.isEmpty else { return pod.spec.nodeName }
            let terms = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []
            return terms.lazy.flatMap(\.matchFields).first { $0.key == "metadata.name" }?.values.first ?? ""
        }

        /// The pods of one watched state that are not being deleted, by node.
        static func livePodsByNode(_ state: [String: Pod]) -> [String: [Pod]] {
            Dictionary(grouping: state.values.filter { $0.metadata.deletionTimestamp == nil }, by: targetNode)
        }

        /// Applies `app` (nginx:1.25, pods ready 500 ms after running) with `spec` on `nodes`, rolls it to
        /// nginx:1.26 while watching its pods, and returns every state the watch saw after the first pods.
        static func watchedRollout(_ system: System, app: String, nodes: [String], spec: String) async throws -> [[String: Pod]] {
            try await system.apply(
                System.daemonSet(
                    app, image: "nginx:1.25", templateAnnotations: ["sim.daemonry.io/ready-delay": "500ms"], spec: spec))
            let settled = Array(repeating: String(nodes.count), count: 5).joined(separator: " ") + " 0"
            #expect(try await eventually(timeout: .seconds(60)) { try await system.status(app) == settled })
            let watch = try system.watchPods("app=" + app)
            #expect(try await eventually(timeout: .seconds(30)) { try watch.events().count >= nodes.count })

            try await system.run(["set", "image", "ds/" + app, "main=nginx:1.26"])
            return try await rolloutStates(system, app: app, watch: watch, nodes: nodes)
        }

        /// Waits for the rollout of `app` to nginx:1.26 to finish and the watch to see it settled; stops the
        /// watch and returns every state it saw after the first pods.
        static func rolloutStates(_ system: System, app: String, watch: PodWatch, nodes: [String]) async throws -> [[String: Pod]] {
            try await system.rolloutStatus("ds/" + app)
            #expect(
                try await eventually(timeout: .seconds(30)) {
                    let last = try watch.states().last ?? [:]
                    return last.count == nodes.count
                        && last.values.allSatisfy { $0.spec.containers.first?.image == "nginx:1.26" && $0.isReady }
                })
            let states = try watch.states(skipping: nodes.count)
            await watch.stop()
            return states
        }

        // MARK: - Placement

        @Test func complexDaemonFollowsLabelsAndASelectorPatch() async throws {
            try await withSystem { system in
                try await system.apply(System.daemonSet("complex", extra: "      nodeSelector: {color: blue}"))
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        try await system.run(["get", "ds", "complex", "-o", "jsonpath={.status.observedGeneration}"]) == "1"
                    })
                #expect(try await system.status("complex") == "0 0 0 0 0 0")
                #expect(try await system.podObjects("app=complex").isEmpty)

                try await system.run(["label", "node", "node-1", "color=blue"])
                #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("complex").map { $0[1] } == ["node-1"] })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("complex") == "1 1 1 1 1 0" })

                try await system.run(["label", "node", "node-1", "color=green", "--overwrite"])
                #expect(try await eventually(timeout: .seconds(60)) { try await system.podObjects("app=complex").isEmpty })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("complex") == "0 0 0 0 0 0" })

                try await system.run([
                    "patch", "ds", "complex", "--type=merge", "-p",
                    #"{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"maxUnavailable":1}},"template":{"spec":{"nodeSelector":{"color":"green"}}}}}"#,
                ])
                #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("complex").map { $0[1] } == ["node-1"] })
                try await system.rolloutStatus("ds/complex", seconds: 60)
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("complex") == "1 1 1 1 1 0" })
                // The pod carries the hash of the newest revision, the one the patch made.
                let revisions = try await system.revisions("app=complex")
                let pods = try await system.podObjects("app=complex")
                #expect(revisions.map(\.revision) == [1, 2])
                #expect(pods.map { $0.metadata.labels[Self.hashLabel] } == [revisions.last?.metadata.labels[Self.hashLabel]])
            }
        }

        @Test func requiredNodeAffinityOrsALabelTermAndANameTerm() async throws {
            try await withSystem(nodes: 6) { system in
                try await system.run(["label", "node", "node-3", "node-4", "color=blue"])
                let affinity = """
                          affinity:
                            nodeAffinity:
                              requiredDuringSchedulingIgnoredDuringExecution:
                                nodeSelectorTerms:
                                - matchExpressions: [{key: color, operator: In, values: [blue]}]
                                - matchFields: [{key: metadata.name, operator: In, values: [node-1]}]
                    """
                try await system.apply(System.daemonSet("affine", extra: affinity))
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        try await system.pods("affine").map { $0[1] } == ["node-1", "node-3", "node-4"]
                    })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("affine") == "3 3 3 3 3 0" })
                // Each pod is pinned to its node by one matchFields term, replacing the template's terms.
                for pod in try await system.podObjects("app=affine") {
                    let terms = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []
                    #expect(terms.count == 1, "\(pod.metadata.name): \(terms)")
                    #expect(terms.first?.matchFields.map(\.values) == [[pod.spec.nodeName]], "\(pod.metadata.name): \(terms)")
                    #expect(terms.first?.matchExpressions.isEmpty == true, "\(pod.metadata.name): \(terms)")
                }

                try await system.run(["label", "node", "node-3", "color-"])
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        try await system.podObjects("app=affine").map(\.spec.nodeName).sorted() == ["node-1", "node-4"]
                    })
                try await system.run(["label", "node", "node-5", "color=blue"])
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        try await system.pods("affine").map { $0[1] } == ["node-1", "node-4", "node-5"]
                    })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("affine") == "3 3 3 3 3 0" })
            }
        }

        @Test func taintsCordonsAndNetworkUnavailability() async throws {
            try await withSystem(nodes: 4) { system in
                try await system.run(["taint", "node", "node-1", "dedicated=db:NoSchedule"])
                try await system.run(["cordon", "node-2"])
                // As a network plugin reports it: the node lifecycle turns it into network-unavailable:NoSchedule,
                // and the simulated kubelet's status reports leave a condition it does not own in place.
                let unavailable = #"{"status":{"conditions":[{"type":"NetworkUnavailable","status":"True","reason":"NoRouteCreated"}]}}"#
                try await system.run(["patch", "node", "node-3", "--subresource=status", "--type=strategic", "-p", unavailable])
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        try await system.run(["get", "node", "node-3", "-o", #"jsonpath={.spec.taints[*].key}"#])
                            == "node.kubernetes.io/network-unavailable"
                    })
                try await system.apply(System.daemonSet("plain"))
                try await system.apply(System.daemonSet("hostnet", extra: "      hostNetwork: true"))
                // Cordoned nodes are tolerated by every daemon pod, an unavailable network only by host-network ones.
                #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("plain").map { $0[1] } == ["node-0", "node-2"] })
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        try await system.pods("hostnet").map { $0[1] } == ["node-0", "node-2", "node-3"]
                    })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("plain") == "2 2 2 2 2 0" })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("hostnet") == "3 3 3 3 3 0" })
                #expect(!(try await system.podObjects("app=plain").contains { $0.spec.nodeName == "node-3" }))

                try await system.run(["taint", "node", "node-1", "dedicated-"])
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        try await system.pods("plain").map { $0[1] } == ["node-0", "node-1", "node-2"]
                    })
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        try await system.pods("hostnet").map { $0[1] } == ["node-0", "node-1", "node-2", "node-3"]
                    })

                // A NoSchedule taint added under a running pod keeps it (misscheduled); NoExecute removes it.
                let before = try await system.pods("plain")
                try await system.run(["taint", "node", "node-0", "maintenance=soon:NoSchedule"])
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("plain") == "2 2 2 2 2 1" })
                #expect(try await system.pods("plain") == before)
                try await system.run(["taint", "node", "node-0", "maintenance=now:NoExecute"])
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        try await system.podObjects("app=plain").map(\.spec.nodeName).sorted() == ["node-1", "node-2"]
                    })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("plain") == "2 2 2 2 2 0" })
            }
        }

        @Test func aNotReadyNodeKeepsItsDaemonPodButGetsNoNewOne() async throws {
            try await withSystem(nodes: 2) { system in
                try await system.apply(System.daemonSet("agent"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("agent") == "2 2 2 2 2 0" })
                let before = try await system.pods("agent")
                guard before.count == 2 else {
                    Issue.record("\(before)")
                    return
                }
                try await system.run(["annotate", "node", "node-1", "sim.daemonry.io/ready=false"])
                // The node lifecycle taints it not-ready; daemon pods tolerate only the NoExecute one.
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        let taints = try await system.run(["get", "node", "node-1", "-o", #"jsonpath={range .spec.taints[*]}{.key}:{.effect} {end}"#])
                        return taints.contains("node.kubernetes.io/not-ready:NoSchedule") && taints.contains("node.kubernetes.io/not-ready:NoExecute")
                    })
                // The kept pod counts as misscheduled.
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("agent") == "1 1 1 1 1 1" })
                #expect(try await system.podObjects("app=agent").map(\.metadata.name).sorted() == before.map { $0[0] }.sorted())

                // Deleted there, it is not replaced while the node is not ready; it is once the node is back.
                try await system.run(["delete", "pod", before[1][0]])
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("agent") == "1 1 1 1 1 0" })
                #expect(try await system.podObjects("app=agent").map(\.spec.nodeName) == ["node-0"])
                try await system.run(["annotate", "node", "node-1", "sim.daemonry.io/ready-"])
                #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("agent").map { $0[1] } == ["node-0", "node-1"] })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("agent") == "2 2 2 2 2 0" })
            }
        }

        /// A kubelet that dies: after the grace period its node turns Ready=Unknown with the unreachable
        /// taints, its daemon pod stays (daemon pods tolerate unreachable:NoExecute) but is marked not Ready;
        /// once the kubelet is back, the taints go and the same pod is Ready again.
        @Test func anUnreachableNodeKeepsItsDaemonPodMarkedNotReadyUntilItIsBack() async throws {
            // Longer than the simulated kubelets' 10 s Lease renewals, so that the healthy node never lapses:
            // with no node Ready the NoExecute taint would be withheld (master disruption mode).
            try await withSystem(nodes: 2, flags: ["--node-monitor-grace-period", "15s"]) { system in
                try await system.apply(System.daemonSet("agent"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("agent") == "2 2 2 2 2 0" })
                let before = try await system.pods("agent")
                guard let onNode1 = before.first(where: { $0[1] == "node-1" })?[0] else {
                    Issue.record("\(before)")
                    return
                }
                func readiness() async throws -> String {
                    try await system.run(["get", "pod", onNode1, "-o", #"jsonpath={.status.conditions[?(@.type=="Ready")].status}"#])
                }
                func taints() async throws -> String {
                    try await system.run(["get", "node", "node-1", "-o", #"jsonpath={range .spec.taints[*]}{.key}:{.effect} {end}"#])
                }
                try await system.run(["annotate", "node", "node-1", "sim.daemonry.io/heartbeat=stop"])
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        let ready = try await system.run(["get", "node", "node-1", "-o", #"jsonpath={.status.conditions[?(@.type=="Ready")].status}"#])
                        let taints = try await taints()
                        return ready == "Unknown" && taints.contains("node.kubernetes.io/unreachable:NoSchedule")
                            && taints.contains("node.kubernetes.io/unreachable:NoExecute")
                    })
                #expect(try await eventually(timeout: .seconds(60)) { try await readiness() == "False" })
                // Kept, and counted misscheduled: the NoSchedule taint bars a new pod, not the one there.
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("agent") == "1 1 1 1 1 1" })
                #expect(try await system.pods("agent") == before)

                try await system.run(["annotate", "node", "node-1", "sim.daemonry.io/heartbeat-"])
                #expect(try await eventually(timeout: .seconds(60)) { try await taints().isEmpty })
                #expect(try await eventually(timeout: .seconds(60)) { try await readiness() == "True" })
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("agent") == "2 2 2 2 2 0" })
                #expect(try await system.pods("agent") == before)
            }
        }

        @Test func podsTooBigForANodeStayPendingAndUnready() async throws {
            try await withSystem(nodes: 2) { system in
                let big = #"{"status":{"capacity":{"cpu":"8"},"allocatable":{"cpu":"8"}}}"#
                try await system.run(["patch", "node", "node-1", "--subresource=status", "--type=merge", "-p", big])
                try await system.apply(System.daemonSet("hungry", container: #"resources: {requests: {cpu: "6"}}"#))
                // Both pods are created; only node-1 fits one (nodes have 4 cpu unless they say otherwise).
                #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("hungry").map { $0[1] } == ["node-1"] })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("hungry") == "2 2 1 2 1 0" })
                let pending = try await system.podObjects("app=hungry").filter { $0.spec.nodeName.isEmpty }
                #expect(pending.count == 1)
                guard let stuck = pending.first else { return }
                #expect(stuck.status.phase == "Pending")
                let scheduled = stuck.status.conditions.first { $0.type == "PodScheduled" }
                #expect(scheduled?.status == "False" && scheduled?.reason == "Unschedulable", "\(stuck.status.conditions)")
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        let events = try await system.run(["get", "events", "-o", #"jsonpath={range .items[*]}{.involvedObject.name} {.reason}{"\n"}{end}"#])
                        return events.split(separator: "\n").contains { $0 == "\(stuck.metadata.name) FailedScheduling" }
                    })

                // Once node-0 grows, the scheduler places the waiting pod there.
                try await system.run(["patch", "node", "node-0", "--subresource=status", "--type=merge", "-p", big])
                #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("hungry").map { $0[0] }.contains(stuck.metadata.name) })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("hungry") == "2 2 2 2 2 0" })
            }
        }

        @Test func aTemplateNodeNamePinsTheDaemonToThatNode() async throws {
            try await withSystem { system in
                try await system.apply(System.daemonSet("pinned", extra: "      nodeName: node-1"))
                try await system.apply(System.daemonSet("nowhere", extra: "      nodeName: node-9"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("pinned").map { $0[1] } == ["node-1"] })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("pinned") == "1 1 1 1 1 0" })
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        try await system.run(["get", "ds", "nowhere", "-o", "jsonpath={.status.observedGeneration}"]) == "1"
                    })
                #expect(try await system.status("nowhere") == "0 0 0 0 0 0")
                #expect(try await system.podObjects("app=nowhere").isEmpty)
            }
        }

        // MARK: - Pod lifecycle

        @Test func podsInATerminalPhaseAreReplaced() async throws {
            try await withSystem { system in
                try await system.apply(System.daemonSet("agent"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("agent").count == 3 })
                let before = try await system.pods("agent")
                guard before.count == 3 else { return }
                let (succeeded, failed, held) = (before[0][0], before[1][0], before[2][0])
                try await system.run(["patch", "pod", held, "--type=merge", "-p", #"{"metadata":{"finalizers":["e2e.daemonry.io/hold"]}}"#])
                for (pod, phase) in [(succeeded, "Succeeded"), (failed, "Failed"), (held, "Succeeded")] {
                    try await system.run(["patch", "pod", pod, "--subresource=status", "--type=merge", "-p", #"{"status":{"phase":"\#(phase)"}}"#])
                }
                // Every node runs a new pod again, the one held by a finalizer included.
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        let pods = try await system.pods("agent")
                        return pods.map { $0[1] } == ["node-0", "node-1", "node-2"]
                            && Set(pods.map { $0[0] }).isDisjoint(with: [succeeded, failed, held])
                    })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("agent") == "3 3 3 3 3 0" })
                for pod in [succeeded, failed] {
                    #expect(
                        try await eventually(timeout: .seconds(60)) {
                            try await system.kubectl(["get", "pod", pod]).stderr.contains("NotFound")
                        }, "\(pod) is deleted")
                }
                let kept = try await system.podObjects("app=agent").first { $0.metadata.name == held }
                #expect(kept?.metadata.deletionTimestamp != nil && kept?.status.phase == "Succeeded", "\(kept.map(Self.describe) ?? "gone")")
                try await system.run(["patch", "pod", held, "--type=json", "-p", #"[{"op":"remove","path":"/metadata/finalizers"}]"#])
                #expect(try await eventually(timeout: .seconds(60)) { try await system.kubectl(["get", "pod", held]).stderr.contains("NotFound") })
                #expect(try await system.podObjects("app=agent").count == 3)
            }
        }

        @Test func aPodThatKeepsFailingIsRecreatedWithBackoff() async throws {
            try await withSystem(nodes: 1) { system in
                let watch = try system.watchPods("app=crashy")
                try await system.apply(
                    System.daemonSet("crashy", templateAnnotations: ["sim.daemonry.io/exit": "Failed", "sim.daemonry.io/exit-after": "100ms"]))
                func created() throws -> Set<String> { Set(try watch.events().map(\.object.metadata.name)) }
                #expect(try await eventually(timeout: .seconds(30)) { try created().count >= 3 }, "failed pods are replaced")
                // Backoff doubles from 1 s: a few more pods in 6 s, where replacing at once would make dozens.
                try await Task.sleep(for: .seconds(6))
                let total = try created().count
                await watch.stop()
                #expect(total <= 8, "\(total) pods in about 9 s")
                let reasons = try await system.run([
                    "get", "events", "--field-selector", "involvedObject.kind=DaemonSet,involvedObject.name=crashy", "-o",
                    #"jsonpath={range .items[*]}{.type}/{.reason} {end}"#,
                ])
                #expect(reasons.contains("Warning/FailedDaemonPod"), "\(reasons)")
            }
        }

        @Test func orphanedPodsAreAdoptedWithoutRestartAndReleasedWhenRelabelled() async throws {
            try await withSystem(nodes: 2) { system in
                try await system.apply(System.daemonSet("adopt"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("adopt") == "2 2 2 2 2 0" })
                let before = try await system.podObjects("app=adopt").map(\.metadata.name).sorted()
                try await system.run(["delete", "ds", "adopt", "--cascade=orphan"])
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        let pods = try await system.podObjects("app=adopt")
                        return pods.count == 2 && pods.allSatisfy { $0.metadata.ownerReferences.isEmpty }
                    }, "the garbage collector orphans the pods")

                try await system.apply(System.daemonSet("adopt"))
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("adopt") == "2 2 2 2 2 0" })
                let uid = try await system.daemonSetObject("adopt").metadata.uid
                let adopted = try await system.podObjects("app=adopt")
                #expect(adopted.map(\.metadata.name).sorted() == before, "adopted, not recreated")
                #expect(adopted.allSatisfy { $0.metadata.controllerRef?.uid == uid }, "\(adopted.map(\.metadata.ownerReferences))")

                // A pod relabelled out of the selector is released and its node gets a new one.
                guard let stray = adopted.first else { return }
                try await system.run(["label", "pod", stray.metadata.name, "app=stray", "--overwrite"])
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        let pods = try await system.pods("adopt")
                        return pods.count == 2 && !pods.contains { $0[0] == stray.metadata.name }
                    })
                let released = try await system.podObjects("app=stray")
                #expect(released.map(\.metadata.name) == [stray.metadata.name])
                #expect(released.allSatisfy { $0.metadata.controllerRef == nil && $0.metadata.deletionTimestamp == nil })
            }
        }

        // MARK: - Updates

        @Test func onDeleteKeepsPodsUntilTheyAreDeleted() async throws {
            try await withSystem(nodes: 2) { system in
                try await system.apply(System.daemonSet("lazy", image: "nginx:1.25", spec: "  updateStrategy: {type: OnDelete}"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("lazy") == "2 2 2 2 2 0" })
                let before = try await system.podObjects("app=lazy").sorted { $0.spec.nodeName < $1.spec.nodeName }
                let first = try await system.revisions("app=lazy")
                #expect(first.map(\.revision) == [1])
                let oldHash = first.first?.metadata.labels[Self.hashLabel]
                #expect(oldHash != nil && before.allSatisfy { $0.metadata.labels[Self.hashLabel] == oldHash }, "\(before.map(Self.describe))")

                try await system.run(["set", "image", "ds/lazy", "main=nginx:1.26"])
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        try await system.run(["get", "ds", "lazy", "-o", "jsonpath={.status.observedGeneration}"]) == "2"
                    })
                let second = try await system.revisions("app=lazy")
                #expect(second.map(\.revision) == [1, 2])
                let newHash = second.last?.metadata.labels[Self.hashLabel]
                #expect(newHash != nil && newHash != oldHash)
                #expect(try await system.status("lazy") == "2 2 2 0 2 0")
                let unchanged = try await system.podObjects("app=lazy").sorted { $0.spec.nodeName < $1.spec.nodeName }
                #expect(unchanged.map(\.metadata.name) == before.map(\.metadata.name))
                #expect(unchanged.allSatisfy { $0.spec.containers.first?.image == "nginx:1.25" && $0.metadata.labels[Self.hashLabel] == oldHash })

                guard let victim = before.first else { return }
                try await system.run(["delete", "pod", victim.metadata.name])
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        let pods = try await system.podObjects("app=lazy").filter { $0.metadata.deletionTimestamp == nil }
                        return pods.count == 2
                            && pods.contains {
                                $0.spec.nodeName == "node-0" && $0.spec.containers.first?.image == "nginx:1.26"
                                    && $0.metadata.labels[Self.hashLabel] == newHash
                            }
                            && pods.contains { $0.metadata.name == before.last?.metadata.name }
                    })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("lazy") == "2 2 2 1 2 0" })
            }
        }

        @Test func minReadySecondsDelaysAvailabilityInStatus() async throws {
            try await withSystem(nodes: 2) { system in
                try await system.apply(System.daemonSet("slow", spec: "  minReadySeconds: 5"))
                // Ready at once, available only 5 s later: the controller must come back by itself.
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("slow") == "2 2 2 2 0 0" })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("slow") == "2 2 2 2 2 0" })
                let unavailable = try await system.run(["get", "ds", "slow", "-o", "jsonpath={.status.numberUnavailable}"])
                #expect(unavailable == "" || unavailable == "0")
            }
        }

        @Test func undoToAnEarlierRevisionRenumbersItAndHistoryIsTrimmed() async throws {
            try await withSystem(nodes: 2) { system in
                try await system.apply(System.daemonSet("hist", image: "nginx:1.0", spec: "  revisionHistoryLimit: 2"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("hist") == "2 2 2 2 2 0" })
                for version in ["1.1", "1.2", "1.3"] {
                    try await system.run(["set", "image", "ds/hist", "main=nginx:\(version)"])
                    try await system.rolloutStatus("ds/hist", seconds: 60)
                }
                // Two old revisions are kept besides the current one once no pod uses the others.
                #expect(try await eventually(timeout: .seconds(30)) { try await system.revisions("app=hist").map(\.revision) == [2, 3, 4] })

                try await system.run(["rollout", "undo", "ds/hist", "--to-revision=2"])
                try await system.rolloutStatus("ds/hist", seconds: 60)
                #expect(try await eventually(timeout: .seconds(60)) { try await system.pods("hist").map { $0[2] } == ["nginx:1.1", "nginx:1.1"] })
                // Revision 2 moved to the top as 5 and keeps its hash, which the pods carry.
                let revisions = try await system.revisions("app=hist")
                #expect(revisions.map(\.revision) == [3, 4, 5])
                let hash = revisions.last?.metadata.labels[Self.hashLabel]
                #expect(try await system.podObjects("app=hist").allSatisfy { $0.metadata.labels[Self.hashLabel] == hash })

                try await system.run(["rollout", "restart", "ds/hist"])
                try await system.rolloutStatus("ds/hist", seconds: 60)
                #expect(try await eventually(timeout: .seconds(30)) { try await system.revisions("app=hist").map(\.revision) == [4, 5, 6] })
                let newest = try await system.revisions("app=hist").last?.metadata.labels[Self.hashLabel]
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        let pods = try await system.podObjects("app=hist")
                        return pods.count == 2 && pods.allSatisfy { $0.metadata.labels[Self.hashLabel] == newest && $0.metadata.annotations["kubectl.kubernetes.io/restartedAt"] != nil }
                    })
            }
        }

        @Test func rollingUpdateNeverExceedsMaxUnavailable() async throws {
            let nodes = Self.nodes(6)
            try await withSystem(nodes: nodes.count) { system in
                let states = try await Self.watchedRollout(
                    system, app: "web", nodes: nodes,
                    spec: "  updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 2}}")

                var worst = 0
                for state in states {
                    let live = Self.livePodsByNode(state)
                    let unavailable = nodes.filter { node in !(live[node] ?? []).contains { $0.isReady } }.count
                    worst = max(worst, unavailable)
                    #expect(unavailable <= 2, "\(state.values.map(Self.describe).sorted())")
                    // Without surge a node gets its new pod only after the old one is gone.
                    let crowded = Dictionary(grouping: state.values, by: Self.targetNode).values.filter { $0.count > 1 }
                        .joined().map(Self.describe)
                    #expect(crowded.isEmpty)
                }
                #expect(worst == 2, "the rollout uses its whole budget")
                let final = try await system.podObjects("app=web")
                let newHash = try await system.revisions("app=web").last?.metadata.labels[Self.hashLabel]
                #expect(final.map(\.spec.nodeName).sorted() == nodes)
                #expect(final.allSatisfy { $0.metadata.labels[Self.hashLabel] == newHash }, "\(final.map(Self.describe))")
            }
        }

        @Test func rollbackDoesNotRestartPodsStillOnTheOldTemplate() async throws {
            try await withSystem(nodes: 4) { system in
                try await system.apply(System.daemonSet("rb", image: "nginx:1.25"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("rb") == "4 4 4 4 4 0" })
                // The new pods never become ready, so the rollout stalls after its first node.
                try await system.run([
                    "patch", "ds", "rb", "-p",
                    #"{"spec":{"template":{"metadata":{"annotations":{"sim.daemonry.io/crash":"true"}},"spec":{"containers":[{"name":"main","image":"nginx:broken"}]}}}}"#,
                ])
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        try await system.podObjects("app=rb").contains {
                            $0.spec.containers.first?.image == "nginx:broken" && $0.metadata.deletionTimestamp == nil
                        }
                    })
                let old = try await system.podObjects("app=rb").filter {
                    $0.spec.containers.first?.image == "nginx:1.25" && $0.metadata.deletionTimestamp == nil
                }
                #expect(old.count == 3, "\(old.map(Self.describe))")

                try await system.run(["rollout", "undo", "ds/rb"])
                try await system.rolloutStatus("ds/rb")
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        let pods = try await system.podObjects("app=rb")
                        return pods.count == 4 && pods.allSatisfy { $0.spec.containers.first?.image == "nginx:1.25" && $0.isReady }
                    })
                let names = Set(try await system.podObjects("app=rb").map(\.metadata.name))
                #expect(names.isSuperset(of: old.map(\.metadata.name)), "old pods were restarted: \(old.map(\.metadata.name)) vs \(names)")
            }
        }

        @Test func surgeKeepsEveryNodeServedAndOnePodPerRevision() async throws {
            let nodes = Self.nodes(4)
            try await withSystem(nodes: nodes.count) { system in
                let states = try await Self.watchedRollout(
                    system, app: "surge", nodes: nodes,
                    spec: "  minReadySeconds: 1\n  updateStrategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}")

                var surged = 0
                for state in states {
                    let live = Self.livePodsByNode(state)
                    for node in nodes {
                        let pods = live[node] ?? []
                        let revisions = Dictionary(grouping: pods) { $0.metadata.labels[Self.hashLabel] ?? "" }
                        #expect(pods.count <= 2 && revisions.values.allSatisfy { $0.count == 1 }, "\(node): \(pods.map(Self.describe))")
                        // maxUnavailable 0: an old pod goes only once its replacement serves.
                        #expect(pods.contains { $0.isReady }, "\(node) unserved: \(state.values.map(Self.describe).sorted())")
                    }
                    let waiting = state.values.filter {
                        $0.metadata.deletionTimestamp == nil && $0.spec.containers.first?.image == "nginx:1.26" && !$0.isReady
                    }
                    surged = max(surged, live.values.filter { $0.count == 2 }.count)
                    #expect(waiting.count <= 1, "maxSurge 1: \(waiting.map(Self.describe))")
                }
                #expect(surged >= 1, "the update surged")
                let final = try await system.podObjects("app=surge")
                #expect(final.map(\.spec.nodeName).sorted() == nodes)
                #expect(final.allSatisfy { $0.spec.containers.first?.image == "nginx:1.26" }, "\(final.map(Self.describe))")
            }
        }

        @Test func aSurgeRolloutReplacesPodsDeletedUnderIt() async throws {
            let nodes = Self.nodes(6)
            try await withSystem(nodes: nodes.count) { system in
                try await system.apply(
                    System.daemonSet(
                        "churn", image: "nginx:1.25", templateAnnotations: ["sim.daemonry.io/ready-delay": "1s"],
                        spec: "  updateStrategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("churn") == "6 6 6 6 6 0" })
                let watch = try system.watchPods("app=churn")
                #expect(try await eventually(timeout: .seconds(30)) { try watch.events().count >= nodes.count })
                let before = try await system.podObjects("app=churn")

                try await system.run(["set", "image", "ds/churn", "main=nginx:1.26"])
                // Old pods deleted by hand mid-rollout: their nodes get a new pod at once, not a second old one.
                for pod in before where ["node-4", "node-5"].contains(pod.spec.nodeName) {
                    try await system.run(["delete", "pod", pod.metadata.name, "--wait=false"])
                }
                let states = try await Self.rolloutStates(system, app: "churn", watch: watch, nodes: nodes)
                for state in states {
                    for (node, pods) in Self.livePodsByNode(state) {
                        let revisions = Dictionary(grouping: pods) { $0.spec.containers.first?.image ?? "" }
                        #expect(pods.count <= 2 && revisions.values.allSatisfy { $0.count == 1 }, "\(node): \(pods.map(Self.describe))")
                    }
                }
                let original = Set(before.map(\.metadata.name))
                let replacements = Set(states.flatMap(\.values).filter { !original.contains($0.metadata.name) }.map(Self.describe))
                #expect(replacements.allSatisfy { $0.contains("nginx:1.26") }, "\(replacements.sorted())")
                let final = try await system.podObjects("app=churn")
                #expect(final.map(\.spec.nodeName).sorted() == nodes)
            }
        }

        @Test func aHashCollisionRaisesCollisionCountAndTheRolloutCompletes() async throws {
            try await withSystem(nodes: 1) { system in
                try await system.apply(System.daemonSet("clash", spec: "  updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 1}}"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("clash") == "1 1 1 1 1 0" })
                let daemonSet = try await system.daemonSetObject("clash")
                guard let current = try await system.revisions("app=clash").last else {
                    Issue.record("no revision")
                    return
                }
                #expect(daemonSet.status.collisionCount == nil)
                // The name the next template would get, taken by a revision holding the current template.
                var next = daemonSet.spec.template
                next.spec.terminationGracePeriodSeconds = 1
                let hash = try RevisionHistory.hash(of: next, collisionCount: daemonSet.status.collisionCount)
                var squatter = ControllerRevision()
                squatter.metadata.name = "clash-\(hash)"
                squatter.metadata.namespace = "default"
                squatter.metadata.labels = daemonSet.spec.template.metadata.labels.merging([Self.hashLabel: hash]) { $1 }
                squatter.metadata.ownerReferences = [
                    OwnerReference(
                        apiVersion: "apps/v1", kind: "DaemonSet", name: "clash", uid: daemonSet.metadata.uid, controller: true,
                        blockOwnerDeletion: true)
                ]
                squatter.data = current.data
                squatter.revision = current.revision + 1
                let path = system.directory + "/squatter.json"
                try squatter.jsonData().write(to: URL(fileURLWithPath: path))
                try await system.run(["create", "-f", path])

                try await system.run(["patch", "ds", "clash", "-p", #"{"spec":{"template":{"spec":{"terminationGracePeriodSeconds":1}}}}"#])
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        try await system.run(["get", "ds", "clash", "-o", "jsonpath={.status.collisionCount}"]) == "1"
                    })
                try await system.rolloutStatus("ds/clash", seconds: 60)
                #expect(
                    try await eventually(timeout: .seconds(60)) {
                        let pods = try await system.podObjects("app=clash").filter { $0.metadata.deletionTimestamp == nil }
                        return pods.count == 1 && pods.first?.spec.terminationGracePeriodSeconds == 1 && pods.first?.isReady == true
                    })
                let newHash = try await system.podObjects("app=clash").first?.metadata.labels[Self.hashLabel]
                #expect(newHash != nil && newHash != hash)
                #expect(try await system.revisions("app=clash").contains { $0.metadata.name == "clash-\(newHash ?? "")" })
            }
        }

        @Test func aDuplicateOfTheCurrentRevisionTakesOverWithoutRestarts() async throws {
            try await withSystem(nodes: 1) { system in
                try await system.apply(System.daemonSet("dup"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("dup") == "1 1 1 1 1 0" })
                let daemonSet = try await system.daemonSetObject("dup")
                let pod = try await system.podObjects("app=dup").first
                guard let current = try await system.revisions("app=dup").last, let pod else {
                    Issue.record("no revision or pod")
                    return
                }
                // Same template, higher revision, another hash: the controller keeps it and drops the original.
                var duplicate = ControllerRevision()
                duplicate.metadata.name = "dup-duplicate"
                duplicate.metadata.namespace = "default"
                duplicate.metadata.labels = daemonSet.spec.template.metadata.labels.merging([Self.hashLabel: "duplicate"]) { $1 }
                duplicate.metadata.ownerReferences = [
                    OwnerReference(
                        apiVersion: "apps/v1", kind: "DaemonSet", name: "dup", uid: daemonSet.metadata.uid, controller: true,
                        blockOwnerDeletion: true)
                ]
                duplicate.data = current.data
                duplicate.revision = current.revision + 1
                let path = system.directory + "/duplicate.json"
                try duplicate.jsonData().write(to: URL(fileURLWithPath: path))
                try await system.run(["create", "-f", path])
                // Adding an owned revision wakes nobody (upstream `addHistory`); a DaemonSet update does.
                try await system.run(["label", "ds", "dup", "touched=yes"])

                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        try await system.revisions("app=dup").map(\.metadata.name) == ["dup-duplicate"]
                    })
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        try await system.podObjects("app=dup").map { "\($0.metadata.name) \($0.metadata.labels[Self.hashLabel] ?? "")" }
                            == ["\(pod.metadata.name) duplicate"]
                    })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("dup") == "1 1 1 1 1 0" })
            }
        }

        @Test func tolerationChangesMovePodsWithoutDroppingBelowDesired() async throws {
            let nodes = Self.nodes(6)
            try await withSystem(nodes: nodes.count) { system in
                for (node, zone) in zip(nodes, ["zone-y", "zone-y", "zone-z", "zone-z", "zone-common", "zone-common"]) {
                    try await system.run(["taint", "node", node, "\(zone):NoSchedule"])
                }
                func manifest(tolerating keys: [String]) -> String {
                    System.daemonSet(
                        "zoned",
                        extra: "      tolerations: [" + keys.map { "{key: \($0), operator: Exists}" }.joined(separator: ", ") + "]",
                        templateAnnotations: ["sim.daemonry.io/ready-delay": "500ms"],
                        spec: "  updateStrategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}")
                }
                /// Whether exactly `expected` nodes hold a pod, every one tolerating `key`.
                func settled(on expected: [String], tolerating key: String) async throws -> Bool {
                    let pods = try await system.podObjects("app=zoned")
                    return pods.map(\.spec.nodeName).sorted() == expected && pods.allSatisfy { pod in
                        pod.isReady && pod.spec.tolerations.contains { $0.key == key }
                    }
                }
                try await system.apply(manifest(tolerating: ["zone-y", "zone-common"]))
                #expect(try await eventually(timeout: .seconds(60)) { try await settled(on: ["node-0", "node-1", "node-4", "node-5"], tolerating: "zone-y") })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("zoned") == "4 4 4 4 4 0" })
                let watch = try system.watchPods("app=zoned")
                #expect(try await eventually(timeout: .seconds(30)) { try watch.events().count >= 4 })

                // Pods leave the zone-y nodes only once as many pods serve elsewhere.
                try await system.apply(manifest(tolerating: ["zone-z", "zone-common"]))
                #expect(try await eventually(timeout: .seconds(60)) { try await settled(on: ["node-2", "node-3", "node-4", "node-5"], tolerating: "zone-z") })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("zoned") == "4 4 4 4 4 0" })
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        try watch.states().last.map { Set($0.values.map(\.spec.nodeName)) } == ["node-2", "node-3", "node-4", "node-5"]
                    })
                let states = try watch.states(skipping: 4)
                await watch.stop()
                for state in states {
                    let serving = state.values.filter { $0.metadata.deletionTimestamp == nil && $0.isReady }
                    #expect(serving.count >= 4, "\(state.values.map(Self.describe).sorted())")
                }

                try await system.apply(manifest(tolerating: ["zone-y", "zone-z", "zone-common"]))
                #expect(try await eventually(timeout: .seconds(60)) { try await settled(on: nodes, tolerating: "zone-y") })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("zoned") == "6 6 6 6 6 0" })

                try await system.apply(manifest(tolerating: []))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.podObjects("app=zoned").isEmpty })
                #expect(try await eventually(timeout: .seconds(30)) { try await system.status("zoned") == "0 0 0 0 0 0" })
            }
        }

        // MARK: - API

        @Test func aCollectionOfDaemonSetsIsListedAndDeletedAcrossNamespaces() async throws {
            try await withSystem(nodes: 2) { system in
                for namespace in ["team-a", "team-b"] {
                    try await system.run(["create", "namespace", namespace])
                    try await system.apply(System.daemonSet("batch", namespace: namespace, labels: ["set": "batch"]))
                }
                try await system.apply(System.daemonSet("keep", labels: ["set": "other"]))
                for namespace in ["team-a", "team-b"] {
                    #expect(try await eventually(timeout: .seconds(60)) { try await system.podObjects("app=batch", namespace: namespace).count == 2 })
                }
                let listed = try await system.run([
                    "get", "ds", "-A", "-l", "set=batch", "-o", #"jsonpath={range .items[*]}{.metadata.namespace}/{.metadata.name}{"\n"}{end}"#,
                ])
                #expect(listed.split(separator: "\n").sorted() == ["team-a/batch", "team-b/batch"])

                for namespace in ["team-a", "team-b"] {
                    try await system.run(["delete", "--raw", "/apis/apps/v1/namespaces/\(namespace)/daemonsets?labelSelector=set%3Dbatch"])
                }
                #expect(try await system.run(["get", "ds", "-A", "-l", "set=batch", "-o", "name"]).isEmpty)
                #expect(try await system.run(["get", "ds", "-A", "-o", "name"]) == "daemonset.apps/keep\n")
                for namespace in ["team-a", "team-b"] {
                    #expect(try await eventually(timeout: .seconds(60)) { try await system.podObjects("app=batch", namespace: namespace).isEmpty })
                }
                #expect(try await eventually(timeout: .seconds(30)) { try await system.pods("keep").count == 2 })
            }
        }

        @Test func aForegroundDeleteRemovesThePodsBeforeTheDaemonSet() async throws {
            try await withSystem(nodes: 2) { system in
                try await system.apply(System.daemonSet("fg", templateAnnotations: ["sim.daemonry.io/termination-delay": "2s"]))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("fg") == "2 2 2 2 2 0" })
                try await system.run(["delete", "ds", "fg", "--cascade=foreground", "--wait=false"])
                // While its pods terminate (2 s each) the DaemonSet stays, marked for deletion.
                let waiting = try await system.daemonSetObject("fg")
                #expect(waiting.metadata.deletionTimestamp != nil && waiting.metadata.finalizers.contains("foregroundDeletion"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.kubectl(["get", "ds", "fg"]).stderr.contains("NotFound") })
                #expect(try await system.podObjects("app=fg").isEmpty, "no pod outlives a foreground delete")
            }
        }

        @Test func statusConditionsSurviveTheController() async throws {
            try await withSystem(nodes: 2) { system in
                try await system.apply(System.daemonSet("cond"))
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("cond") == "2 2 2 2 2 0" })
                let statusPath = "/apis/apps/v1/namespaces/default/daemonsets/cond/status"
                let read = try DaemonSet.decode(json: Data(try await system.run(["get", "--raw", statusPath]).utf8))
                #expect(read.metadata.name == "cond" && read.status.desiredNumberScheduled == 2)

                // A replace of /status appending a condition, retried if the controller wrote in between.
                #expect(
                    try await eventually(timeout: .seconds(30)) {
                        var daemonSet = try DaemonSet.decode(json: Data(try await system.run(["get", "--raw", statusPath]).utf8))
                        var condition = DaemonSetCondition()
                        condition.type = "StatusUpdate"
                        condition.status = "True"
                        condition.reason = "E2E"
                        condition.message = "Set from an e2e test"
                        daemonSet.status.conditions.append(condition)
                        let path = system.directory + "/status.json"
                        try daemonSet.jsonData().write(to: URL(fileURLWithPath: path))
                        return try await system.kubectl(["replace", "--raw", statusPath, "-f", path]).status == 0
                    })
                try await system.run([
                    "patch", "ds", "cond", "--subresource=status", "--type=strategic", "-p",
                    #"{"status":{"conditions":[{"type":"StatusPatched","status":"True","reason":"E2E"}]}}"#,
                ])
                // A strategic merge keys conditions by type: the patched one joins the replaced one.
                func conditions() async throws -> [String] {
                    let output = try await system.run(["get", "ds", "cond", "-o", #"jsonpath={range .status.conditions[*]}{.type}={.status} {end}"#])
                    return output.split(separator: " ").map(String.init).sorted()
                }
                #expect(try await conditions() == ["StatusPatched=True", "StatusUpdate=True"])

                // The controller writes status again for a new node and keeps both conditions.
                try await system.apply(
                    """
                    apiVersion: v1
                    kind: Node
                    metadata:
                      name: extra-node
                      labels: {kubernetes.io/hostname: extra-node}
                    """)
                #expect(try await eventually(timeout: .seconds(60)) { try await system.status("cond") == "3 3 3 3 3 0" })
                #expect(try await conditions() == ["StatusPatched=True", "StatusUpdate=True"])
            }
        }
    }
}
