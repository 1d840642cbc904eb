import Foundation
import KubeModel
import Testing

/// Decoded objects share one copy of their repeated strings, and decoding still gives back what was sent.
@Suite struct StringInternerTests {
    /// The address of a string's UTF-8 buffer (nil for a string stored inline).
    func buffer(_ string: String) -> UnsafeRawPointer? {
        string.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    func decodedPod(uid: String) throws -> Pod {
        let json = """
            {"metadata":{"name":"agent-\(uid.prefix(5))","uid":"\(uid)","labels":{"app.kubernetes.io/name":"agent","controller-revision-hash":"6d4f8b9c7"},
            "ownerReferences":[{"apiVersion":"apps/v1","kind":"DaemonSet","name":"agent","uid":"5b1c2d3e-0000-4000-8000-00000000000a","controller":true}]},
            "spec":{"containers":[]},"status":{"conditions":[{"type":"PodReadyToStartContainers","status":"True"},{"type":"Ready","status":"True"}]}}
            """
        return try Pod.decode(json: Data(json.utf8))
    }

    @Test func twoDecodedPodsShareTheirRepeatedStrings() throws {
        let first = try decodedPod(uid: UUID().uuidString.lowercased())
        let second = try decodedPod(uid: UUID().uuidString.lowercased())
        let firstKey = try #require(first.metadata.labels.keys.first { $0 == "controller-revision-hash" })
        let secondKey = try #require(second.metadata.labels.keys.first { $0 == "controller-revision-hash" })
        #expect(buffer(firstKey) != nil)
        #expect(buffer(firstKey) == buffer(secondKey))
        let owner = try #require(first.metadata.ownerReferences.first?.uid)
        #expect(buffer(owner) == buffer(try #require(second.metadata.ownerReferences.first?.uid)))
        #expect(buffer(first.status.conditions[0].type) == buffer(second.status.conditions[0].type))
        // Values that differ between objects are not shared, and every value reads back as sent.
        #expect(first.metadata.uid != second.metadata.uid)
        #expect(first.metadata.labels == ["app.kubernetes.io/name": "agent", "controller-revision-hash": "6d4f8b9c7"])
        #expect(first.metadata.ownerReferences.first?.uid == "5b1c2d3e-0000-4000-8000-00000000000a")
        #expect(first.status.conditions.map(\.type) == ["PodReadyToStartContainers", "Ready"])
    }

    @Test func internReturnsAnEqualString() {
        let long = String(repeating: "k", count: 40) + UUID().uuidString
        #expect(StringInterner.intern(long) == long)
        #expect(buffer(StringInterner.intern(String(long.utf8) ?? "")) == buffer(StringInterner.intern(long)))
        #expect(StringInterner.intern("short") == "short")
        #expect(StringInterner.internKeys(["a": "1", long: "2"]) == ["a": "1", long: "2"])
    }
}
