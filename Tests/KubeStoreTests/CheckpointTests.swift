import Foundation
import KubeStore
import Testing

/// WAL checkpoints run beside the writer, and a WAL that outgrows its bound starts over.
@Suite struct CheckpointTests {
    /// Every write is 4 KiB and its own transaction: without checkpoints the WAL ends past 70 MiB. The bound
    /// leaves room for a background checkpoint slowed by a busy machine.
    @Test func theWALStaysBoundedWhileWritesGoOnAndNothingIsLost() throws {
        let fixture = try StoreFixture()
        let padding = #","padding":""# + String(repeating: "x", count: 4_096) + #"""#
        var configuration = ObjectStore.Configuration(path: fixture.path)
        configuration.checkpointInterval = .zero
        configuration.walCatchUpPages = 32
        var largestWAL = 0
        do {
            let store = try ObjectStore(configuration: configuration, logger: StoreFixture.logger)
            for index in 0..<2_000 {
                _ = try store.write(pod("ns", "p\(index % 500)")) { _, next in
                    .put(uid: "u\(index % 500)", data: body("p\(index % 500)", next, padding), labels: [:], fields: [:])
                }
                let size = (try? FileManager.default.attributesOfItem(atPath: fixture.path + "-wal")[.size] as? Int) ?? 0
                largestWAL = max(largestWAL, size ?? 0)
            }
            try store.close()
        }
        #expect(largestWAL > 0)
        #expect(largestWAL < 20 << 20, "the WAL reached \(largestWAL) bytes")
        let reopened = try fixture.open()
        #expect(reopened.resourceVersion == 2_000)
        #expect(reopened.count(resource: "pods") == 500)
        #expect(reopened.get(pod("ns", "p499"))?.data == body("p499", 2_000, padding))
    }
}
