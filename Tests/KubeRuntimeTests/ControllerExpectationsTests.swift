import KubeTestSupport
import Testing

@testable import KubeRuntime

/// Expectations as kube-controller-manager keeps them: counters per key, satisfied when observed or expired.
struct ControllerExpectationsTests {
    @Test func aKeyWithoutExpectationsIsSatisfied() {
        let expectations = ControllerExpectations(clock: ManualClock())
        #expect(expectations.isSatisfied("default/ds"))
        expectations.creationObserved("default/ds")
        #expect(expectations.expectations(for: "default/ds") == nil, "observations without expectations are ignored")
    }

    @Test(arguments: [
        // expected creations, deletions; observed creations, deletions; satisfied
        (2, 0, 1, 0, false),
        (2, 0, 2, 0, true),
        (2, 0, 3, 0, true),
        (0, 2, 0, 1, false),
        (1, 1, 1, 0, false),
        (1, 1, 1, 1, true),
    ])
    func satisfiedOnceEveryExpectationWasObserved(adds: Int, deletes: Int, created: Int, deleted: Int, satisfied: Bool) {
        let expectations = ControllerExpectations(clock: ManualClock())
        expectations.setExpectations("default/ds", add: adds, delete: deletes)
        for _ in 0..<created { expectations.creationObserved("default/ds") }
        for _ in 0..<deleted { expectations.deletionObserved("default/ds") }
        #expect(expectations.isSatisfied("default/ds") == satisfied)
    }

    @Test func unobservedExpectationsExpireAfterFiveMinutes() {
        let clock = ManualClock()
        let expectations = ControllerExpectations(clock: clock)
        expectations.expectCreations("default/ds", 3)
        clock.advance(by: .seconds(300))
        #expect(!expectations.isSatisfied("default/ds"), "exactly the timeout: still waiting")
        clock.advance(by: .milliseconds(1))
        #expect(expectations.isSatisfied("default/ds"))
    }

    @Test func raisingKeepsTheTimestampAndSettingRestartsIt() {
        let clock = ManualClock()
        let expectations = ControllerExpectations(clock: clock)
        expectations.expectCreations("k", 1)
        clock.advance(by: .seconds(200))
        expectations.raiseExpectations("k", add: 1, delete: 2)
        #expect(expectations.expectations(for: "k")?.timestamp.offset == .zero)
        #expect(expectations.expectations(for: "k")?.add == 2)
        #expect(expectations.expectations(for: "k")?.delete == 2)
        clock.advance(by: .seconds(101))
        #expect(expectations.isSatisfied("k"), "expired: raising did not restart the timeout")
        expectations.expectDeletions("k", 1)
        #expect(!expectations.isSatisfied("k"))
        expectations.deleteExpectations("k")
        #expect(expectations.isSatisfied("k"))
    }

    @Test func uidTrackingCountsEachDeletedObjectOnce() {
        let tracking = UIDTrackingControllerExpectations(expectations: ControllerExpectations(clock: ManualClock()))
        tracking.expectDeletions("default/ds", deleted: ["default/pod-a", "default/pod-b"])
        #expect(tracking.deletions(for: "default/ds") == ["default/pod-a", "default/pod-b"])
        tracking.deletionObserved("default/ds", deletedKey: "default/pod-a")
        // The same deletion seen again (watch, then a relist tombstone), and one the controller did not make.
        tracking.deletionObserved("default/ds", deletedKey: "default/pod-a")
        tracking.deletionObserved("default/ds", deletedKey: "default/other")
        #expect(!tracking.expectations.isSatisfied("default/ds"))
        #expect(tracking.expectations.expectations(for: "default/ds")?.delete == 1)
        tracking.deletionObserved("default/ds", deletedKey: "default/pod-b")
        #expect(tracking.expectations.isSatisfied("default/ds"))
        tracking.deleteExpectations("default/ds")
        #expect(tracking.deletions(for: "default/ds") == nil)
        #expect(tracking.expectations.expectations(for: "default/ds") == nil)
    }
}
