import DaemonSetCore
import Foundation
import KubeModel
import Testing

/// The progressive rollout planner without a server: steps, budgets, failures, bake and partition.
@Suite("progressive rollout planner")
struct RolloutPlannerTests {
    private let now = Date(timeIntervalSince1970: 1_767_225_600)

    /// Nine nodes in three zones (a, b, c), three each: `node-a0` ... `node-c2`.
    private var fleet: [RolloutInput.Node] {
        ["a", "b", "c"].flatMap { zone in
            (0..<3).map { RolloutInput.Node(name: "node-\(zone)\($0)", labels: ["zone": zone], ready: true) }
        }
    }

    private func pod(
        _ node: String, updated: Bool = false, available: Bool = true, trouble: PodTrouble? = nil,
        age: TimeInterval = 60, readyFor: TimeInterval = 60
    ) -> RolloutInput.Pod {
        RolloutInput.Pod(
            name: "agent-\(node)-\(updated ? "new" : "old")", uid: "uid-\(node)-\(updated)", nodeName: node,
            updated: updated, available: available, trouble: trouble, created: now.addingTimeInterval(-age),
            readySince: available ? now.addingTimeInterval(-readyFor) : nil)
    }

    private func policy(_ annotations: [String: String]) throws -> RolloutPolicy {
        var all = [RolloutPolicy.progressive: "true"]
        for (key, value) in annotations { all[RolloutPolicy.prefix + key] = value }
        return try RolloutPolicy(annotations: all)
    }

    private func plan(
        _ annotations: [String: String], nodes: [RolloutInput.Node]? = nil, pods: [RolloutInput.Pod],
        promoted: String? = nil
    ) throws -> RolloutPlan {
        RolloutPlanner.plan(
            RolloutInput(
                policy: try policy(annotations), nodes: nodes ?? fleet, pods: pods, revision: "rev2",
                promotedRevision: promoted, now: now))
    }

    @Test func wavesGoInTheGivenOrderOneAtATimeWithinTheBudget() throws {
        let old = fleet.map { pod($0.name) }
        let first = try plan(["waves-by": "zone", "wave-order": "b,a", "max-unavailable": "2"], pods: old)
        #expect(first.reason == .waveProgressing)
        #expect(first.step == "wave b")
        #expect(first.deletions.map(\.nodeName) == ["node-b0", "node-b1"])
        #expect(first.unavailable.waitingOnBudget == 1)

        // Wave b is half done; the two deleted nodes are down: no room until they are back.
        var pods = old.filter { !["node-b0", "node-b1"].contains($0.nodeName) }
        let waiting = try plan(["waves-by": "zone", "wave-order": "b,a", "max-unavailable": "2"], pods: pods)
        #expect(waiting.deletions.isEmpty)
        #expect(waiting.unavailable.missing == 2)

        // Wave b complete and available: wave a starts, never c before it.
        pods = old.filter { !$0.nodeName.hasPrefix("node-b") } + ["node-b0", "node-b1", "node-b2"].map { pod($0, updated: true) }
        let next = try plan(["waves-by": "zone", "wave-order": "b,a", "max-unavailable": "2"], pods: pods)
        #expect(next.step == "wave a")
        #expect(next.deletions.map(\.nodeName) == ["node-a0", "node-a1"])
    }

    @Test func anOldPodThatIsNotAvailableCountsAgainstTheBudgetAndGoesFirst() throws {
        var pods = fleet.map { pod($0.name) }
        pods[4] = pod("node-b1", available: false, trouble: .crashLooping)
        let result = try plan(["max-unavailable": "1"], pods: pods)
        // The broken old pod is replaced (it is down already); no available pod may go as well.
        #expect(result.deletions.map(\.nodeName) == ["node-b1"])
        #expect(result.unavailable.crashLooping == 1)
    }

    @Test func aNodeNotReadyNeitherBlocksNorIsTouched() throws {
        var nodes = fleet
        nodes[0].ready = false
        var pods = fleet.map { pod($0.name) }
        pods[0] = pod("node-a0", available: false)
        let result = try plan(["waves-by": "zone", "max-unavailable": "1"], nodes: nodes, pods: pods)
        #expect(result.step == "wave a")
        #expect(result.deletions.map(\.nodeName) == ["node-a1"])
        #expect(result.unavailable.nodeNotReady == 1)
        // Once its wave's Ready nodes are done, the rollout moves on past it.
        pods = [pods[0]] + ["node-a1", "node-a2"].map { pod($0, updated: true) }
            + fleet.dropFirst(3).map { pod($0.name) }
        let next = try plan(["waves-by": "zone", "max-unavailable": "1"], nodes: nodes, pods: pods)
        #expect(next.step == "wave b")
        #expect(!next.deletions.contains { $0.nodeName == "node-a0" })
    }

    @Test func theCanaryGoesFirstThenWaitsToBePromoted() throws {
        var nodes = fleet
        nodes[4].labels["canary"] = "true"
        let old = fleet.map { pod($0.name) }
        let annotations = ["canary-nodes": "canary=true", "waves-by": "zone", "max-unavailable": "3"]
        let first = try plan(annotations, nodes: nodes, pods: old)
        #expect(first.step == "canary")
        #expect(first.deletions.map(\.nodeName) == ["node-b1"])
        let canaryDone = old.filter { $0.nodeName != "node-b1" } + [pod("node-b1", updated: true)]
        #expect(try plan(annotations, nodes: nodes, pods: canaryDone).reason == .canaryComplete)
        #expect(try plan(annotations, nodes: nodes, pods: canaryDone).deletions.isEmpty)
        let promoted = try plan(annotations, nodes: nodes, pods: canaryDone, promoted: "rev2")
        #expect(promoted.step == "wave a")
        #expect(promoted.deletions.map(\.nodeName) == ["node-a0", "node-a1", "node-a2"])
    }

    @Test func aRolloutWithNothingLeftIsCompleteWhateverItsCanaryOrBake() throws {
        var nodes = fleet
        nodes[0].labels["canary"] = "true"
        let result = try plan(
            ["canary-nodes": "canary=true", "waves-by": "zone", "bake-time": "1h"], nodes: nodes,
            pods: fleet.map { pod($0.name, updated: true, readyFor: 1) })
        #expect(result.reason == .rolloutComplete)
    }

    @Test func bakeTimeHoldsTheNextWave() throws {
        let pods = fleet.map { $0.name.hasPrefix("node-a") ? pod($0.name, updated: true, readyFor: 20) : pod($0.name) }
        let baking = try plan(["waves-by": "zone", "bake-time": "1m"], pods: pods)
        #expect(baking.reason == .baking)
        #expect(baking.deletions.isEmpty)
        #expect(baking.recheckAfter == .seconds(40))
        let baked = try plan(["waves-by": "zone", "bake-time": "15s"], pods: pods)
        #expect(baked.step == "wave b")
        #expect(baked.deletions.count == 1)
    }

    @Test func thePartitionKeepsTheLastNodesOld() throws {
        let done = fleet.prefix(6).map { pod($0.name, updated: true) } + fleet.dropFirst(6).map { pod($0.name) }
        let result = try plan(["waves-by": "zone", "partition": "3"], pods: done)
        #expect(result.reason == .rolloutComplete)
        #expect(result.message.contains("3 kept at the old revision"))
        let partial = try plan(["partition": "4"], pods: fleet.map { pod($0.name) })
        #expect(partial.deletions.map(\.nodeName) == ["node-a0"])
        let steps = try plan(["partition": "34%"], pods: fleet.map { pod($0.name) })
        #expect(steps.message.contains("3 kept"), "34% of 9 rounds down to 3")
    }

    @Test func failedUpdatedPodsPauseOrRollBack() throws {
        let pods = [pod("node-a0", updated: true, available: false, trouble: .crashLooping)] + fleet.dropFirst().map { pod($0.name) }
        let paused = try plan(["max-unavailable": "3"], pods: pods)
        #expect(paused.reason == .rolloutFailed)
        #expect(paused.deletions.isEmpty)
        #expect(paused.failedPods == 1)
        let rolledBack = try plan(["max-unavailable": "3", "failure-action": "rollback"], pods: pods)
        #expect(rolledBack.rollback)
        #expect(rolledBack.reason == .rolledBack)
        // One failure within max-failures goes on.
        let tolerated = try plan(["max-unavailable": "3", "max-failures": "1"], pods: pods)
        #expect(tolerated.reason == .waveProgressing)
        #expect(tolerated.deletions.count == 2)
    }

    @Test func anUpdatedPodNotAvailableByTheDeadlineHasFailed() throws {
        let slow = [pod("node-a0", updated: true, available: false, age: 90)] + fleet.dropFirst().map { pod($0.name) }
        #expect(try plan(["progress-deadline": "1m"], pods: slow).reason == .progressDeadlineExceeded)
        let young = try plan(["progress-deadline": "2m"], pods: slow)
        #expect(young.reason == .waveProgressing)
        #expect(young.recheckAfter == .seconds(30))
        #expect(young.unavailable.notYetStarted == 1)
    }

    @Test func theForecastCountsBatchesPerStepAndBakeBetweenThem() throws {
        var nodes = fleet
        nodes[8].labels["canary"] = "true"
        let forecast = RolloutForecast(
            policy: try policy(["canary-nodes": "canary=true", "waves-by": "zone", "max-unavailable": "2", "bake-time": "30s", "partition": "1"]),
            nodes: nodes, secondsPerPod: 10)
        #expect(forecast.steps.map(\.name) == ["canary", "wave a", "wave b", "wave c"])
        #expect(forecast.steps.map(\.batches) == [1, 2, 2, 1], "wave c lost its last node to the partition")
        #expect(forecast.kept == 1)
        #expect(abs((forecast.seconds ?? 0) - (60 + 3 * 30)) < 0.001, "six batches of 10 s and three bakes of 30 s")
        #expect(RolloutForecast(policy: try policy([:]), nodes: nodes, secondsPerPod: nil).seconds == nil)
    }

    @Test func reasonsSayWhetherTheRolloutFailedAndWhetherItMoves() {
        let failures = RolloutPlan.Reason.allCases.filter(\.isFailure).map(\.rawValue)
        #expect(failures == ["ProgressDeadlineExceeded", "RolloutFailed", "InvalidPolicy", "UnsupportedUpdateStrategy"])
        let moving = RolloutPlan.Reason.allCases.filter { $0.conditionStatus == "True" }.map(\.rawValue)
        #expect(moving == ["WaveProgressing", "Baking", "RolloutComplete"])
    }

    @Test func pausedDeletesNothing() throws {
        let result = try plan(["paused": "true", "max-unavailable": "100%"], pods: fleet.map { pod($0.name) })
        #expect(result.reason == .paused)
        #expect(result.deletions.isEmpty)
    }

    @Test(arguments: [
        ("max-unavailable", "lots", #"rollout.daemonry.io/max-unavailable: "lots": must be a count or a percent such as 10%"#),
        ("bake-time", "soon", #"rollout.daemonry.io/bake-time: "soon": must be a duration such as 30s or 5m"#),
        ("failure-action", "panic", #"rollout.daemonry.io/failure-action: "panic": must be pause or rollback"#),
        ("paused", "yes", #"rollout.daemonry.io/paused: "yes": must be true or false"#),
        ("wave-order", "a,b", #"rollout.daemonry.io/wave-order: "a,b": needs waves-by"#),
    ])
    func aBadAnnotationIsAnErrorNamingIt(name: String, value: String, message: String) {
        let error = #expect(throws: RolloutPolicyError.self) { try policy([name: value]) }
        #expect(error?.message == message)
    }
}
