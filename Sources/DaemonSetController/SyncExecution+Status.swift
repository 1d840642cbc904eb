import KubeClient
import KubeModel

extension SyncExecution {
    /// `storeDaemonSetStatus`: writes `status` over the cached DaemonSet; on failure reads the live one
    /// and tries once more with the same counters (upstream's `StatusUpdateRetries` = 1). Conditions and
    /// collisionCount are whatever the object being written carries: the controller never changes them here.
    func storeStatus(_ status: DaemonSetStatus) async throws {
        try await DaemonSetStatusWriter(client: client).store(status, over: daemonSet)
    }
}

/// Writes DaemonSet status with one read-and-retry, apart from a sync so it can be exercised alone.
struct DaemonSetStatusWriter {
    let client: KubeClient

    /// Writes `status` (computed from `cached`) to the DaemonSet; see `SyncExecution.storeStatus`.
    func store(_ status: DaemonSetStatus, over cached: DaemonSet) async throws {
        let updatesObservedGeneration = status.observedGeneration != cached.status.observedGeneration
        var toUpdate = cached
        toUpdate.status = status
        var attempt = 0
        while true {
            do {
                try await client.updateStatusDiscardingResponse(toUpdate)
                return
            } catch {
                attempt += 1
                guard attempt <= 1 else { throw error }
            }
            toUpdate = try await client.get(DaemonSet.self, name: cached.metadata.name, namespace: cached.metadata.namespace)
            Self.copyCounters(from: status, to: &toUpdate.status, observedGeneration: updatesObservedGeneration)
        }
    }

    /// The seven counters (and, when this sync observed the generation, observedGeneration) onto a fresh status.
    static func copyCounters(from status: DaemonSetStatus, to target: inout DaemonSetStatus, observedGeneration: Bool) {
        if observedGeneration { target.observedGeneration = status.observedGeneration }
        target.desiredNumberScheduled = status.desiredNumberScheduled
        target.currentNumberScheduled = status.currentNumberScheduled
        target.numberMisscheduled = status.numberMisscheduled
        target.numberReady = status.numberReady
        target.updatedNumberScheduled = status.updatedNumberScheduled
        target.numberAvailable = status.numberAvailable
        target.numberUnavailable = status.numberUnavailable
    }
}
