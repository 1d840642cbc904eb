import Foundation
import Testing
@testable import KubeModel

@Test func daemonSetWithEveryStrategyFieldRoundTripsExactly() throws {
    let daemonSet = try Fixture.roundTrip(DaemonSet.self, "daemonset")
    #expect(daemonSet.spec.updateStrategy.type == DaemonSetUpdateStrategy.rollingUpdate)
    #expect(daemonSet.spec.updateStrategy.rollingUpdate?.maxUnavailable == .string("10%"))
    #expect(daemonSet.spec.updateStrategy.rollingUpdate?.maxSurge == .int(0))
    #expect(daemonSet.spec.minReadySeconds == 10)
    #expect(daemonSet.spec.revisionHistoryLimit == 5)
    #expect(daemonSet.spec.selector?.matchExpressions.first?.operator == "NotIn")
    #expect(daemonSet.spec.template.metadata.creationTimestamp == nil)
    #expect(daemonSet.spec.template.spec.containers.first?.resources.requests["cpu"] == Quantity(milliValue: 100))
    #expect(daemonSet.status.collisionCount == 1)
    #expect(daemonSet.status.conditions.first?.lastTransitionTime?.rfc3339 == "2024-05-02T10:05:00Z")
    #expect(daemonSet.metadata.managedFields.count == 2)
}

@Test func controllerRevisionRoundTripsExactly() throws {
    let revision = try Fixture.roundTrip(ControllerRevision.self, "controllerrevision")
    #expect(revision.revision == 3)
    #expect(revision.data["spec"]?["template"]?["$patch"] == "replace")
    #expect(revision.metadata.ownerReferences.first?.controller == true)
}

/// Go writes a nil slice as `null`; the model cannot tell nil from empty and writes `[]` (never stored: pods need a container).
@Test func emptyDaemonSetIsWrittenAsGoWritesIt() {
    let text = String(decoding: DaemonSet().jsonBytes(), as: UTF8.self)
    #expect(
        text == #"{"kind":"DaemonSet","apiVersion":"apps/v1","metadata":{"creationTimestamp":null},"#
            + #""spec":{"selector":null,"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":[]}},"#
            + #""updateStrategy":{}},"status":{"currentNumberScheduled":0,"numberMisscheduled":0,"#
            + #""desiredNumberScheduled":0,"numberReady":0}}"#)
}
