import KubeModel
import Testing

@testable import KubeRuntime

/// The store's indexes: filed on add, refiled on update, unfiled on delete and replace.
struct IndexedStoreTests {
    func makeStore() -> IndexedStore<Pod> {
        IndexedStore(indexes: [.podsByNodeName, .byControllerUID])
    }

    func names(_ pods: [Pod]) -> [String] { pods.map(\.metadata.name).sorted() }

    @Test func podsAreFiledByNodeAndByController() {
        let store = makeStore()
        store.add(Fixtures.pod("a", node: "n1", ownerUID: "ds-1"))
        store.add(Fixtures.pod("b", node: "n1", ownerUID: "ds-2"))
        store.add(Fixtures.pod("c", node: "n2", ownerUID: "ds-1"))
        store.add(Fixtures.pod("orphan", node: "n2"))
        #expect(names(store.byIndex(IndexName.nodeName, "n1")) == ["a", "b"])
        #expect(names(store.byIndex(IndexName.nodeName, "n2")) == ["c", "orphan"])
        #expect(names(store.byIndex(IndexName.controllerUID, "ds-1")) == ["a", "c"])
        #expect(store.keys(inIndex: IndexName.controllerUID, value: "ds-2") == ["default/b"])
        #expect(store.indexedValues(IndexName.controllerUID).sorted() == ["ds-1", "ds-2"])
        #expect(store.get("default/orphan")?.spec.nodeName == "n2")
        #expect(store.count == 4)
    }

    @Test(arguments: [
        ("", "Running", false),
        ("n1", "Pending", true),
        ("n1", "Running", true),
        ("n1", "Succeeded", false),
        ("n1", "Failed", false),
    ])
    func onlyActiveBoundPodsAreFiledByNode(node: String, phase: String, filed: Bool) {
        let store = makeStore()
        store.add(Fixtures.pod("p", node: node, phase: phase))
        #expect(store.byIndex(IndexName.nodeName, "n1").isEmpty == !filed)
    }

    @Test func anUpdateMovesThePodBetweenIndexValues() {
        let store = makeStore()
        store.add(Fixtures.pod("a", node: "n1", ownerUID: "ds-1"))
        let old = store.update(Fixtures.pod("a", resourceVersion: "2", node: "n2", ownerUID: "ds-1"))
        #expect(old?.spec.nodeName == "n1")
        #expect(store.byIndex(IndexName.nodeName, "n1").isEmpty)
        #expect(names(store.byIndex(IndexName.nodeName, "n2")) == ["a"])
        #expect(store.indexedValues(IndexName.nodeName) == ["n2"], "an emptied value is dropped from the index")
    }

    @Test func deleteAndReplaceUnfile() {
        let store = makeStore()
        store.add(Fixtures.pod("a", node: "n1"))
        store.add(Fixtures.pod("b", node: "n1"))
        #expect(store.delete(key: "default/a")?.metadata.name == "a")
        #expect(names(store.byIndex(IndexName.nodeName, "n1")) == ["b"])
        let previous = store.replace(with: [Fixtures.pod("c", node: "n3")])
        #expect(previous.keys.sorted() == ["default/b"])
        #expect(store.byIndex(IndexName.nodeName, "n1").isEmpty)
        #expect(names(store.byIndex(IndexName.nodeName, "n3")) == ["c"])
        #expect(store.byIndex("no-such-index", "n3").isEmpty)
    }
}

/// Indexes added to a store that already holds objects (a second component sharing the informer).
struct IndexedStoreAddedIndexTests {
    @Test func anAddedIndexFilesStoredAndLaterObjects() {
        let store = IndexedStore<Pod>(indexes: [.podsByNodeName])
        store.add(Fixtures.pod("a", node: "n1", ownerUID: "ds-1"))
        store.addIndexes([.byControllerUID])
        store.add(Fixtures.pod("b", node: "n2", ownerUID: "ds-1"))
        #expect(store.byIndex(IndexName.controllerUID, "ds-1").map(\.metadata.name).sorted() == ["a", "b"])
        store.delete(key: "default/a")
        #expect(store.keys(inIndex: IndexName.controllerUID, value: "ds-1") == ["default/b"])
        store.replace(with: [Fixtures.pod("c", node: "n3", ownerUID: "ds-2")])
        #expect(store.indexedValues(IndexName.controllerUID) == ["ds-2"])
        #expect(store.keys(inIndex: IndexName.nodeName, value: "n3") == ["default/c"])
    }

    /// An index name already maintained keeps its first function, as every component asking for
    /// `nodeName` means the same index.
    @Test func anIndexNameAlreadyMaintainedIsKept() {
        let store = IndexedStore<Pod>(indexes: [.podsByNodeName])
        store.addIndexes([IndexFunction<Pod>(name: IndexName.nodeName) { _ in ["elsewhere"] }])
        store.add(Fixtures.pod("a", node: "n1"))
        #expect(store.indexedValues(IndexName.nodeName) == ["n1"])
    }
}

/// `byIndex` keeps its answer while the objects under that value are unchanged, and keeps each object's
/// position while it stays filed.
struct IndexedStoreListingTests {
    @Test func aListingIsKeptUntilOneOfItsObjectsChanges() {
        let store = IndexedStore<Pod>(indexes: [.byControllerUID, .podsByNodeName])
        for name in ["a", "b", "c"] { store.add(Fixtures.pod(name, node: "n-" + name, ownerUID: "ds-1")) }
        store.add(Fixtures.pod("other", node: "n-a", ownerUID: "ds-2"))
        let first = store.byIndex(IndexName.controllerUID, "ds-1")
        let identities = { (pods: [Pod]) in pods.map(\.storageIdentity) }
        #expect(identities(store.byIndex(IndexName.controllerUID, "ds-1")) == identities(first))

        // Another value's object changes: this listing stays.
        store.update(Fixtures.pod("other", resourceVersion: "2", node: "n-b", ownerUID: "ds-2"))
        #expect(identities(store.byIndex(IndexName.controllerUID, "ds-1")) == identities(first))

        // One of its objects changes: the listing shows the new object.
        store.update(Fixtures.pod("b", resourceVersion: "2", node: "n-z", ownerUID: "ds-1"))
        let second = store.byIndex(IndexName.controllerUID, "ds-1")
        #expect(second.first { $0.metadata.name == "b" }?.spec.nodeName == "n-z")
        #expect(store.byIndex(IndexName.nodeName, "n-z").map(\.metadata.name) == ["b"])
        #expect(store.byIndex(IndexName.nodeName, "n-b").map(\.metadata.name) == ["other"])

        #expect(store.byIndex(IndexName.nodeName, "n-a").map(\.metadata.name) == ["a"])
        store.delete(key: "default/a")
        #expect(store.byIndex(IndexName.controllerUID, "ds-1").map(\.metadata.name).sorted() == ["b", "c"])
        #expect(store.byIndex(IndexName.nodeName, "n-a").isEmpty)
        store.replace(with: [Fixtures.pod("d", node: "n-d", ownerUID: "ds-1")])
        #expect(store.byIndex(IndexName.controllerUID, "ds-1").map(\.metadata.name) == ["d"])
    }

    @Test func objectsKeepTheirPositionsAndARemovalFillsItsSlotWithTheLast() {
        let store = IndexedStore<Pod>(indexes: [.byControllerUID])
        let names = (0..<6).map { "p\($0)" }
        for name in names { store.add(Fixtures.pod(name, node: "n", ownerUID: "ds-1")) }
        let listed = { store.byIndex(IndexName.controllerUID, "ds-1").map(\.metadata.name) }
        let before = listed()
        #expect(before.sorted() == names)

        // Changed objects stay where they were, with their new content.
        store.update(Fixtures.pod(before[2], resourceVersion: "2", node: "m", ownerUID: "ds-1"))
        store.update(Fixtures.pod(before[4], resourceVersion: "2", node: "m", ownerUID: "ds-1"))
        #expect(listed() == before)
        #expect(store.byIndex(IndexName.controllerUID, "ds-1")[2].spec.nodeName == "m")

        // A removal moves the last object into the removed one's slot; the keys follow the objects.
        store.delete(key: "default/" + before[1])
        var expected = before
        expected[1] = expected.removeLast()
        #expect(listed() == expected)
        #expect(store.keys(inIndex: IndexName.controllerUID, value: "ds-1") == expected.map { "default/" + $0 })

        // An object leaving the value is unfiled the same way; an added one goes to the end.
        store.update(Fixtures.pod(expected[0], resourceVersion: "3", node: "n", ownerUID: "ds-2"))
        expected[0] = expected.removeLast()
        store.add(Fixtures.pod("late", node: "n", ownerUID: "ds-1"))
        expected.append("late")
        #expect(listed() == expected)
        #expect(store.byIndex(IndexName.controllerUID, "ds-2").map(\.metadata.name) == [before[0]])
    }
}
