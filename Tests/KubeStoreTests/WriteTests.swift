import Foundation
import KubeStore
import Testing

@Suite struct WriteTests {
    @Test func createGetUpdateBumpOneGlobalResourceVersion() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        #expect(store.resourceVersion == 0)
        let created = try store.create(pod("ns", "a"), uid: "u1", labels: ["app": "x"]) { body("a", $0) }
        #expect(created.outcome == .created)
        #expect(created.resourceVersion == 1)
        #expect(created.previous == nil)
        let node = try store.put(ObjectKey(resource: "nodes", name: "n1"))
        #expect(node.resourceVersion == 2)
        let updated = try store.put(pod("ns", "a"), labels: ["app": "y"])
        #expect(updated.outcome == .updated)
        #expect(updated.resourceVersion == 3)
        #expect(updated.previous?.resourceVersion == 1)
        let stored = try #require(store.get(pod("ns", "a")))
        #expect(stored.resourceVersion == 3)
        #expect(stored.uid == "u1")
        #expect(stored.labels == ["app": "y"])
        #expect(stored.data == body("a", 3))
        #expect(store.get(pod("other", "a")) == nil)
        #expect(store.resourceVersion == 3)
    }

    @Test func createOfAnExistingObjectFailsWithAlreadyExists() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.put(ObjectKey(resource: "daemonsets.apps", namespace: "ns", name: "ds"))
        #expect(throws: StoreError.alreadyExists(ObjectKey(resource: "daemonsets.apps", namespace: "ns", name: "ds"))) {
            try store.create(ObjectKey(resource: "daemonsets.apps", namespace: "ns", name: "ds"), uid: "u") { body("ds", $0) }
        }
        #expect(store.resourceVersion == 1)
    }

    @Test func staleResourceVersionConflictsAndStoresNothing() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let key = pod("ns", "a")
        try store.put(key)
        try store.put(key)
        let error = #expect(throws: StoreError.self) {
            try store.write(key) { current, next in
                try WritePrecondition(resourceVersion: 1).check(current, key: key)
                return .put(uid: "u", data: body("a", next), labels: [:], fields: [:])
            }
        }
        #expect(error?.code == .conflict)
        #expect(
            error?.message
                == "Operation cannot be fulfilled on pods \"a\": the object has been modified; please apply your changes to the latest version and try again"
        )
        #expect(store.get(key)?.resourceVersion == 2)
        #expect(store.resourceVersion == 2)
        let uidError = #expect(throws: StoreError.self) {
            try store.delete(key, precondition: WritePrecondition(uid: "other"))
        }
        #expect(uidError?.code == .conflict)
        #expect(uidError?.message.contains("UID in precondition: other, UID in object meta: uid-a") == true)
        // The current resourceVersion passes.
        let ok = try store.write(key) { current, next in
            try WritePrecondition(resourceVersion: 2).check(current, key: key)
            return .put(uid: "uid-a", data: body("a", next), labels: [:], fields: [:])
        }
        #expect(ok.resourceVersion == 3)
    }

    @Test func deleteRemovesAndReportsTheFinalState() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let key = pod("ns", "a")
        try store.put(key, labels: ["app": "x"])
        let deleted = try store.delete(key) { last, rv in body(last.key.name, rv, #","deleted":true"#) }
        #expect(deleted.outcome == .deleted)
        #expect(deleted.resourceVersion == 2)
        #expect(deleted.object?.data == body("a", 2, #","deleted":true"#))
        #expect(deleted.object?.labels == ["app": "x"])
        #expect(store.get(key) == nil)
        #expect(throws: StoreError.notFound(key)) { try store.delete(key) }
        #expect(store.resourceVersion == 2)
    }

    @Test func aThrowingClosureOrNoChangeStoresNothing() throws {
        struct Invalid: Error {}
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let key = pod("ns", "a")
        try store.put(key)
        #expect(throws: Invalid.self) {
            try store.write(key) { _, _ in throw Invalid() }
        }
        let unchanged = try store.write(key) { _, _ in .noChange }
        #expect(unchanged.outcome == .unchanged)
        #expect(unchanged.resourceVersion == 1)
        #expect(unchanged.object?.resourceVersion == 1)
        #expect(store.resourceVersion == 1)
        #expect(try store.put(key).resourceVersion == 2)
    }

    @Test func batchCommitsInOrderAndFailsOnlyTheThrowingRequest() throws {
        struct Invalid: Error {}
        let fixture = try StoreFixture()
        let store = try fixture.open()
        var requests: [WriteRequest] = []
        for index in 0..<100 {
            requests.append(
                WriteRequest(pod("ns", "p\(index)")) { _, next in
                    .put(uid: "u\(index)", data: body("p\(index)", next), labels: [:], fields: [:])
                })
        }
        requests.append(WriteRequest(pod("ns", "bad")) { _, _ in throw Invalid() })
        // The same key again sees the first write of the batch.
        requests.append(
            WriteRequest(pod("ns", "p0")) { current, next in
                #expect(current?.resourceVersion == 1)
                return .put(uid: "u0", data: body("p0", next), labels: ["second": "true"], fields: [:])
            })
        let results = store.writeBatch(requests)
        #expect(results.count == 102)
        #expect(try results[0].get().resourceVersion == 1)
        #expect(try results[99].get().resourceVersion == 100)
        #expect(throws: Invalid.self) { try results[100].get() }
        #expect(try results[101].get().resourceVersion == 101)
        #expect(try results[101].get().outcome == .updated)
        #expect(store.get(pod("ns", "p0"))?.labels == ["second": "true"])
        #expect(store.count(resource: "pods") == 100)
        #expect(store.resourceVersion == 101)
    }

    @Test func concurrentSubmitsShareCommitsAndGetDistinctResourceVersions() async throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let versions = try await withThrowingTaskGroup(of: Int64.self) { group in
            for index in 0..<200 {
                group.addTask {
                    try await store.submit(pod("ns", "p\(index % 50)")) { current, next in
                        .put(uid: current?.uid ?? "u\(index)", data: body("p", next), labels: [:], fields: [:])
                    }.resourceVersion
                }
            }
            var versions: [Int64] = []
            for try await version in group { versions.append(version) }
            return versions
        }
        #expect(Set(versions).count == 200)
        #expect(versions.max() == 200)
        #expect(store.count(resource: "pods") == 50)
        #expect(store.resourceVersion == 200)
    }

    @Test(arguments: [[:], ["a": "b"], ["app.kubernetes.io/name": "x", "": "", "é": "ü,=\\"]])
    func labelAndFieldSetsSurviveTheRoundTripThroughSQLite(labels: [String: String]) throws {
        let fixture = try StoreFixture()
        do {
            let store = try fixture.open()
            try store.put(pod("ns", "a"), labels: labels, fields: ["spec.nodeName": "n1"])
        }
        let reopened = try fixture.open()
        #expect(reopened.get(pod("ns", "a"))?.labels == labels)
        #expect(reopened.get(pod("ns", "a"))?.fields["spec.nodeName"] == "n1")
    }
}
