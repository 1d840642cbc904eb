import KubeModel

extension DaemonSetController {
    /// `addPod`: a pod of ours is an observed creation; an orphan wakes every DaemonSet that could adopt it.
    func addPod(_ pod: Pod) {
        if pod.metadata.deletionTimestamp != nil {
            // A pod that shows up already being deleted (after a relist) must not count as a creation.
            deletePod(pod)
            return
        }
        if let reference = pod.metadata.controllerRef {
            guard let daemonSet = resolve(reference, namespace: pod.metadata.namespace) else { return }
            expectations.creationObserved(daemonSet.key)
            enqueue(daemonSet.key)
            return
        }
        for daemonSet in daemonSets(namespace: pod.metadata.namespace, matching: pod.metadata.labels) {
            enqueue(daemonSet.key)
        }
    }

    /// `updatePod`: wakes the old and new controller when the reference moved, the controller otherwise, and
    /// for an orphan every DaemonSet that could now adopt it.
    func updatePod(old: Pod, new: Pod) {
        // Periodic resyncs send the same version; nothing changed.
        if old.metadata.resourceVersion == new.metadata.resourceVersion { return }
        if new.metadata.deletionTimestamp != nil {
            // A graceful deletion starts here and ends when the kubelet is done: treat it as deleted now so the
            // replacement is not held up by the grace period.
            deletePod(new)
            return
        }
        let oldReference = old.metadata.controllerRef
        let newReference = new.metadata.controllerRef
        let referenceChanged = oldReference != newReference
        if referenceChanged, let previous = resolve(oldReference, namespace: old.metadata.namespace) {
            enqueue(previous.key)
        }
        if let newReference {
            guard let daemonSet = resolve(newReference, namespace: new.metadata.namespace) else { return }
            enqueue(daemonSet.key)
            let minReadySeconds = daemonSet.spec.minReadySeconds
            if !old.isReady && new.isReady && minReadySeconds > 0 {
                // Availability needs minReadySeconds more; look again just after they pass.
                queue.addAfter(daemonSet.key, delay: .seconds(Int64(minReadySeconds) + 1))
            }
            return
        }
        guard referenceChanged || old.metadata.labels != new.metadata.labels else { return }
        for daemonSet in daemonSets(namespace: new.metadata.namespace, matching: new.metadata.labels) {
            enqueue(daemonSet.key)
        }
    }

    /// `deletePod`: a pod of ours is an observed deletion; orphans concern nobody.
    func deletePod(_ pod: Pod) {
        guard let daemonSet = resolve(pod.metadata.controllerRef, namespace: pod.metadata.namespace) else { return }
        expectations.deletionObserved(daemonSet.key)
        enqueue(daemonSet.key)
    }
}
