import DaemonSetCore
import Foundation
import KubeModel
import Testing

/// A node snapshot shared by many syncs reuses placement results only where the rules are the same.
@Suite struct NodeSnapshotTests {
    func plannedNodes(_ daemonSet: DaemonSet, on snapshot: NodeSnapshot) -> [String] {
        let input = DaemonSetSyncInput(daemonSet: daemonSet, nodes: snapshot, now: Date(timeIntervalSince1970: 1_700_000_000))
        return DaemonSetSync.plan(input).podsToCreate.map(\.nodeName).sorted()
    }

    @Test func daemonSetsWithOtherRulesGetTheirOwnPlacementFromASharedSnapshot() {
        var tainted = newNode("tainted", labels: ["disk": "ssd"])
        tainted.spec.taints = [taint("dedicated", "infra", effect: "NoSchedule")]
        let snapshot = NodeSnapshot([
            newNode("ssd-1", labels: ["disk": "ssd"]), newNode("hdd-1", labels: ["disk": "hdd"]), tainted,
        ])
        var ssd = newDaemonSet("ssd")
        ssd.spec.template.spec.nodeSelector = ["disk": "ssd"]
        var hdd = newDaemonSet("hdd")
        hdd.spec.template.spec.nodeSelector = ["disk": "hdd"]
        var tolerant = newDaemonSet("tolerant")
        tolerant.spec.template.spec.nodeSelector = ["disk": "ssd"]
        tolerant.spec.template.spec.tolerations = [toleration("dedicated", "infra", effect: "NoSchedule")]

        for _ in 0..<2 {
            #expect(plannedNodes(ssd, on: snapshot) == ["ssd-1"])
            #expect(plannedNodes(hdd, on: snapshot) == ["hdd-1"])
            #expect(plannedNodes(tolerant, on: snapshot) == ["ssd-1", "tainted"])
            #expect(plannedNodes(newDaemonSet("all"), on: snapshot) == ["hdd-1", "ssd-1"])
        }
    }
}
