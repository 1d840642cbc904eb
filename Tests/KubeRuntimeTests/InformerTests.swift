import KubeClient
import KubeModel
import KubeTestSupport
import Testing

@testable import KubeRuntime

/// The informer end to end over a scripted lister-watcher: what the handlers hear, the store, the sync flag,
/// summaries instead of whole objects, and resync.
struct InformerTests {
    /// What a handler heard, as `kind name@resourceVersion`.
    final class Log: Sendable {
        let entries = Locked<[String]>([])

        var handler: InformerEventHandler<Pod> {
            InformerEventHandler(
                onAdd: { pod in self.entries.mutate { $0.append("add \(pod.metadata.name)@\(pod.metadata.resourceVersion)") } },
                onUpdate: { old, new in
                    self.entries.mutate {
                        $0.append("update \(new.metadata.name)@\(old.metadata.resourceVersion)->\(new.metadata.resourceVersion)")
                    }
                },
                onDelete: { pod, unknown in
                    self.entries.mutate { $0.append("delete \(pod.metadata.name)\(unknown ? " (tombstone)" : "")") }
                })
        }
    }

    /// Runs `informer` until `source` is spent.
    func run<Cached>(_ informer: Informer<Pod, Cached>, until source: ScriptedListerWatcher) async throws {
        await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await informer.run() }
            #expect(await eventually { source.isSpent })
            group.cancelAll()
        }
    }

    @Test func handlersHearAddsUpdatesDeletesAndTombstonesInOrder() async throws {
        let clock = JumpingClock()
        let source = ScriptedListerWatcher(
            [
                .list([Fixtures.pod("a", resourceVersion: "1"), Fixtures.pod("b", resourceVersion: "2")], resourceVersion: "2"),
                .watch(
                    [
                        Fixtures.event(.modified, Fixtures.pod("a", resourceVersion: "3")),
                        Fixtures.event(.added, Fixtures.pod("c", resourceVersion: "4")),
                        Fixtures.event(.deleted, Fixtures.pod("b", resourceVersion: "5")),
                        // A deletion of something never seen is dropped.
                        Fixtures.event(.deleted, Fixtures.pod("zz", resourceVersion: "6")),
                    ], end: KubeClientError(.expired, "gone", httpStatus: 410)),
                // The relist misses "c": its deletion was lost, so handlers get a tombstone.
                .list([Fixtures.pod("a", resourceVersion: "3"), Fixtures.pod("d", resourceVersion: "8")], resourceVersion: "9"),
            ], clock: clock)
        let informer = Informer(source: source, indexes: [.podsByNodeName], clock: clock, random: .constant(0))
        let log = Log()
        informer.addEventHandler(log.handler)
        #expect(!informer.hasSynced)
        try await run(informer, until: source)

        #expect(log.entries.value == [
            "add a@1", "add b@2",
            "update a@1->3", "add c@4", "delete b",
            "update a@3->3", "add d@8", "delete c (tombstone)",
        ])
        #expect(informer.hasSynced)
        #expect(informer.store.keys.sorted() == ["default/a", "default/d"])
    }

    @Test func aHandlerAddedLateHearsEveryStoredObjectAsAnAdd() async throws {
        let source = ScriptedListerWatcher([.list([Fixtures.pod("a"), Fixtures.pod("b")], resourceVersion: "5")])
        let informer = Informer(source: source, random: .constant(0))
        await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await informer.run() }
            #expect(await informer.waitForSync())
            let log = Log()
            informer.addEventHandler(log.handler)
            #expect(log.entries.value.sorted() == ["add a@1", "add b@1"])
            group.cancelAll()
        }
    }

    /// What the DaemonSet controller keeps per pod instead of the whole object.
    struct PodSummary: Sendable, Hashable {
        var key: String
        var nodeName: String
        var ownerUID: String?
    }

    @Test func aTransformStoresSummariesIndexedByTheirOwnFields() async throws {
        let source = ScriptedListerWatcher([
            .list([Fixtures.pod("a", node: "n1", ownerUID: "ds-1"), Fixtures.pod("b", node: "n2")], resourceVersion: "5"),
            .watch([Fixtures.event(.modified, Fixtures.pod("b", resourceVersion: "6", node: "n1", ownerUID: "ds-1"))]),
        ])
        let byNode = IndexFunction<PodSummary>(name: IndexName.nodeName) { $0.nodeName.isEmpty ? [] : [$0.nodeName] }
        let byOwner = IndexFunction<PodSummary>(name: IndexName.controllerUID) { $0.ownerUID.map { [$0] } ?? [] }
        let informer = Informer(
            source: source,
            transform: { pod in
                PodSummary(key: pod.key, nodeName: pod.spec.nodeName, ownerUID: pod.metadata.controllerRef?.uid)
            },
            key: \.key, indexes: [byNode, byOwner], random: .constant(0))
        try await run(informer, until: source)

        #expect(informer.store.byIndex(IndexName.nodeName, "n1").map(\.key).sorted() == ["default/a", "default/b"])
        #expect(informer.store.byIndex(IndexName.controllerUID, "ds-1").count == 2)
        #expect(informer.store.get("default/b") == PodSummary(key: "default/b", nodeName: "n1", ownerUID: "ds-1"))
    }

    @Test func aResyncReannouncesEveryObjectAsAnUpdateToItself() async throws {
        await onOneThread {
            let clock = ManualClock()
            let source = ScriptedListerWatcher([.list([Fixtures.pod("a", resourceVersion: "4")], resourceVersion: "4")])
            var configuration = Informer<Pod, Pod>.Configuration()
            configuration.resyncPeriod = .seconds(30)
            let informer = Informer(source: source, configuration: configuration, clock: clock, random: .constant(0))
            let log = Log()
            informer.addEventHandler(log.handler)
            await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await informer.run() }
                #expect(await eventually { source.isSpent })
                await clock.settle(sleepers: 1)
                clock.advance(by: .seconds(30))
                #expect(await eventually { log.entries.value.count == 2 })
                group.cancelAll()
            }
            #expect(log.entries.value == ["add a@4", "update a@4->4"])
        }
    }
}
