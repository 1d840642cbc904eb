import DaemonSetCore
import KubeClient
import KubeModel

/// The patches that adopt, release and relabel pods and revisions, as upstream's ref manager writes them:
/// strategic merge patches that name the object's UID, so a patch never lands on a recreated namesake.
enum ClaimPatch {
    /// Adds the DaemonSet's controller reference (`ownerReferences` merge by `uid`).
    static func adopt(by daemonSet: DaemonSet, objectUID: String) -> Patch {
        let reference = ControllerRef.of(daemonSet)
        let owner: JSONValue = [
            "apiVersion": .string(reference.apiVersion), "kind": .string(reference.kind),
            "name": .string(reference.name), "uid": .string(reference.uid), "controller": true,
            "blockOwnerDeletion": true,
        ]
        return .strategic(["metadata": ["ownerReferences": [owner], "uid": .string(objectUID)]])
    }

    /// Removes the owner reference with the DaemonSet's UID.
    static func release(from daemonSet: DaemonSet, objectUID: String) -> Patch {
        let removal: JSONValue = ["$patch": "delete", "uid": .string(daemonSet.metadata.uid)]
        return .strategic(["metadata": ["ownerReferences": [removal], "uid": .string(objectUID)]])
    }

    /// Sets the `controller-revision-hash` label (revision dedup moves pods to the kept revision).
    static func relabel(hash: String) -> Patch {
        .strategic(["metadata": ["labels": [DaemonSetKeys.controllerRevisionHash: .string(hash)]]])
    }
}
