import Foundation
import KubeModel

/// The node lifecycle controller's decisions about one node, without I/O: whether its kubelet stopped
/// reporting, and which of the controller's taints it should carry (upstream `nodelifecycle` controller's
/// `tryUpdateNodeHealth`, `doNoScheduleTaintingPass` and `doNoExecuteTaintingPass`).
public enum NodeHealth {
    /// The condition types marked Unknown when the kubelet stops reporting (upstream `nodeConditionTypes`).
    public static let kubeletConditionTypes = [
        NodeConditionType.ready, NodeConditionType.memoryPressure, NodeConditionType.diskPressure,
        NodeConditionType.pidPressure,
    ]

    /// The conditions with every kubelet condition set to Unknown, as upstream does when the grace period
    /// passes without a heartbeat; nil when they already say so. A condition never reported is added with
    /// reason `NodeStatusNeverUpdated`; one reported turns Unknown with reason `NodeStatusUnknown`.
    public static func unknownConditions(_ conditions: [NodeCondition], now: Date) -> [NodeCondition]? {
        var updated = conditions
        var changed = false
        for type in kubeletConditionTypes {
            if let index = updated.firstIndex(where: { $0.type == type }) {
                guard updated[index].status != ConditionStatus.unknown else { continue }
                updated[index].status = ConditionStatus.unknown
                updated[index].reason = "NodeStatusUnknown"
                updated[index].message = "Kubelet stopped posting node status."
                updated[index].lastTransitionTime = Time(now)
            } else {
                updated.append(
                    NodeCondition(
                        type: type, status: ConditionStatus.unknown, lastHeartbeatTime: nil,
                        lastTransitionTime: Time(now), reason: "NodeStatusNeverUpdated",
                        message: "Kubelet never posted node status."))
            }
            changed = true
        }
        return changed ? updated : nil
    }

    /// Whether the node reports a Ready condition that is not True (False, or Unknown once its kubelet went
    /// silent): its pods are then marked not Ready. A node that never reported is not judged here.
    public static func isNotReady(_ node: Node) -> Bool {
        guard let ready = node.condition(NodeConditionType.ready) else { return false }
        return ready.status != ConditionStatus.true
    }

    /// The taint keys this controller owns; taints with other keys are left alone.
    public static let managedTaints: Set<Taint> = [
        Taint(key: TaintKeys.nodeNotReady, effect: TaintEffect.noSchedule),
        Taint(key: TaintKeys.nodeNotReady, effect: TaintEffect.noExecute),
        Taint(key: TaintKeys.nodeUnreachable, effect: TaintEffect.noSchedule),
        Taint(key: TaintKeys.nodeUnreachable, effect: TaintEffect.noExecute),
        Taint(key: TaintKeys.nodeUnschedulable, effect: TaintEffect.noSchedule),
        Taint(key: TaintKeys.nodeMemoryPressure, effect: TaintEffect.noSchedule),
        Taint(key: TaintKeys.nodeDiskPressure, effect: TaintEffect.noSchedule),
        Taint(key: TaintKeys.nodePIDPressure, effect: TaintEffect.noSchedule),
        Taint(key: TaintKeys.nodeNetworkUnavailable, effect: TaintEffect.noSchedule),
    ]

    /// The controller's taints a node with these conditions and cordon flag should carry: not-ready
    /// (Ready=False) or unreachable (Ready=Unknown) as NoSchedule and NoExecute, unschedulable when
    /// cordoned, the pressure taints and network-unavailable (upstream's `nodeConditionToTaintKeyStatusMap`).
    /// While the whole cluster is `fullyDisrupted` (`ClusterReadiness`), without the NoExecute ones.
    public static func desiredTaints(_ node: Node, fullyDisrupted: Bool = false) -> [Taint] {
        var taints: [Taint] = []
        switch node.condition(NodeConditionType.ready)?.status {
        case "False"?:
            taints.append(Taint(key: TaintKeys.nodeNotReady, effect: TaintEffect.noSchedule))
            if !fullyDisrupted { taints.append(Taint(key: TaintKeys.nodeNotReady, effect: TaintEffect.noExecute)) }
        case "Unknown"?:
            taints.append(Taint(key: TaintKeys.nodeUnreachable, effect: TaintEffect.noSchedule))
            if !fullyDisrupted { taints.append(Taint(key: TaintKeys.nodeUnreachable, effect: TaintEffect.noExecute)) }
        default:
            break
        }
        let pressures = [
            (NodeConditionType.memoryPressure, TaintKeys.nodeMemoryPressure),
            (NodeConditionType.diskPressure, TaintKeys.nodeDiskPressure),
            (NodeConditionType.pidPressure, TaintKeys.nodePIDPressure),
            (NodeConditionType.networkUnavailable, TaintKeys.nodeNetworkUnavailable),
        ]
        for (condition, key) in pressures where node.condition(condition)?.status == "True" {
            taints.append(Taint(key: key, effect: TaintEffect.noSchedule))
        }
        if node.spec.unschedulable {
            taints.append(Taint(key: TaintKeys.nodeUnschedulable, effect: TaintEffect.noSchedule))
        }
        return taints
    }

    /// The node's taints with the controller's brought in line with `desiredTaints`: stale ones removed,
    /// missing ones appended (NoExecute with `timeAdded`, as upstream), others kept as they are; nil when
    /// nothing changes.
    public static func reconciledTaints(_ node: Node, now: Date, fullyDisrupted: Bool = false) -> [Taint]? {
        let desired = desiredTaints(node, fullyDisrupted: fullyDisrupted)
        var taints = node.spec.taints.filter { taint in
            !isManaged(taint) || desired.contains { $0.matches(taint) }
        }
        for taint in desired where !taints.contains(where: { $0.matches(taint) }) {
            var added = taint
            if added.effect == TaintEffect.noExecute { added.timeAdded = Time(now) }
            taints.append(added)
        }
        return taints == node.spec.taints ? nil : taints
    }

    /// Whether the taint is one of the controller's (by key and effect).
    static func isManaged(_ taint: Taint) -> Bool {
        managedTaints.contains { $0.matches(taint) }
    }
}
