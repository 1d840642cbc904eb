import Foundation
import KubeAPIServer
import KubeClient
import KubeModel
import KubeTestSupport
import Logging
import ServiceLifecycle
import Testing

@testable import daemonry

/// `daemonry up`'s in-process transport: a `KubeClient` answered by the API server's router in the same
/// process, with the same `Status` errors, authentication and watch behaviour as over HTTPS.
@Suite struct InProcessTransportTests {
    /// What a test gets: the store behind the server, and clients over the in-process transport.
    struct Harness {
        let controlPlane: ControlPlane
        let server: APIServer
        let transport: InProcessTransport
        let shutdown: @Sendable () async -> Void

        /// A client sending `token` (the admin's unless given), as `daemonry up`'s components do, and sharing
        /// the store's recent objects when `sharingRecentObjects`, as they do too.
        func client(token: String? = nil, sharingRecentObjects: Bool = false) -> KubeClient {
            var config = RESTConfig(host: "https://127.0.0.1:6443")
            config.bearerToken = token ?? server.pki.token
            var configuration = KubeClient.Configuration()
            if sharingRecentObjects { configuration.recentObjects = controlPlane.recentObjects }
            return KubeClient(config: config, configuration: configuration, transport: transport)
        }
    }

    /// Opens a store, a server that never listens, and runs the transport in a service group around `body`.
    func withInProcessServer(_ body: (Harness) async throws -> Void) async throws {
        try await withTemporaryDirectory { directory in
            var logger = Logger(label: "test.in-process")
            logger.logLevel = .warning
            let controlPlane = try await ControlPlane(dataDirectory: directory, logger: logger)
            defer { try? controlPlane.store.close() }
            let server = try APIServer(
                configuration: APIServer.Configuration(dataDirectory: directory, port: 0), routes: controlPlane.routes,
                logger: logger)
            let transport = InProcessTransport(responder: server.makeInProcessResponder())
            let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [transport], logger: logger))
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                let harness = Harness(
                    controlPlane: controlPlane, server: server, transport: transport,
                    shutdown: { await group.triggerGracefulShutdown() })
                do {
                    try await body(harness)
                } catch {
                    await group.triggerGracefulShutdown()
                    throw error
                }
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
            }
        }
    }

    func lease(_ name: String, holder: String = "a") -> Lease {
        var lease = Lease()
        lease.metadata.name = name
        lease.metadata.namespace = "default"
        lease.spec.holderIdentity = holder
        return lease
    }

    /// The error `operation` throws, as a `KubeClientError`.
    func clientError(_ operation: () async throws -> Void) async -> KubeClientError? {
        do {
            try await operation()
            return nil
        } catch {
            return error as? KubeClientError
        }
    }

    /// Creates and updates hand the server their objects in place of their bodies: what is stored and watched
    /// (here from the recent writes) is what the bodies would have said, defaulted and validated as ever.
    @Test func objectsHandedOverInProcessAreStoredAsTheirBodiesSay() async throws {
        try await withInProcessServer { harness in
            let client = harness.client(sharingRecentObjects: true)
            let stream = try await client.watch(Pod.self, namespace: "default")
            var pod = Pod()
            pod.metadata.name = "p"
            pod.metadata.namespace = "default"
            pod.metadata.labels = ["app": "a"]
            var container = Container()
            container.name = "c"
            container.image = "i"
            pod.spec.containers = [container]
            let created = try await client.create(pod)
            #expect(created.metadata.labels == ["app": "a"])
            #expect(created.spec.containers.first?.terminationMessagePolicy == "File")

            var running = created
            running.status.phase = "Running"
            running.spec.containers[0].image = "ignored-by-a-status-update"
            let updated = try await client.updateStatus(running)
            #expect(updated.status.phase == "Running")
            #expect(updated.spec.containers.first?.image == "i")

            let key = harness.controlPlane.pods.key(namespace: "default", name: "p")
            let stored = try #require(harness.controlPlane.store.get(key))
            #expect(try Pod.decode(json: stored.data) == updated)
            var events = stream.makeAsyncIterator()
            #expect(try await events.next()?.object == created)
            #expect(try await events.next()?.object == updated)

            var invalid = pod
            invalid.metadata.name = "Not_A_Name"
            let error = await clientError { _ = try await client.create(invalid) }
            #expect(error?.httpStatus == 422)
            #expect(error?.message.contains("metadata.name: Invalid value: \"Not_A_Name\"") == true)
        }
    }

    @Test func createGetListUpdatePatchDeleteWithStatusErrors() async throws {
        try await withInProcessServer { harness in
            let client = harness.client()
            let created = try await client.create(lease("a"))
            #expect(created.metadata.resourceVersion.isEmpty == false)
            #expect(created.metadata.uid.count == 36)

            let duplicate = await clientError { _ = try await client.create(lease("a")) }
            #expect(duplicate?.code == .alreadyExists)
            #expect(duplicate?.httpStatus == 409)
            #expect(duplicate?.message == "leases.coordination.k8s.io \"a\" already exists")

            #expect(try await client.get(Lease.self, name: "a", namespace: "default") == created)
            let list = try await client.list(Lease.self, namespace: "default")
            #expect(list.items.map(\.metadata.name) == ["a"])

            var changed = created
            changed.spec.holderIdentity = "b"
            let updated = try await client.update(changed)
            #expect(updated.spec.holderIdentity == "b")
            let stale = await clientError { _ = try await client.update(changed) }
            #expect(stale?.code == .conflict)
            #expect(stale?.httpStatus == 409)

            let patched = try await client.patch(
                Lease.self, name: "a", namespace: "default", patch: .merge(["spec": ["holderIdentity": "c"]]))
            #expect(patched.spec.holderIdentity == "c")

            var invalid = Pod()
            invalid.metadata.name = "no-containers"
            invalid.metadata.namespace = "default"
            let rejected = await clientError { _ = try await client.create(invalid) }
            #expect(rejected?.code == .invalid)
            #expect(rejected?.httpStatus == 422)
            #expect(rejected?.status?.details?.causes.isEmpty == false)

            #expect(try await client.delete(Lease.self, name: "a", namespace: "default") == nil)
            let missing = await clientError { _ = try await client.get(Lease.self, name: "a", namespace: "default") }
            #expect(missing?.code == .notFound)
            #expect(missing?.httpStatus == 404)
        }
    }

    @Test func requestsWithoutTheTokenAreUnauthorized() async throws {
        try await withInProcessServer { harness in
            var config = RESTConfig(host: "https://127.0.0.1:6443")
            config.bearerToken = nil
            let anonymous = KubeClient(config: config, transport: harness.transport)
            let refused = await clientError { _ = try await anonymous.list(Lease.self, namespace: "default") }
            #expect(refused?.code == .unauthorized)
            #expect(refused?.httpStatus == 401)
            let wrong = await clientError { _ = try await harness.client(token: "wrong").list(Lease.self) }
            #expect(wrong?.code == .unauthorized)
            // Public paths stay public, as over HTTPS.
            let version = try await anonymous.request(method: .GET, path: "/version")
            #expect(String(decoding: version, as: UTF8.self).contains("gitVersion"))
        }
    }

    @Test func watchStreamsAddedModifiedDeletedInOrder() async throws {
        try await withInProcessServer { harness in
            let client = harness.client()
            let start = try await client.list(Lease.self, namespace: "default").metadata.resourceVersion
            let events = try await client.watch(Lease.self, namespace: "default", options: watchOptions(from: start))
            _ = try await client.create(lease("w"))
            _ = try await client.patch(
                Lease.self, name: "w", namespace: "default", patch: .merge(["spec": ["holderIdentity": "b"]]))
            try await client.delete(Lease.self, name: "w", namespace: "default")
            var seen: [String] = []
            for try await event in events {
                seen.append("\(event.type) \(event.object.metadata.name) \(event.object.spec.holderIdentity ?? "")")
                if seen.count == 3 { break }
            }
            #expect(seen == ["ADDED w a", "MODIFIED w b", "DELETED w b"])
        }
    }

    @Test func cancellingTheWatchingTaskEndsTheServerSideWatch() async throws {
        try await withInProcessServer { harness in
            let client = harness.client()
            let store = harness.controlPlane.store
            let before = store.watcherCount
            await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for try await _ in try await client.watch(Lease.self, namespace: "default") {}
                }
                #expect(await eventually { store.watcherCount == before + 1 })
                group.cancelAll()
                do {
                    try await group.waitForAll()
                } catch {
                    #expect(error is CancellationError, "\(error)")
                }
            }
            #expect(await eventually { store.watcherCount == before })
        }
    }

    @Test func droppingTheWatchWithoutCancellingEndsTheServerSideWatch() async throws {
        try await withInProcessServer { harness in
            let client = harness.client()
            let store = harness.controlPlane.store
            let before = store.watcherCount
            let start = try await client.list(Lease.self, namespace: "default").metadata.resourceVersion
            _ = try await client.create(lease("d"))
            let options = watchOptions(from: start)
            for try await event in try await client.watch(Lease.self, namespace: "default", options: options) {
                #expect(event.type == "ADDED")
                break
            }
            #expect(await eventually { store.watcherCount == before })
        }
    }

    @Test func gracefulShutdownEndsWatches() async throws {
        try await withInProcessServer { harness in
            let client = harness.client()
            let store = harness.controlPlane.store
            let before = store.watcherCount
            _ = try await client.create(lease("g"))
            let (streaming, started) = AsyncStream<Void>.makeStream()
            try await withThrowingTaskGroup(of: Int.self) { group in
                group.addTask {
                    var count = 0
                    for try await _ in try await client.watch(Lease.self, namespace: "default") {
                        count += 1
                        started.yield()
                    }
                    return count
                }
                // The watch from now starts with the lease as ADDED; once that arrived, the body streams.
                for await _ in streaming { break }
                await harness.shutdown()
                // The watch ends as an HTTPS one does when the server shuts down: the stream just ends.
                let events = try await group.next()
                #expect(events == 1)
            }
            #expect(await eventually { store.watcherCount == before })
        }
    }
}
