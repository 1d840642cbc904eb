import KubeModel

extension DaemonSetController {
    /// `addHistory`: an owned revision needs nothing (the sync that made it knows); an orphan may be adopted.
    func addRevision(_ revision: ControllerRevision) {
        if revision.metadata.deletionTimestamp != nil {
            deleteRevision(revision)
            return
        }
        if revision.metadata.controllerRef != nil { return }
        for daemonSet in daemonSets(namespace: revision.metadata.namespace, matching: revision.metadata.labels) {
            enqueue(daemonSet.key)
        }
    }

    /// `updateHistory`: as `updatePod`, without readiness.
    func updateRevision(old: ControllerRevision, new: ControllerRevision) {
        if old.metadata.resourceVersion == new.metadata.resourceVersion { return }
        let oldReference = old.metadata.controllerRef
        let newReference = new.metadata.controllerRef
        let referenceChanged = oldReference != newReference
        if referenceChanged, let previous = resolve(oldReference, namespace: old.metadata.namespace) {
            enqueue(previous.key)
        }
        if let newReference {
            if let daemonSet = resolve(newReference, namespace: new.metadata.namespace) { enqueue(daemonSet.key) }
            return
        }
        guard referenceChanged || old.metadata.labels != new.metadata.labels else { return }
        for daemonSet in daemonSets(namespace: new.metadata.namespace, matching: new.metadata.labels) {
            enqueue(daemonSet.key)
        }
    }

    /// `deleteHistory`: the owner recomputes its history.
    func deleteRevision(_ revision: ControllerRevision) {
        guard let daemonSet = resolve(revision.metadata.controllerRef, namespace: revision.metadata.namespace) else {
            return
        }
        enqueue(daemonSet.key)
    }
}
