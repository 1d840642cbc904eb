import Foundation
import KubeStore
import Testing

@Suite struct DurabilityTests {
    @Test func restartKeepsObjectsAndTheResourceVersionKeepsIncreasing() async throws {
        let fixture = try StoreFixture()
        do {
            let store = try fixture.open(historyCapacity: 3)
            for index in 0..<10 { try store.put(pod("ns", "p\(index)"), labels: ["i": "\(index)"]) }
            _ = try store.delete(pod("ns", "p9"))
            try store.put(ObjectKey(resource: "nodes", name: "n1"))
            try store.close()
        }
        let store = try fixture.open(historyCapacity: 3)
        #expect(store.resourceVersion == 12)
        #expect(store.count(resource: "pods") == 9)
        #expect(store.get(pod("ns", "p3"))?.labels == ["i": "3"])
        #expect(store.get(pod("ns", "p3"))?.data == body("p3", 4))
        #expect(try store.put(pod("ns", "new")).resourceVersion == 13)
        // A resume from before the restart, older than the in-memory history, is served from the events table.
        let stream = try store.watch(resource: "pods", fromResourceVersion: 8)
        var iterator = stream.makeAsyncIterator()
        #expect(
            describe(try await iterator.take(4)) == [
                "ADDED pods/ns/p8@9", "ADDED pods/ns/p9@10", "DELETED pods/ns/p9@11", "ADDED pods/ns/new@13",
            ])
    }

    @Test func aCrashImageTakenWithoutCloseHoldsEveryAcknowledgedWrite() throws {
        // What kill -9 leaves: the database file and its WAL as they are between transactions, never
        // checkpointed or closed. Copy both while the store is open, then open the copy.
        let fixture = try StoreFixture()
        let store = try fixture.open()
        var acknowledged: [ObjectKey: Int64] = [:]
        for index in 0..<300 {
            let key = pod("ns\(index % 4)", "p\(index % 120)")
            acknowledged[key] = try store.put(key).resourceVersion
        }
        let results = store.writeBatch((0..<50).map { index in
            WriteRequest(ObjectKey(resource: "nodes", name: "n\(index)")) { _, next in
                .put(uid: "n", data: body("n\(index)", next), labels: [:], fields: [:])
            }
        })
        for result in results { let written = try result.get(); acknowledged[try #require(written.object).key] = written.resourceVersion }
        _ = try store.delete(pod("ns0", "p0"))
        acknowledged[pod("ns0", "p0")] = nil
        let lastVersion = store.resourceVersion

        let crashPath = fixture.directory.appendingPathComponent("crash.sqlite").path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: crashPath)
        #expect(FileManager.default.fileExists(atPath: fixture.path + "-wal"))
        try FileManager.default.copyItem(atPath: fixture.path + "-wal", toPath: crashPath + "-wal")

        let recovered = try fixture.open(at: crashPath)
        #expect(recovered.resourceVersion == lastVersion)
        #expect(recovered.count(resource: "pods") + recovered.count(resource: "nodes") == acknowledged.count)
        for (key, version) in acknowledged {
            #expect(recovered.get(key)?.resourceVersion == version)
            #expect(recovered.get(key)?.data == body(key.name, version))
        }
        #expect(try recovered.put(pod("ns", "after")).resourceVersion == lastVersion + 1)
        withExtendedLifetime(store) {}
    }

    @Test func compactionTrimsTheEventLogAndKeepsTheResourceVersion() throws {
        let fixture = try StoreFixture()
        do {
            let store = try fixture.open(historyCapacity: 10, retainedEvents: 100, compactionChunk: 7)
            for index in 0..<500 { try store.put(pod("ns", "p\(index % 20)")) }
            _ = try store.delete(pod("ns", "p0"))
            #expect(try store.compact() == 401)
            #expect(try store.compact() == 401)
            try store.close()
        }
        let store = try fixture.open(historyCapacity: 10, retainedEvents: 100)
        #expect(store.resourceVersion == 501)
        #expect(store.count(resource: "pods") == 19)
        // The floor survived the restart: 401 is the oldest resumable point, older ones are gone.
        _ = try store.watch(resource: "pods", fromResourceVersion: 401)
        let error = #expect(throws: StoreError.self) { try store.watch(resource: "pods", fromResourceVersion: 400) }
        #expect(error?.code == .expired)
    }

    @Test func automaticCompactionRunsInTheBackground() async throws {
        let fixture = try StoreFixture()
        let store = try fixture.open(retainedEvents: 50, compactionChunk: 10, autoCompact: true)
        for index in 0..<200 { try store.put(pod("ns", "p\(index % 10)")) }
        // close() waits for a running compaction.
        try store.close()
        let reopened = try fixture.open(retainedEvents: 50)
        let error = #expect(throws: StoreError.self) { try reopened.watch(resource: "pods", fromResourceVersion: 1) }
        #expect(error?.code == .expired)
        #expect(reopened.resourceVersion == 200)
    }
}
