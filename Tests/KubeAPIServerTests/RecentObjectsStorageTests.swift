import Foundation
import KubeModel
import KubeStore
import KubeTestSupport
import Logging
import Testing

@testable import KubeAPIServer

/// The registries record each committed write's typed object at the write's resourceVersion, equal to what
/// the stored bytes decode to: a create, a status patch, a graceful deletion's mark and the final delete.
struct RecentObjectsStorageTests {
    @Test func everyCommittedWriteIsRecordedAsItsBytesDecode() async throws {
        try await withTemporaryDirectory { directory in
            let controlPlane = try await ControlPlane(dataDirectory: directory, logger: Logger(label: "test"))
            defer { try? controlPlane.store.close() }
            let pods = controlPlane.pods
            func recorded(_ data: Data) throws -> Bool {
                let stored = try Pod.decode(json: data)
                let version = try #require(Int64(stored.metadata.resourceVersion))
                return controlPlane.recentObjects.object(Pod.self, resourceVersion: version) == stored
            }
            let body = #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","labels":{"app":"a"}},"spec":{"nodeName":"n","containers":[{"name":"c","image":"i"}]}}"#
            let created = try await pods.create(
                namespace: "default", body: Array(body.utf8), contentType: "application/json", options: WriteOptions())
            #expect(try recorded(created.data))

            let running = try await pods.patch(
                namespace: "default", name: "p", patch: Array(#"{"status":{"phase":"Running"}}"#.utf8),
                contentType: "application/merge-patch+json", target: .status, options: WriteOptions())
            #expect(try recorded(running.data))
            #expect(try Pod.decode(json: running.data).status.phase == "Running")

            let marked = try await pods.delete(namespace: "default", name: "p", request: DeleteRequest())
            #expect(!marked.deleted)
            #expect(try recorded(marked.data))

            var options = DeleteOptions()
            options.gracePeriodSeconds = 0
            let deleted = try await pods.delete(
                namespace: "default", name: "p", request: DeleteRequest(options: options))
            #expect(deleted.deleted)
            #expect(try recorded(deleted.data))
        }
    }
}

/// The garbage collector's header of an object is the same whether read from its recent typed state or
/// decoded from its bytes.
struct RecentObjectHeaderTests {
    @Test(arguments: [false, true])
    func aHeaderFromTheTypedStateMatchesTheDecodedOne(deleting: Bool) throws {
        var pod = Pod()
        pod.metadata.name = "p"
        pod.metadata.namespace = "ns"
        pod.metadata.uid = "u"
        pod.metadata.resourceVersion = "7"
        pod.metadata.finalizers = ["foregroundDeletion"]
        var owner = OwnerReference()
        owner.apiVersion = "apps/v1"
        owner.kind = "DaemonSet"
        owner.name = "ds"
        owner.uid = "o"
        pod.metadata.ownerReferences = [owner]
        if deleting { pod.metadata.deletionTimestamp = Time(Date(timeIntervalSince1970: 1_800_000_000)) }
        let stored = StoredObject(
            key: ObjectKey(resource: "pods", namespace: "ns", name: "p"), uid: "u", resourceVersion: 7,
            data: pod.jsonData())
        let recent = RecentObjects(capacity: 4)
        recent.record(pod, resourceVersion: 7)

        let typed = try #require(ObjectHeader(stored, recent: recent)).metadata
        let decoded = try #require(ObjectHeader(stored, recent: nil)).metadata
        #expect(typed.namespace == decoded.namespace)
        #expect(typed.name == decoded.name)
        #expect(typed.ownerReferences == decoded.ownerReferences)
        #expect(typed.deletionTimestamp == decoded.deletionTimestamp)
        #expect((typed.deletionTimestamp != nil) == deleting)
        #expect(typed.finalizers == decoded.finalizers)
    }
}
