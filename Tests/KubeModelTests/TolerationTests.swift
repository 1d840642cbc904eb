import Foundation
import Testing
@testable import KubeModel

/// One row of the toleration table: a toleration, a taint (key, value, effect), and upstream's answer.
struct TolerationCase: Sendable, CustomTestStringConvertible {
    let name: String
    let toleration: Toleration
    let taint: (key: String, value: String, effect: String)
    let tolerates: Bool

    var testDescription: String { name }
}

let tolerationCases: [TolerationCase] = [
    .init(name: "Exists with no key and no effect tolerates everything", toleration: Toleration(operator: "Exists"),
          taint: ("dedicated", "gpu", "NoExecute"), tolerates: true),
    .init(name: "Exists on the key, any value", toleration: Toleration(key: "dedicated", operator: "Exists", effect: "NoSchedule"),
          taint: ("dedicated", "gpu", "NoSchedule"), tolerates: true),
    .init(name: "Exists on another key", toleration: Toleration(key: "other", operator: "Exists"),
          taint: ("dedicated", "gpu", "NoSchedule"), tolerates: false),
    .init(name: "effect differs", toleration: Toleration(key: "dedicated", operator: "Exists", effect: "NoSchedule"),
          taint: ("dedicated", "gpu", "NoExecute"), tolerates: false),
    .init(name: "empty effect matches every effect", toleration: Toleration(key: "dedicated", operator: "Equal", value: "gpu"),
          taint: ("dedicated", "gpu", "PreferNoSchedule"), tolerates: true),
    .init(name: "Equal with the same value", toleration: Toleration(key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule"),
          taint: ("dedicated", "gpu", "NoSchedule"), tolerates: true),
    .init(name: "Equal with another value", toleration: Toleration(key: "dedicated", operator: "Equal", value: "cpu", effect: "NoSchedule"),
          taint: ("dedicated", "gpu", "NoSchedule"), tolerates: false),
    .init(name: "empty operator means Equal", toleration: Toleration(key: "dedicated", value: "gpu"),
          taint: ("dedicated", "gpu", "NoSchedule"), tolerates: true),
    .init(name: "empty operator, other value", toleration: Toleration(key: "dedicated", value: "cpu"),
          taint: ("dedicated", "gpu", "NoSchedule"), tolerates: false),
    .init(name: "Equal against an empty taint value", toleration: Toleration(key: "node.kubernetes.io/unschedulable", operator: "Equal"),
          taint: ("node.kubernetes.io/unschedulable", "", "NoSchedule"), tolerates: true),
    .init(name: "empty key with Equal matches any key with that value", toleration: Toleration(operator: "Equal", value: "gpu"),
          taint: ("anything", "gpu", "NoSchedule"), tolerates: true),
    .init(name: "unknown operator tolerates nothing", toleration: Toleration(key: "dedicated", operator: "Gt", value: "1"),
          taint: ("dedicated", "2", "NoSchedule"), tolerates: false),
    .init(name: "operators are case-sensitive", toleration: Toleration(key: "dedicated", operator: "exists"),
          taint: ("dedicated", "gpu", "NoSchedule"), tolerates: false),
    .init(name: "tolerationSeconds does not affect matching",
          toleration: Toleration(key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300),
          taint: ("node.kubernetes.io/unreachable", "", "NoExecute"), tolerates: true),
]

@Test(arguments: tolerationCases)
func tolerationMatchesTaint(_ row: TolerationCase) {
    #expect(row.toleration.toleratesTaint(key: row.taint.key, value: row.taint.value, effect: row.taint.effect) == row.tolerates)
    #expect([Toleration(key: "unrelated", operator: "Exists"), row.toleration]
        .toleratesTaint(key: row.taint.key, value: row.taint.value, effect: row.taint.effect) == row.tolerates)
}

@Test(arguments: [
    (Toleration(key: "k", operator: "Exists", effect: "NoExecute", tolerationSeconds: 10), true),
    (Toleration(key: "k", operator: "Exists", effect: "NoExecute"), true),
    (Toleration(key: "k", operator: "Exists", effect: "NoSchedule"), false),
    (Toleration(key: "k", operator: "Equal", effect: "NoExecute"), false),
    (Toleration(key: "j", operator: "Exists", effect: "NoExecute"), false),
    (Toleration(key: "k", operator: "Exists", value: "v", effect: "NoExecute"), false),
])
func tolerationIdentity(other: Toleration, same: Bool) {
    let base = Toleration(key: "k", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300)
    #expect(base.matchesToleration(other) == same)
    #expect(other.matchesToleration(base) == same)
}

@Test func addOrUpdateTolerationFollowsUpstream() {
    var spec = PodSpec()
    let notReady = Toleration(key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute")
    let changed1 = spec.addOrUpdateToleration(notReady)
    #expect(changed1)
    #expect(spec.tolerations == [notReady])
    let changed2 = spec.addOrUpdateToleration(notReady)
    #expect(!changed2)

    let user = Toleration(key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule")
    spec.tolerations.insert(user, at: 0)
    var bounded = notReady
    bounded.tolerationSeconds = 300
    let changed3 = spec.addOrUpdateToleration(bounded)
    #expect(changed3)
    #expect(spec.tolerations == [user, bounded])

    let changed4 = spec.addOrUpdateToleration(notReady)
    #expect(changed4)
    #expect(spec.tolerations == [user, notReady])
}
