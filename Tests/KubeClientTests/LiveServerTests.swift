import Foundation
import KubeAPIServer
import KubeClient
import KubeModel
import KubeTestSupport
import Logging
import Testing

/// The client against the real API server over HTTPS: the kubeconfig the server writes, loaded by the
/// client's loader; TLS and both authentication methods; every operation against `FakePodRoutes`.
@Suite(.serialized) struct LiveServerTests {
    /// Runs `body` against a server serving `FakePodRoutes`, with the admin configuration loaded from the
    /// kubeconfig the server wrote.
    func withFakeServer(
        _ body: (RunningServer, RESTConfig, RouteLog) async throws -> Void
    ) async throws {
        try await withTemporaryDirectory { directory in
            let log = RouteLog()
            try await withServer(dataDirectory: directory, routes: [FakePodRoutes(log: log)]) { server in
                let config = try RESTConfig.load(kubeconfig: server.listening.kubeconfigPath, environment: [:])
                try await body(server, config, log)
            }
        }
    }

    /// Which credentials a request presents.
    enum Credentials: String, CaseIterable, Sendable {
        case certificate, token, tokenFile, insecureWithToken, none, wrongToken, wrongCertificateAuthority
    }

    @Test(arguments: Credentials.allCases)
    func authenticatesWithWhatTheKubeconfigHolds(_ credentials: Credentials) async throws {
        try await withFakeServer { server, admin, _ in
            #expect(admin.host == server.url)
            #expect(admin.certificateAuthorityData != nil && admin.clientCertificateData != nil && admin.bearerToken != nil)
            var config = admin
            switch credentials {
            case .certificate:
                config.bearerToken = nil
            case .token:
                config.clientCertificateData = nil
                config.clientKeyData = nil
            case .tokenFile:
                let path = server.dataDirectory + "/token"
                try "\(admin.bearerToken ?? "")\n".write(toFile: path, atomically: true, encoding: .utf8)
                config.clientCertificateData = nil
                config.clientKeyData = nil
                config.bearerToken = "stale"
                config.bearerTokenFile = path
            case .insecureWithToken:
                config.clientCertificateData = nil
                config.clientKeyData = nil
                config.certificateAuthorityData = nil
                config.insecureSkipTLSVerify = true
            case .none:
                config.bearerToken = nil
                config.clientCertificateData = nil
                config.clientKeyData = nil
            case .wrongToken:
                config.clientCertificateData = nil
                config.clientKeyData = nil
                config.bearerToken = "wrong"
            case .wrongCertificateAuthority:
                let foreign = try ClusterPKI.loadOrCreate(
                    .init(directory: server.dataDirectory + "/foreign-pki"), logger: Logger(label: "test.pki"))
                config.certificateAuthorityData = Array(foreign.caCertificatePEM.utf8)
            }
            try await KubeClient.withClient(config: config) { client in
                do {
                    let pod = try await client.get(Pod.self, name: "web", namespace: "default")
                    #expect([.certificate, .token, .tokenFile, .insecureWithToken].contains(credentials), "\(credentials) got through")
                    #expect(pod.metadata.annotations["test/user"] == "daemonry-admin")
                } catch let error as KubeClientError {
                    switch credentials {
                    case .none, .wrongToken:
                        #expect(error.code == .unauthorized)
                        #expect(error.httpStatus == 401)
                        #expect(error.message == "Unauthorized")
                    case .wrongCertificateAuthority:
                        #expect(error.code == .transport)
                        #expect(
                            error.message
                                == "GET \(server.url)/api/v1/namespaces/default/pods/web: tls: failed to verify "
                                + "certificate: signed by an unknown authority, or expired (CERTIFICATE_VERIFY_FAILED)")
                    default:
                        Issue.record("\(credentials): \(error)")
                    }
                }
            }
        }
    }

    @Test func kubeconfigWithRelativeFilePathsConnects() async throws {
        try await withFakeServer { server, _, _ in
            let directory = server.dataDirectory + "/copied"
            try FileManager.default.createDirectory(atPath: directory + "/pki", withIntermediateDirectories: true)
            let pki = server.pki
            try pki.caCertificatePEM.write(toFile: directory + "/pki/ca.crt", atomically: true, encoding: .utf8)
            try pki.adminCertificatePEM.write(toFile: directory + "/pki/admin.crt", atomically: true, encoding: .utf8)
            try pki.adminKeyPEM.write(toFile: directory + "/pki/admin.key", atomically: true, encoding: .utf8)
            let yaml = """
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "\(server.url)", certificate-authority: pki/ca.crt}}]
                users: [{name: u, user: {client-certificate: pki/admin.crt, client-key: ./pki/admin.key}}]
                contexts: [{name: x, context: {cluster: c, user: u, namespace: team}}]
                current-context: x
                """
            try yaml.write(toFile: directory + "/kubeconfig", atomically: true, encoding: .utf8)
            let config = try RESTConfig.load(environment: ["KUBECONFIG": directory + "/kubeconfig"])
            try await KubeClient.withClient(config: config) { client in
                let pod = try await client.get(Pod.self, name: "web")
                #expect(pod.metadata.namespace == "team")
                #expect(pod.metadata.annotations["test/user"] == "daemonry-admin")
            }
        }
    }

    @Test func readsAndWritesPods() async throws {
        try await withFakeServer { _, config, log in
            try await KubeClient.withClient(config: config) { client in
                // get: the namespace defaults to the context's ("default").
                let web = try await client.get(Pod.self, name: "web")
                #expect(web.metadata.namespace == "default")
                #expect(web.metadata.resourceVersion == "7")

                // get of an absent object: the server's Status, typed.
                do {
                    _ = try await client.get(Pod.self, name: "missing", namespace: "team")
                    Issue.record("missing pod found")
                } catch let error as KubeClientError {
                    #expect(error.code == .notFound)
                    #expect(error.message == #"pods "missing" not found"#)
                    #expect(error.status?.details?.name == "missing")
                }

                // A failure without a Status body keeps upstream's generic wording.
                do {
                    _ = try await client.get(Pod.self, name: "plain-500", namespace: "team")
                    Issue.record("plain-500 succeeded")
                } catch let error as KubeClientError {
                    #expect(error.code == .internalError)
                    #expect(
                        error.message
                            == #"an error on the server ("database on fire") has prevented the request from succeeding (get pods plain-500)"#
                    )
                }

                // list with options: selectors are encoded, paging comes back.
                let list = try await client.list(
                    Pod.self, namespace: "team",
                    options: ListOptions(labelSelector: "app in (web,db)", fieldSelector: "spec.nodeName=n1", limit: 2))
                #expect(list.items.map(\.metadata.name) == ["a", "b"])
                #expect(list.metadata.resourceVersion == "10")
                #expect(list.metadata.continue == "page-2")

                // create, and a name taken.
                var pod = Pod()
                pod.metadata.name = "new"
                pod.metadata.namespace = "team"
                let created = try await client.create(pod, options: WriteOptions(fieldManager: "daemonry"))
                #expect(created.metadata.uid == "uid-1")
                pod.metadata.name = "taken"
                await #expect(throws: KubeClientError.self) { try await client.create(pod) }

                // update, update with a stale resourceVersion, updateStatus.
                var updated = try await client.update(created)
                #expect(updated.metadata.annotations["test/put"] == "object")
                updated.metadata.resourceVersion = "stale"
                do {
                    _ = try await client.update(updated)
                    Issue.record("stale update accepted")
                } catch let error as KubeClientError {
                    #expect(error.code == .conflict)
                }
                updated.metadata.resourceVersion = "8"
                #expect(try await client.updateStatus(updated).metadata.annotations["test/put"] == "status")

                // patch of each type.
                let merge = try await client.patch(
                    Pod.self, name: "new", namespace: "team", patch: .merge(["metadata": ["labels": ["a": "b"]]]))
                #expect(merge.metadata.annotations["test/patch"] == #"{"metadata":{"labels":{"a":"b"}}}"#)
                _ = try await client.patch(Pod.self, name: "new", namespace: "team", patch: .strategic(["spec": [:]]))
                _ = try await client.patch(
                    Pod.self, name: "new", namespace: "team", patch: .json([["op": "remove", "path": "/x"]]))
                _ = try await client.patch(
                    Pod.self, name: "new", namespace: "team", patch: .apply(pod, force: true),
                    options: WriteOptions(dryRun: true, fieldManager: "daemonry"))

                // delete: gone (a Status), or kept for its finalizer (the object).
                var options = DeleteOptions()
                options.preconditions = Preconditions(uid: "uid-1", resourceVersion: "8")
                options.propagationPolicy = "Background"
                options.gracePeriodSeconds = 0
                #expect(try await client.delete(Pod.self, name: "new", namespace: "team", options: options) == nil)
                let kept = try await client.delete(Pod.self, name: "finalized", namespace: "team")
                #expect(kept?.metadata.finalizers == ["test/hold"])

                let seen = log.state.value
                #expect(
                    seen.requests == [
                        "GET /api/v1/namespaces/default/pods/web",
                        "GET /api/v1/namespaces/team/pods/missing",
                        "GET /api/v1/namespaces/team/pods/plain-500",
                        "GET /api/v1/namespaces/team/pods?labelSelector=app%20in%20%28web%2Cdb%29&fieldSelector=spec.nodeName%3Dn1&limit=2",
                        "POST /api/v1/namespaces/team/pods?fieldManager=daemonry [application/json]",
                        "POST /api/v1/namespaces/team/pods [application/json]",
                        "PUT /api/v1/namespaces/team/pods/new [application/json]",
                        "PUT /api/v1/namespaces/team/pods/new [application/json]",
                        "PUT /api/v1/namespaces/team/pods/new/status [application/json]",
                        "PATCH /api/v1/namespaces/team/pods/new [application/merge-patch+json]",
                        "PATCH /api/v1/namespaces/team/pods/new [application/strategic-merge-patch+json]",
                        "PATCH /api/v1/namespaces/team/pods/new [application/json-patch+json]",
                        "PATCH /api/v1/namespaces/team/pods/new?dryRun=All&fieldManager=daemonry&force=true [application/apply-patch+yaml]",
                        "DELETE /api/v1/namespaces/team/pods/new [application/json]",
                        "DELETE /api/v1/namespaces/team/pods/finalized [application/json]",
                    ])
                #expect(seen.deleteBodies.first?.preconditions == Preconditions(uid: "uid-1", resourceVersion: "8"))
                #expect(seen.deleteBodies.first?.propagationPolicy == "Background")
                #expect(seen.deleteBodies.first?.gracePeriodSeconds == 0)
                #expect(seen.deleteBodies.first?.kind == "DeleteOptions")
            }
        }
    }

    @Test func retriesATooManyRequestsAnswerAndReportsEveryAttempt() async throws {
        try await withFakeServer { _, config, log in
            let metrics = Locked<[RequestMetric]>([])
            var configuration = KubeClient.Configuration()
            configuration.observer = { metric in metrics.mutate { $0.append(metric) } }
            try await KubeClient.withClient(config: config, configuration: configuration) { client in
                let pod = try await client.get(Pod.self, name: "throttled", namespace: "default")
                #expect(pod.metadata.name == "throttled")
            }
            #expect(log.state.value.throttledCalls == 2)
            let seen = metrics.value
            #expect(seen.map(\.code) == ["429", "200"])
            #expect(seen.allSatisfy { $0.verb == "get" && $0.method == "GET" && $0.resource == "pods" })
        }
    }

    @Test func watchDeliversEventsInOrderAndCancellingClosesTheConnection() async throws {
        try await withFakeServer { _, config, log in
            try await KubeClient.withClient(config: config) { client in
                let stream = try await client.watch(
                    Pod.self, namespace: "team", options: ListOptions(resourceVersion: "9", allowWatchBookmarks: true))
                let received = Locked<[WatchEvent<Pod>]>([])
                let consumer = Task {
                    for try await event in stream {
                        received.mutate { $0.append(event) }
                    }
                }
                try await waitUntil("three events") { received.value.count == 3 }
                consumer.cancel()
                _ = await consumer.result
                try await waitUntil("the server sees the watch closed") { log.state.value.watchClosed }

                let events = received.value
                #expect(events.map(\.type) == ["ADDED", "MODIFIED", "BOOKMARK"])
                #expect(events.map(\.object.metadata.resourceVersion) == ["10", "11", "12"])
                #expect(
                    log.state.value.requests.last
                        == "GET /api/v1/namespaces/team/pods?watch=true&resourceVersion=9&allowWatchBookmarks=true")
            }
        }
    }

    @Test func watchErrorEventThrowsExpired() async throws {
        try await withFakeServer { _, config, _ in
            try await KubeClient.withClient(config: config) { client in
                let stream = try await client.watch(Pod.self, namespace: "team", options: ListOptions(resourceVersion: "expired"))
                do {
                    for try await event in stream { Issue.record("unexpected \(event.type)") }
                    Issue.record("the stream ended without the error")
                } catch let error as KubeClientError {
                    #expect(error.code == .expired)
                    #expect(error.isExpired)
                    #expect(error.message == "too old resource version: 1 (10)")
                }
            }
        }
    }

    /// Polls `condition` every 10 ms for up to 10 s (live tests wait on a real server).
    func waitUntil(_ what: String, _ condition: () -> Bool) async throws {
        for _ in 0..<1000 {
            if condition() { return }
            try await Task.sleep(for: .milliseconds(10))
        }
        Issue.record("timed out waiting for \(what)")
    }
}
