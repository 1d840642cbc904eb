import Foundation
import Testing
@testable import KubeModel

@Test func leaseFixtureRoundTripsExactly() throws {
    let lease = try Fixture.roundTrip(Lease.self, "lease")
    #expect(lease.metadata.namespace == "kube-system")
    #expect(lease.spec.holderIdentity == "cp-1_0d6f8a2e-3b4c-4d5e-9f6a-7b8c9d0e1f2a")
    #expect(lease.spec.leaseDurationSeconds == 15)
    #expect(lease.spec.leaseTransitions == 3)
    #expect(lease.spec.strategy == nil)
    #expect(lease.spec.preferredHolder == nil)
    let renew = try #require(lease.spec.renewTime)
    #expect(renew.rfc3339 == "2024-05-03T11:20:30.402718Z")
    // Six digits are kept, including trailing zeros.
    #expect(lease.spec.acquireTime?.rfc3339 == "2024-05-02T17:45:09.120000Z")
    let acquire = try #require(lease.spec.acquireTime)
    #expect(acquire < renew)
}

@Test func nodeHeartbeatLeaseWritesOnlyWhatIsSet() {
    var lease = Lease(name: "worker-1", namespace: "kube-node-lease")
    lease.spec.holderIdentity = "worker-1"
    lease.spec.leaseDurationSeconds = 40
    lease.spec.renewTime = MicroTime(Date(timeIntervalSince1970: 1_704_164_645.25))
    lease.metadata.creationTimestamp = Time(Date(timeIntervalSince1970: 1_704_164_645))
    #expect(String(decoding: lease.jsonBytes(), as: UTF8.self) == #"{"kind":"Lease","apiVersion":"coordination.k8s.io/v1","metadata":{"name":"worker-1","namespace":"kube-node-lease","creationTimestamp":"2024-01-02T03:04:05Z"},"spec":{"holderIdentity":"worker-1","leaseDurationSeconds":40,"renewTime":"2024-01-02T03:04:05.250000Z"}}"#)
}

@Test func coordinatedLeaderElectionFields() throws {
    let json = #"{"kind":"Lease","apiVersion":"coordination.k8s.io/v1","metadata":{"name":"kube-scheduler","namespace":"kube-system","creationTimestamp":null},"spec":{"holderIdentity":"cp-2","strategy":"OldestEmulationVersion","preferredHolder":"cp-1"}}"#
    let lease = try Lease.decode(json: Data(json.utf8))
    #expect(lease.spec.strategy == "OldestEmulationVersion")
    #expect(lease.spec.preferredHolder == "cp-1")
    #expect(String(decoding: lease.jsonBytes(), as: UTF8.self) == json)
}
