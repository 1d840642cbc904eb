import Foundation
import KubeModel
import KubeStore
import Testing

@Suite struct ListTests {
    @Test func listIsSortedFilteredByNamespaceAndCarriesTheSnapshotResourceVersion() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.put(pod("b", "x"))
        try store.put(pod("a", "y"))
        try store.put(pod("a", "b"))
        try store.put(ObjectKey(resource: "nodes", name: "n1"))
        let all = try store.list(resource: "pods")
        #expect(all.items.map(\.key.description) == ["pods/a/b", "pods/a/y", "pods/b/x"])
        #expect(all.resourceVersion == 4)
        #expect(all.continueToken == nil)
        let inA = try store.list(resource: "pods", namespace: "a")
        #expect(inA.items.map(\.key.name) == ["b", "y"])
        #expect(try store.list(resource: "nodes").items.map(\.key.name) == ["n1"])
        #expect(try store.list(resource: "services").items.isEmpty)
    }

    /// The store keeps each namespace's names sorted as objects come and go; lists, counts and a reopened store
    /// must agree with a plain sort of what exists.
    @Test func listOrderFollowsCreatesAndDeletesInAnyOrder() throws {
        let fixture = try StoreFixture()
        var expected: Set<ObjectKey> = []
        do {
            let store = try fixture.open()
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<600 {
                let key = pod("ns\(Int.random(in: 0..<3, using: &generator))", "p\(Int.random(in: 0..<200, using: &generator))")
                if expected.contains(key) && Bool.random(using: &generator) {
                    _ = try store.delete(key)
                    expected.remove(key)
                } else {
                    try store.put(key)
                    expected.insert(key)
                }
            }
            #expect(try store.list(resource: "pods").items.map(\.key) == expected.sorted())
            #expect(try store.list(resource: "pods", namespace: "ns1").items.map(\.key) == expected.filter { $0.namespace == "ns1" }.sorted())
            #expect(store.count(resource: "pods", namespace: "ns2") == expected.filter { $0.namespace == "ns2" }.count)
            let firstPage = try store.list(resource: "pods", namespace: "ns0", limit: 7)
            #expect(firstPage.items.map(\.key) == Array(expected.filter { $0.namespace == "ns0" }.sorted().prefix(7)))
            try store.close()
        }
        let reopened = try fixture.open()
        #expect(try reopened.list(resource: "pods").items.map(\.key) == expected.sorted())
    }

    @Test func pagingOverAThousandObjectsReturnsOneConsistentSnapshot() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        var requests: [WriteRequest] = []
        for index in 0..<1_000 {
            let key = pod("ns\(index % 3)", String(format: "pod-%04d", index))
            requests.append(WriteRequest(key) { _, next in .put(uid: "u", data: body(key.name, next), labels: [:], fields: [:]) })
        }
        _ = store.writeBatch(requests)
        let snapshotVersion = store.resourceVersion
        var seen: [ObjectKey] = []
        var token: String?
        var pages = 0
        repeat {
            let page = try store.list(resource: "pods", limit: 100, continue: token)
            #expect(page.resourceVersion == snapshotVersion)
            #expect(page.items.count == 100)
            seen += page.items.map(\.key)
            token = page.continueToken
            pages += 1
            if let remaining = page.remainingItemCount { #expect(remaining == Int64(1_000 - seen.count)) }
            // Changes between pages are not visible to this list.
            try store.put(pod("ns0", "pod-0000-new-\(pages)"))
            _ = try store.delete(try #require(seen.last))
        } while token != nil && pages < 20
        #expect(pages == 10)
        #expect(seen.count == 1_000)
        #expect(Set(seen).count == 1_000)
        #expect(seen == seen.sorted())
        #expect(seen.last?.namespace == "ns2")
    }

    @Test func pagingWithinANamespaceAndAFilter() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        for index in 0..<50 {
            try store.put(pod(index < 25 ? "a" : "b", "p\(index)"), labels: ["even": index % 2 == 0 ? "true" : "false"])
        }
        let filter = StoreFilter(labels: try LabelQuery(parsing: "even=true"))
        var names: [String] = []
        var token: String?
        repeat {
            let page = try store.list(resource: "pods", namespace: "b", matching: filter, limit: 4, continue: token)
            #expect(page.remainingItemCount == nil)
            names += page.items.map(\.key.name)
            token = page.continueToken
        } while token != nil
        #expect(names == (25..<50).filter { $0 % 2 == 0 }.map { "p\($0)" }.sorted())
    }

    @Test func aNamespaceSnapshotServesOnlyThatNamespacesPages() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        for index in 0..<6 { try store.put(pod(index < 3 ? "a" : "b", "p\(index)")) }
        func all(_ namespace: String?) throws -> [String] {
            var names: [String] = []
            var token: String?
            repeat {
                let page = try store.list(resource: "pods", namespace: namespace, limit: 2, continue: token)
                names += page.items.map { $0.key.namespace + "/" + $0.key.name }
                token = page.continueToken
            } while token != nil
            return names
        }
        // Same resourceVersion throughout: each list must get the snapshot of what it lists.
        #expect(try all("a") == ["a/p0", "a/p1", "a/p2"])
        #expect(try all(nil) == ["a/p0", "a/p1", "a/p2", "b/p3", "b/p4", "b/p5"])
        #expect(try all("b") == ["b/p3", "b/p4", "b/p5"])
    }

    @Test func labelAndFieldSelectorsFilterOnTheStoredSets() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.put(pod("ns", "a"), labels: ["app": "web", "tier": "front"], fields: ["spec.nodeName": "n1"])
        try store.put(pod("ns", "b"), labels: ["app": "web"], fields: ["spec.nodeName": "n2"])
        try store.put(pod("ns", "c"), labels: ["app": "db"], fields: ["spec.nodeName": "n1"])
        func names(_ labels: String, _ fields: String) throws -> [String] {
            let filter = StoreFilter(labels: try LabelQuery(parsing: labels), fields: try FieldSelector(parsing: fields))
            return try store.list(resource: "pods", matching: filter).items.map(\.key.name)
        }
        #expect(try names("app=web", "") == ["a", "b"])
        #expect(try names("app in (web,db),!tier", "") == ["b", "c"])
        #expect(try names("", "spec.nodeName=n1") == ["a", "c"])
        #expect(try names("app=web", "spec.nodeName!=n1,metadata.namespace=ns") == ["b"])
        #expect(try names("", "metadata.name=zzz").isEmpty)
        let custom = StoreFilter { labels, _ in labels["tier"] != nil }
        #expect(try store.list(resource: "pods", matching: custom).items.map(\.key.name) == ["a"])
    }

    @Test func badAndExpiredContinueTokens() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        for index in 0..<10 { try store.put(pod("ns", "p\(index)")) }
        let bad = #expect(throws: StoreError.self) { try store.list(resource: "pods", limit: 2, continue: "not-a-token") }
        #expect(bad?.code == .invalidContinue)
        let first = try store.list(resource: "pods", limit: 2)
        let token = try #require(first.continueToken)
        for index in 0..<10 { try store.put(pod("ns", "q\(index)")) }
        try store.compact(retaining: 2)
        let expired = #expect(throws: StoreError.self) { try store.list(resource: "pods", limit: 2, continue: token) }
        #expect(expired?.code == .expired)
        #expect(expired?.message.hasPrefix("The provided continue parameter is too old to display a consistent list result.") == true)
    }
}
