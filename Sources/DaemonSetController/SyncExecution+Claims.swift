import DaemonSetCore
import KubeClient
import KubeModel

extension SyncExecution {
    /// `ClaimPods`' writes: adopts matching orphans, releases owned pods that stopped matching.
    mutating func applyPodClaims() async throws {
        for claim in plan.podClaims {
            try await apply(claim, to: Pod.self)
        }
    }

    /// Adopts or releases one object. An object that is gone needs neither; a release the server finds
    /// invalid (the reference is already gone) is done.
    mutating func apply<T: RESTResource>(_ claim: ObjectClaim, to type: T.Type) async throws {
        switch claim.decision {
        case .adopt:
            try await recheckBeforeAdoption()
            do {
                _ = try await client.patch(
                    T.self, name: claim.name, namespace: namespace,
                    patch: ClaimPatch.adopt(by: daemonSet, objectUID: claim.uid))
                logger.debug(
                    "adopted", metadata: ["daemonset": .string(key), "kind": .string(T.kind), "name": .string(claim.name)])
            } catch {
                guard (error as? KubeClientError)?.code == .notFound else { throw error }
            }
        case .release:
            do {
                _ = try await client.patch(
                    T.self, name: claim.name, namespace: namespace,
                    patch: ClaimPatch.release(from: daemonSet, objectUID: claim.uid))
                logger.debug(
                    "released", metadata: ["daemonset": .string(key), "kind": .string(T.kind), "name": .string(claim.name)])
            } catch {
                let code = (error as? KubeClientError)?.code
                guard code == .notFound || code == .invalid else { throw error }
            }
        case .owned, .ignore:
            break
        }
    }

    /// Reads the DaemonSet from the server, past the cache, once per sync before the first adoption: a
    /// DaemonSet deleted (or recreated under its name) since the cache saw it must not adopt anything, or the
    /// garbage collector would miss the adopted objects.
    private mutating func recheckBeforeAdoption() async throws {
        guard !adoptionRechecked else { return }
        let live = try await client.get(DaemonSet.self, name: daemonSet.metadata.name, namespace: namespace)
        guard live.metadata.uid == daemonSet.metadata.uid else {
            throw DaemonSetControllerError(
                "original DaemonSet \(key) is gone: got uid \(live.metadata.uid), wanted \(daemonSet.metadata.uid)")
        }
        guard live.metadata.deletionTimestamp == nil else {
            throw DaemonSetControllerError("DaemonSet \(key) has just been deleted")
        }
        adoptionRechecked = true
    }
}
