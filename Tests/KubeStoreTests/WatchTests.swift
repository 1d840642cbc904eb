import Foundation
import KubeModel
import KubeStore
import Testing

@Suite struct WatchTests {
    @Test func watchFromZeroSendsCurrentObjectsAsAddedThenLiveChanges() async throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.put(pod("ns", "b"))
        try store.put(pod("ns", "a"))
        try store.put(ObjectKey(resource: "nodes", name: "n1"))
        let stream = try store.watch(
            resource: "pods", options: WatchOptions(allowBookmarks: true, initialEventsEndBookmark: true))
        #expect(stream.startResourceVersion == 3)
        try store.put(pod("ns", "a"))
        _ = try store.delete(pod("ns", "b"))
        try store.put(ObjectKey(resource: "nodes", name: "n2"))
        try store.put(pod("ns", "c"))
        var iterator = stream.makeAsyncIterator()
        let events = try await iterator.take(6)
        #expect(
            describe(events) == [
                "ADDED pods/ns/a@2", "ADDED pods/ns/b@1", "BOOKMARK@3 end", "MODIFIED pods/ns/a@4",
                "DELETED pods/ns/b@5", "ADDED pods/ns/c@7",
            ])
    }

    @Test func watchFromAResourceVersionReplaysThenGoesLiveInOrder() async throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        for index in 0..<5 { try store.put(pod("ns", "p\(index)")) }
        let stream = try store.watch(resource: "pods", fromResourceVersion: 3)
        for index in 0..<2 { try store.put(pod("ns", "p\(index)")) }
        var iterator = stream.makeAsyncIterator()
        let events = try await iterator.take(4)
        #expect(describe(events) == ["ADDED pods/ns/p3@4", "ADDED pods/ns/p4@5", "MODIFIED pods/ns/p0@6", "MODIFIED pods/ns/p1@7"])
        // From the current resourceVersion: nothing to replay.
        let fromNow = try store.watch(resource: "pods", fromResourceVersion: store.resourceVersion)
        try store.put(pod("ns", "z"))
        var nowIterator = fromNow.makeAsyncIterator()
        #expect(describe(try await nowIterator.take(1)) == ["ADDED pods/ns/z@8"])
    }

    @Test func aNamespacedWatchSeesOnlyItsNamespace() async throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let stream = try store.watch(resource: "pods", namespace: "mine")
        try store.put(pod("other", "a"))
        try store.put(pod("mine", "b"))
        try store.put(pod("other", "c"))
        try store.put(pod("mine", "d"))
        var iterator = stream.makeAsyncIterator()
        #expect(describe(try await iterator.take(2)) == ["ADDED pods/mine/b@2", "ADDED pods/mine/d@4"])
    }

    @Test func aFilteredWatchSeesObjectsEnterAndLeaveItsSelection() async throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let filter = StoreFilter(fields: try FieldSelector(parsing: "spec.nodeName=n1"))
        let stream = try store.watch(resource: "pods", matching: filter)
        try store.put(pod("ns", "a"), fields: ["spec.nodeName": ""])  // 1: not selected
        try store.put(pod("ns", "a"), fields: ["spec.nodeName": "n1"])  // 2: enters → ADDED
        try store.put(pod("ns", "a"), fields: ["spec.nodeName": "n1"], uid: "uid-a")  // 3: stays → MODIFIED
        try store.put(pod("ns", "a"), fields: ["spec.nodeName": "n2"])  // 4: leaves → DELETED
        try store.put(pod("ns", "a"), fields: ["spec.nodeName": "n3"])  // 5: not selected
        try store.put(pod("ns", "b"), fields: ["spec.nodeName": "n1"])  // 6: ADDED
        var iterator = stream.makeAsyncIterator()
        #expect(
            describe(try await iterator.take(4)) == [
                "ADDED pods/ns/a@2", "MODIFIED pods/ns/a@3", "DELETED pods/ns/a@4", "ADDED pods/ns/b@6",
            ])
        // A resume replays the same transitions from history.
        let resumed = try store.watch(resource: "pods", fromResourceVersion: 1, matching: filter)
        var resumedIterator = resumed.makeAsyncIterator()
        #expect(describe(try await resumedIterator.take(4)) == describe([]) + [
            "ADDED pods/ns/a@2", "MODIFIED pods/ns/a@3", "DELETED pods/ns/a@4", "ADDED pods/ns/b@6",
        ])
    }

    @Test func tooOldAndTooLargeResourceVersionsAreRefused() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open(historyCapacity: 5, retainedEvents: 5)
        for index in 0..<20 { try store.put(pod("ns", "p\(index)")) }
        #expect(try store.compact() == 15)
        let tooOld = #expect(throws: StoreError.self) { try store.watch(resource: "pods", fromResourceVersion: 10) }
        #expect(tooOld?.code == .expired)
        #expect(tooOld?.message == "too old resource version: 10 (15)")
        let tooLarge = #expect(throws: StoreError.self) { try store.watch(resource: "pods", fromResourceVersion: 21) }
        #expect(tooLarge?.code == .resourceVersionTooLarge)
        _ = try store.watch(resource: "pods", fromResourceVersion: 15)
    }

    @Test func aSlowWatcherIsEndedWithoutGrowingItsBuffer() async throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let slow = try store.watch(resource: "pods", options: WatchOptions(bufferSize: 5))
        let fast = try store.watch(resource: "pods")
        #expect(store.watcherCount == 2)
        for index in 0..<50 { try store.put(pod("ns", "p\(index)")) }
        #expect(store.watcherCount == 1)
        var iterator = slow.makeAsyncIterator()
        var received = 0
        let error = await #expect(throws: StoreError.self) {
            while try await iterator.next() != nil { received += 1 }
        }
        #expect(error?.code == .watcherTooSlow)
        #expect(received == 5)
        var fastIterator = fast.makeAsyncIterator()
        #expect(try await fastIterator.take(50).count == 50)
    }

    @Test func cancellingTheReaderUnregistersTheWatcher() async throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let stream = try store.watch(resource: "pods")
        let reader = Task {
            for try await _ in stream {}
        }
        #expect(store.watcherCount == 1)
        reader.cancel()
        _ = await reader.result
        #expect(store.watcherCount == 0)
        try store.put(pod("ns", "a"))
    }

    @Test func bookmarksCarryTheCurrentResourceVersion() async throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let stream = try store.watch(resource: "pods", options: WatchOptions(allowBookmarks: true))
        let plain = try store.watch(resource: "pods")
        try store.put(ObjectKey(resource: "nodes", name: "n1"))
        store.sendBookmarks()
        try store.put(pod("ns", "a"))
        var iterator = stream.makeAsyncIterator()
        #expect(describe(try await iterator.take(2)) == ["BOOKMARK@1", "ADDED pods/ns/a@2"])
        var plainIterator = plain.makeAsyncIterator()
        #expect(describe(try await plainIterator.take(1)) == ["ADDED pods/ns/a@2"])
    }

    @Test func closingTheStoreEndsWatches() async throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let stream = try store.watch(resource: "pods")
        try store.close()
        var iterator = stream.makeAsyncIterator()
        #expect(try await iterator.next() == nil)
        #expect(throws: StoreError.self) { try store.put(pod("ns", "a")) }
    }
}
