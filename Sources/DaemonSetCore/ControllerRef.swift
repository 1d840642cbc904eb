import KubeModel

/// The controller owner reference a DaemonSet puts on its pods and revisions.
public enum ControllerRef {
    /// `metav1.NewControllerRef(ds, apps/v1 DaemonSet)`.
    public static func of(_ daemonSet: DaemonSet) -> OwnerReference {
        OwnerReference(
            apiVersion: DaemonSet.apiVersion, kind: DaemonSet.kind, name: daemonSet.metadata.name,
            uid: daemonSet.metadata.uid, controller: true, blockOwnerDeletion: true)
    }
}

/// What the ref manager decides for one object (`ControllerRefManager.ClaimObject`).
public enum ClaimDecision: Sendable, Hashable {
    /// Controlled by this DaemonSet and matching: keep.
    case owned
    /// An orphan that matches: adopt it (patch in the controller reference) and keep it.
    case adopt
    /// Controlled by this DaemonSet but no longer matching: release it (patch the reference out).
    case release
    /// Someone else's, or an orphan we may not take: leave it alone.
    case ignore

    /// Whether the object counts as the DaemonSet's after the decision is carried out.
    public var isClaimed: Bool { self == .owned || self == .adopt }
}

/// Claims objects for a DaemonSet with upstream's adoption and release rules.
struct ClaimRules {
    let uid: String
    let namespace: String
    let beingDeleted: Bool
    let selector: LabelQuery

    func decide(_ meta: ObjectMeta) -> ClaimDecision {
        decide(
            ownerReferences: meta.ownerReferences, labels: meta.labels, namespace: meta.namespace,
            deleting: meta.deletionTimestamp != nil)
    }

    /// `decide(_:)` from the fields it reads, so callers need not copy a whole `ObjectMeta`.
    func decide(ownerReferences: [OwnerReference], labels: [String: String], namespace: String, deleting: Bool)
        -> ClaimDecision
    {
        // Fields are compared in place: copying an OwnerReference per pod costs six retains.
        for index in ownerReferences.indices where ownerReferences[index].controller == true {
            guard ownerReferences[index].uid == uid else { return .ignore }
            if selector.matches(labels: labels) { return .owned }
            return beingDeleted ? .ignore : .release
        }
        if beingDeleted || deleting || namespace != self.namespace { return .ignore }
        return selector.matches(labels: labels) ? .adopt : .ignore
    }
}
