import DaemonSetCore
import Foundation
import KubeClient
import KubeModel

/// What `daemonry rollout` does to a DaemonSet, through any cluster's API: pause, resume, promote past the
/// canary, undo, and read the rollout's state. The driver's rollback uses the same undo.
public struct RolloutActions: Sendable {
    let client: KubeClient

    /// Actions through `client`.
    public init(client: KubeClient) {
        self.client = client
    }

    /// Stops the driver deleting old pods; new nodes still get their pod.
    public func pause(_ name: String, namespace: String) async throws {
        _ = try await annotate(name, namespace: namespace, [RolloutPolicy.pausedAnnotation: .string("true")])
    }

    /// Lets a paused rollout go on.
    public func resume(_ name: String, namespace: String) async throws {
        _ = try await annotate(name, namespace: namespace, [RolloutPolicy.pausedAnnotation: .null])
    }

    /// Promotes the revision being rolled out past its canary step; returns its hash.
    public func promote(_ name: String, namespace: String) async throws -> String {
        let daemonSet = try await client.get(DaemonSet.self, name: name, namespace: namespace)
        guard let current = try await revisions(of: daemonSet).last,
            let hash = current.metadata.labels[DaemonSetKeys.controllerRevisionHash]
        else { throw RolloutActionError("daemonset \(name) has no revision yet") }
        _ = try await annotate(name, namespace: namespace, [RolloutPolicy.promoted: .string(hash)])
        return hash
    }

    /// Puts back the template of `revision` (nil: the one before the current), as `kubectl rollout undo`, and
    /// promotes it past any canary step; returns the revision number put back.
    @discardableResult
    public func undo(_ name: String, namespace: String, toRevision revision: Int64? = nil) async throws -> Int64 {
        let daemonSet = try await client.get(DaemonSet.self, name: name, namespace: namespace)
        let history = try await revisions(of: daemonSet)
        let target: ControllerRevision?
        if let revision {
            target = history.first { $0.revision == revision }
            guard target != nil else { throw RolloutActionError("unable to find specified revision \(revision) in history") }
        } else {
            guard history.count >= 2 else { throw RolloutActionError("no rollout history found for daemonset \"\(name)\"") }
            target = history[history.count - 2]
        }
        guard let target else { throw RolloutActionError("no rollout history found for daemonset \"\(name)\"") }
        try await restore(daemonSet, to: target)
        return target.revision
    }

    /// Patches the DaemonSet back to `revision`'s template, promoted past any canary step.
    func restore(_ daemonSet: DaemonSet, to revision: ControllerRevision) async throws {
        var patch = revision.data
        if case .object(var members) = patch, let hash = revision.metadata.labels[DaemonSetKeys.controllerRevisionHash] {
            members["metadata"] = ["annotations": .object([RolloutPolicy.promoted: .string(hash)])]
            patch = .object(members)
        }
        _ = try await client.patch(
            DaemonSet.self, name: daemonSet.metadata.name, namespace: daemonSet.metadata.namespace,
            patch: Patch(type: .strategic, body: patch.canonicalBytes))
    }

    /// The DaemonSet's ControllerRevisions, oldest first.
    public func revisions(of daemonSet: DaemonSet) async throws -> [ControllerRevision] {
        var options = ListOptions()
        options.labelSelector = try daemonSet.spec.selector?.asLabelQuery().description
        let listed = try await client.list(ControllerRevision.self, namespace: daemonSet.metadata.namespace, options: options)
        return listed.items.filter { $0.metadata.controllerRef?.uid == daemonSet.metadata.uid }.sorted { $0.revision < $1.revision }
    }

    /// What the DaemonSet's next rollout would do on the cluster's nodes now, with a pod's time from created to
    /// ready taken from its pods (their mean).
    public func forecast(_ name: String, namespace: String) async throws -> (DaemonSet, RolloutForecast) {
        let daemonSet = try await client.get(DaemonSet.self, name: name, namespace: namespace)
        let policy: RolloutPolicy
        do {
            policy = try RolloutPolicy(annotations: daemonSet.metadata.annotations)
        } catch {
            throw RolloutActionError(error.message)
        }
        let placement = DaemonPlacement(daemonSet: daemonSet)
        let nodes = try await client.list(Node.self).items.filter { placement.evaluate($0).shouldRun }.map { node in
            RolloutInput.Node(name: node.metadata.name, labels: node.metadata.labels, ready: node.isReady)
        }
        var options = ListOptions()
        options.labelSelector = try daemonSet.spec.selector?.asLabelQuery().description
        let times = try await client.list(Pod.self, namespace: namespace, options: options).items
            .filter { $0.metadata.controllerRef?.uid == daemonSet.metadata.uid }
            .compactMap { pod -> Double? in
                guard let created = pod.metadata.creationTimestamp?.date,
                    let ready = pod.status.conditions.first(where: { $0.type == "Ready" && $0.status == "True" }),
                    let since = ready.lastTransitionTime?.date
                else { return nil }
                return max(0, since.timeIntervalSince(created))
            }
        let perPod = times.isEmpty ? nil : times.reduce(0, +) / Double(times.count)
        return (daemonSet, RolloutForecast(policy: policy, nodes: nodes, secondsPerPod: perPod))
    }

    /// The rollout's `Progressing` condition, nil before the driver wrote one.
    public func status(_ name: String, namespace: String) async throws -> (DaemonSet, DaemonSetCondition?) {
        let daemonSet = try await client.get(DaemonSet.self, name: name, namespace: namespace)
        return (daemonSet, daemonSet.status.conditions.first { $0.type == RolloutDriver.conditionType })
    }

    private func annotate(_ name: String, namespace: String, _ annotations: JSONObject) async throws -> DaemonSet {
        try await client.patch(
            DaemonSet.self, name: name, namespace: namespace, patch: .merge(["metadata": ["annotations": .object(annotations)]]))
    }
}

/// A rollout action that cannot be done, in kubectl's words where kubectl has some.
public struct RolloutActionError: Error, Sendable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
