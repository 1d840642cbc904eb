import KubeModel
import Testing

/// The ring of recent writes: a hit is the object recorded at exactly that version and of the asked type.
struct RecentObjectsTests {
    static func pod(_ name: String, version: Int64) -> Pod {
        var pod = Pod()
        pod.metadata.name = name
        pod.metadata.resourceVersion = String(version)
        return pod
    }

    @Test func aRecordedWriteIsFoundAtItsVersionOnly() {
        let recent = RecentObjects(capacity: 8)
        recent.record(Self.pod("a", version: 3), resourceVersion: 3)
        recent.record(Self.pod("b", version: 4), resourceVersion: 4)
        #expect(recent.object(Pod.self, resourceVersion: 3) == Self.pod("a", version: 3))
        #expect(recent.object(Pod.self, resourceVersion: 4) == Self.pod("b", version: 4))
        #expect(recent.object(Pod.self, resourceVersion: 5) == nil)
        #expect(recent.object(Node.self, resourceVersion: 3) == nil)
    }

    @Test func aWriteForgetsTheOneCapacityVersionsBefore() {
        let recent = RecentObjects(capacity: 4)
        for version in Int64(1)...6 {
            recent.record(Self.pod("p\(version)", version: version), resourceVersion: version)
        }
        #expect(recent.object(Pod.self, resourceVersion: 1) == nil)
        #expect(recent.object(Pod.self, resourceVersion: 2) == nil)
        for version in Int64(3)...6 {
            #expect(recent.object(Pod.self, resourceVersion: version)?.metadata.name == "p\(version)")
        }
    }
}
