import DaemonSetCore
import Foundation
import KubeModel
import Testing

/// Revision history: snapshot, hashing, collisions, dedup, renumbering on rollback, cleanup.
@Suite struct HistoryTests {
    @Test func snapshotCarriesTemplateLabelsAnnotationsAndPatch() throws {
        var daemonSet = newDaemonSet()
        daemonSet.metadata.annotations = ["kubernetes.io/change-cause": "kubectl apply"]
        var cluster = FakeCluster(daemonSet)
        cluster.addNodes(count: 1)
        let plan = cluster.sync()
        let revision = try #require(plan.revisionToCreate)
        #expect(revision.revision == 1)
        #expect(revision.metadata.name == "foo-" + plan.hash)
        #expect(revision.metadata.labels["controller-revision-hash"] == plan.hash)
        #expect(revision.metadata.labels["name"] == "simple-daemon")
        #expect(revision.metadata.annotations["kubernetes.io/change-cause"] == "kubectl apply")
        #expect(revision.metadata.ownerReferences == [ControllerRef.of(cluster.daemonSet)])
        let template = try #require(revision.data["spec"]?["template"])
        #expect(template["$patch"] == "replace")
        #expect(template["spec"]?["containers"] != nil)
        // The stored data is Go's bytes: sorted keys, a null creationTimestamp in the template metadata.
        let text = String(decoding: revision.data.canonicalBytes, as: UTF8.self)
        #expect(text.hasPrefix(#"{"spec":{"template":{"$patch":"replace","metadata":{"creationTimestamp":null,"labels":"#))
        #expect(cluster.sync().revisionToCreate == nil, "the stored revision matches")
    }

    @Test func hashIsStableSafeAndChangesWithTemplateAndCollisionCount() throws {
        let template = newDaemonSet().spec.template
        let hash = try RevisionHistory.hash(of: template, collisionCount: nil)
        #expect(hash == (try RevisionHistory.hash(of: template, collisionCount: nil)))
        #expect(hash.allSatisfy { "bcdfghjklmnpqrstvwxz2456789".contains($0) })
        #expect(try RevisionHistory.hash(of: template, collisionCount: 1) != hash)
        #expect(try RevisionHistory.hash(of: template, collisionCount: 0) != hash, "nil and 0 differ, as upstream")
        var other = template
        other.spec.containers[0].image = "foo/bar:2"
        #expect(try RevisionHistory.hash(of: other, collisionCount: nil) != hash)
    }

    /// Upstream TestLaunchWithHashCollision: a revision already holds the next name with other data.
    @Test func testLaunchWithHashCollision() throws {
        var cluster = FakeCluster(newDaemonSet(strategy: rollingUpdate()))
        cluster.addNodes(count: 2)
        var squatter = ControllerRevision()
        squatter.metadata.name = "foo-" + cluster.currentHash
        squatter.metadata.namespace = "default"
        squatter.metadata.labels = cluster.daemonSet.spec.template.metadata.labels
        squatter.data = ["spec": ["template": ["$patch": "replace", "metadata": ["labels": ["x": "y"]]]]]
        squatter.revision = 1
        cluster.revisions = [squatter]
        let plan = cluster.sync()
        #expect(plan.collisionCount == 1)
        #expect(plan.error != nil)
        #expect(plan.podsToCreate.isEmpty)
        #expect(cluster.daemonSet.status.collisionCount == 1)
        let retry = cluster.sync()
        #expect(retry.error == nil)
        #expect(retry.revisionToCreate?.metadata.name != squatter.metadata.name)
        #expect(retry.podsToCreate.count == 2)
        #expect(retry.podsToCreate.allSatisfy { $0.pod.metadata.labels["controller-revision-hash"] == retry.hash })
    }

    @Test func resolveNameClashUsesOurOwnEarlierSnapshot() throws {
        let daemonSet = newDaemonSet()
        let patch = try RevisionHistory.patch(for: daemonSet)
        let ours = try RevisionHistory.snapshot(of: daemonSet, revision: 1, patch: patch)
        #expect(RevisionHistory.resolveNameClash(existing: ours, patch: patch, liveCollisionCount: nil) == .useExisting(ours))
        var theirs = ours
        theirs.data = ["other": true]
        #expect(RevisionHistory.resolveNameClash(existing: theirs, patch: patch, liveCollisionCount: 4) == .bumpCollisionCount(to: 5))
    }

    /// Upstream TestDSCUpdatesPodLabelAfterDedupCurHistories.
    @Test func testDSCUpdatesPodLabelAfterDedupCurHistories() throws {
        var cluster = FakeCluster(newDaemonSet(strategy: rollingUpdate()))
        cluster.addNodes(count: 2)
        cluster.sync()
        let first = try #require(cluster.revisions.first)
        var duplicate = first
        duplicate.metadata.name = "foo-dup"
        duplicate.metadata.uid = "dup-uid"
        duplicate.metadata.labels["controller-revision-hash"] = "dup"
        duplicate.revision = 2
        cluster.revisions.append(duplicate)
        let plan = cluster.sync()
        #expect(plan.hash == "dup")
        #expect(plan.duplicateRevisionsToDelete == [first.metadata.name])
        #expect(plan.podRelabels.count == 2)
        #expect(cluster.pods.allSatisfy { $0.metadata.labels["controller-revision-hash"] == "dup" })
        #expect(cluster.revisions.map(\.metadata.name) == ["foo-dup"])
        #expect(plan.podsToCreate.isEmpty && plan.podsToDelete.isEmpty, "relabelled pods are current: no rollout")
    }

    @Test func revisionWithoutHashLabelGetsItsName() {
        var cluster = FakeCluster(newDaemonSet())
        cluster.addNodes(count: 1)
        cluster.sync()
        cluster.revisions[0].metadata.labels.removeValue(forKey: "controller-revision-hash")
        let name = cluster.revisions[0].metadata.name
        let plan = cluster.sync()
        #expect(plan.revisionLabelUpdates.map(\.metadata.name) == [name])
        #expect(plan.revisionLabelUpdates.first?.metadata.labels["controller-revision-hash"] == name)
    }

    /// Conformance "should rollback without unnecessary restarts": reverting the template reuses the
    /// old revision (renumbered to the top) so pods still on it are not restarted.
    @Test func rollbackReusesOldRevisionWithoutRestarts() throws {
        var cluster = FakeCluster(newDaemonSet(strategy: rollingUpdate()))
        cluster.addNodes(count: 3)
        cluster.sync()
        cluster.markPodsReady()
        cluster.sync()
        let originalPods = Set(cluster.pods.map(\.metadata.name))
        let originalHash = cluster.currentHash
        cluster.updateImage("does-not-exist")
        cluster.sync()  // deletes one old pod
        cluster.sync()  // creates its replacement (never ready)
        #expect(cluster.revisions.count == 2)
        cluster.updateImage("foo/bar")
        let plan = cluster.sync()
        #expect(plan.hash == originalHash)
        #expect(plan.revisionToCreate == nil)
        #expect(plan.revisionRenumber?.revision == 3)
        for _ in 0..<4 {
            cluster.sync()
            cluster.markPodsReady()
        }
        let survivors = Set(cluster.pods.map(\.metadata.name)).intersection(originalPods)
        #expect(survivors.count == 2, "the two pods never updated keep running")
        #expect(cluster.pods.allSatisfy { $0.spec.containers[0].image == "foo/bar" })
        #expect(cluster.pods.count == 3)
    }

    @Test func cleanupKeepsRevisionsInUseAndTheLimit() {
        var cluster = FakeCluster(newDaemonSet())  // OnDelete, revisionHistoryLimit 2
        cluster.addNodes(count: 1)
        cluster.sync()
        for image in ["a", "b", "c", "d"] {
            cluster.updateImage(image)
            cluster.sync()
        }
        // The pod still runs revision 1 (OnDelete): 1 is live, 2 and 3 are the oldest unused.
        #expect(cluster.revisions.map(\.revision).sorted() == [1, 4, 5])
        #expect(cluster.pods.count == 1)
    }

    /// Upstream TestControlledHistories: orphans in the namespace are adopted; other namespaces ignored.
    @Test func testControlledHistories() throws {
        var cluster = FakeCluster(newDaemonSet())
        cluster.addNodes(count: 1)
        var orphan = ControllerRevision()
        orphan.metadata.name = "orphan"
        orphan.metadata.namespace = "default"
        orphan.metadata.labels = cluster.daemonSet.spec.template.metadata.labels
        orphan.revision = 1
        var elsewhere = orphan
        elsewhere.metadata.name = "elsewhere"
        elsewhere.metadata.namespace = "other"
        cluster.revisions = [orphan, elsewhere]
        let plan = cluster.sync()
        #expect(plan.revisionClaims == [ObjectClaim(name: "orphan", uid: "", decision: .adopt)])
        #expect(plan.revisionToCreate?.revision == 2)
    }
}
