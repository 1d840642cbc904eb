import KubeModel
import KubeRuntime

extension DaemonSetController {
    /// Connects every informer to its handlers. Handlers only enqueue keys and keep expectations.
    func registerEventHandlers() {
        daemonSets.addEventHandler(
            InformerEventHandler(
                onAdd: { [unowned self] in addDaemonSet($0) },
                onUpdate: { [unowned self] in updateDaemonSet(old: $0, new: $1) },
                onDelete: { [unowned self] object, _ in deleteDaemonSet(object) }))
        pods.addEventHandler(
            InformerEventHandler(
                onAdd: { [unowned self] in addPod($0) },
                onUpdate: { [unowned self] in updatePod(old: $0, new: $1) },
                onDelete: { [unowned self] object, _ in deletePod(object) }))
        nodes.addEventHandler(
            InformerEventHandler(
                onAdd: { [unowned self] in addNode($0) },
                onUpdate: { [unowned self] in updateNode(old: $0, new: $1) },
                onDelete: { [unowned self] object, _ in deleteNode(object) }))
        revisions.addEventHandler(
            InformerEventHandler(
                onAdd: { [unowned self] in addRevision($0) },
                onUpdate: { [unowned self] in updateRevision(old: $0, new: $1) },
                onDelete: { [unowned self] object, _ in deleteRevision(object) }))
    }

    /// `addDaemonset`: a new DaemonSet is synced.
    func addDaemonSet(_ daemonSet: DaemonSet) {
        logger.debug("adding daemon set", metadata: ["daemonset": .string(daemonSet.key)])
        enqueue(daemonSet.key)
    }

    /// `updateDaemonSet`: every change (status included) is synced; a new UID under the same name means the
    /// old DaemonSet was deleted and recreated between two observations, so the old one is deleted first.
    func updateDaemonSet(old: DaemonSet, new: DaemonSet) {
        if old.metadata.uid != new.metadata.uid { deleteDaemonSet(old) }
        enqueue(new.key)
    }

    /// `deleteDaemonset`: its expectations go (a recreated DaemonSet starts fresh) and the sync finds it gone.
    func deleteDaemonSet(_ daemonSet: DaemonSet) {
        logger.debug("deleting daemon set", metadata: ["daemonset": .string(daemonSet.key)])
        expectations.deleteExpectations(daemonSet.key)
        backoffs.remove(daemonSet.key)
        podFacts.remove(daemonSet.key)
        placements.remove(daemonSet.key)
        enqueue(daemonSet.key)
    }

    /// The DaemonSet a controller reference names, when it exists with that UID (`resolveControllerRef`).
    func resolve(_ reference: OwnerReference?, namespace: String) -> DaemonSet? {
        guard let reference, reference.kind == DaemonSet.kind else { return nil }
        let key = namespace.isEmpty ? reference.name : namespace + "/" + reference.name
        guard let daemonSet = daemonSets.store.get(key), daemonSet.metadata.uid == reference.uid else { return nil }
        return daemonSet
    }

    /// The DaemonSets in `namespace` whose selector matches `labels`; an empty or invalid selector matches
    /// nothing here, as upstream never lets such a DaemonSet claim anything.
    func daemonSets(namespace: String, matching labels: [String: String]) -> [DaemonSet] {
        daemonSets.store.byIndex(ControllerIndexName.namespace, namespace).filter { daemonSet in
            guard let selector = daemonSet.spec.selector, !selector.isEmpty else { return false }
            return selector.matches(labels)
        }
    }
}
