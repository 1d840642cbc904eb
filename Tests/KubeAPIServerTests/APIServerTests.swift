import Foundation
import KubeAPIServer
import KubeTestSupport
import KubeModel
import Logging
import Testing

/// The real server over real HTTPS, driven by the real kubectl and curl. Serialized: each test
/// starts kubectl processes, and the machine has two cores.
@Suite(.serialized) struct APIServerTests {
    static let unauthorizedBody =
        #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}"#
    static let notFoundBody =
        #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","details":{},"code":404}"#

    @Test func kubectlVersionReportsTheServerVersion() async throws {
        try await withTemporaryDirectory { directory in
            try await withServer(dataDirectory: directory, routes: [WhoAmIRoutes()]) { server in
                let result = try await server.kubectl(["version", "-o", "json"])
                #expect(result.status == 0, "\(result)")
                let json = try JSONValue.parse(Data(result.stdout.utf8))
                #expect(json["serverVersion"]?["gitVersion"]?.stringValue == "v1.32.0")
                #expect(json["serverVersion"]?["minor"]?.stringValue == "32")
            }
        }
    }

    @Test func healthAndVersionAreOpenToAnonymousClients() async throws {
        try await withTemporaryDirectory { directory in
            try await withServer(dataDirectory: directory, routes: [WhoAmIRoutes()]) { server in
                let raw = try await server.kubectl(["get", "--raw", "/healthz"])
                #expect(raw.status == 0 && raw.stdout == "ok", "\(raw)")
                for path in ["/healthz", "/livez", "/readyz"] {
                    let (status, body) = try await server.curl(path)
                    #expect(status == 200 && body == "ok", "\(path)")
                }
                let (status, body) = try await server.curl("/version")
                #expect(status == 200)
                #expect(body == String(decoding: ServerVersion.current.jsonBytes(), as: UTF8.self))
            }
        }
    }

    @Test func requestsWithoutCredentialsGetUpstreamsUnauthorizedStatus() async throws {
        try await withTemporaryDirectory { directory in
            try await withServer(dataDirectory: directory, routes: [WhoAmIRoutes()]) { server in
                for path in ["/test/whoami", "/api", "/no/such/path"] {
                    let (status, body) = try await server.curl(path)
                    #expect(status == 401, "\(path)")
                    #expect(body == Self.unauthorizedBody, "\(path)")
                }
                // Invalid credentials fail even where anonymous clients are welcome, as upstream.
                let (status, body) = try await server.curl("/healthz", ["-H", "Authorization: Bearer wrong"])
                #expect(status == 401 && body == Self.unauthorizedBody)

                // (kubectl with no credentials at all prompts for a user name, so it gets a wrong token.)
                let wrongToken = directory + "/wrong-token.kubeconfig"
                try Kubeconfig(server: server.url, certificateAuthorityPEM: server.pki.caCertificatePEM, token: "wrong")
                    .write(to: wrongToken)
                let result = try await server.kubectl(["get", "--raw", "/test/whoami"], kubeconfig: wrongToken)
                #expect(result.status != 0)
                #expect(result.stderr.contains("Unauthorized"), "\(result)")
            }
        }
    }

    @Test func adminKubeconfigAuthenticatesWithCertificateAndToken() async throws {
        try await withTemporaryDirectory { directory in
            try await withServer(dataDirectory: directory, routes: [WhoAmIRoutes()]) { server in
                let admin = try await server.kubectl(["get", "--raw", "/test/whoami"])
                #expect(admin.status == 0, "\(admin)")
                #expect(admin.stdout == "daemonry-admin system:masters,system:authenticated")

                let pki = server.pki
                let tokenOnly = directory + "/token.kubeconfig"
                try Kubeconfig(server: server.url, certificateAuthorityPEM: pki.caCertificatePEM, token: pki.token)
                    .write(to: tokenOnly)
                let byToken = try await server.kubectl(["get", "--raw", "/test/whoami"], kubeconfig: tokenOnly)
                #expect(byToken.status == 0 && byToken.stdout.hasPrefix("daemonry-admin "), "\(byToken)")

                let certificateOnly = directory + "/cert.kubeconfig"
                try Kubeconfig(
                    server: server.url, certificateAuthorityPEM: pki.caCertificatePEM,
                    clientCertificatePEM: pki.adminCertificatePEM, clientKeyPEM: pki.adminKeyPEM
                ).write(to: certificateOnly)
                let byCertificate = try await server.kubectl(["get", "--raw", "/test/echo/hello"], kubeconfig: certificateOnly)
                #expect(byCertificate.status == 0 && byCertificate.stdout == "hello", "\(byCertificate)")
            }
        }
    }

    @Test func clientCertificateFromAnotherCAIsRejected() async throws {
        try await withTemporaryDirectory { directory in
            let foreign = try ClusterPKI.loadOrCreate(.init(directory: directory + "/foreign"), logger: Logger(label: "test"))
            try await withServer(dataDirectory: directory + "/data", routes: [WhoAmIRoutes()]) { server in
                let (status, body) = try await server.curl(
                    "/test/whoami", ["--cert", foreign.paths.adminCertificate, "--key", foreign.paths.adminKey])
                #expect(status == 401 && body == Self.unauthorizedBody)

                let impostor = directory + "/impostor.kubeconfig"
                try Kubeconfig(
                    server: server.url, certificateAuthorityPEM: server.pki.caCertificatePEM,
                    clientCertificatePEM: foreign.adminCertificatePEM, clientKeyPEM: foreign.adminKeyPEM
                ).write(to: impostor)
                let result = try await server.kubectl(["get", "--raw", "/test/whoami"], kubeconfig: impostor)
                #expect(result.status != 0 && result.stderr.contains("Unauthorized"), "\(result)")
            }
        }
    }

    @Test func unknownPathsAreNotFoundStatuses() async throws {
        try await withTemporaryDirectory { directory in
            try await withServer(dataDirectory: directory, routes: [WhoAmIRoutes()]) { server in
                let (status, body) = try await server.curl(
                    "/apis/nothing.example/v1?timeout=32s", ["-H", "Authorization: Bearer \(server.pki.token)"])
                #expect(status == 404)
                #expect(body == Self.notFoundBody)
                let result = try await server.kubectl(["get", "--raw", "/no/such/path"])
                #expect(result.status != 0)
                #expect(result.stderr.contains("the server could not find the requested resource"), "\(result)")
            }
        }
    }

    @Test func restartKeepsTheCAAndTheKubeconfigKeepsWorking() async throws {
        try await withTemporaryDirectory { directory in
            let first = try await withServer(dataDirectory: directory, routes: [WhoAmIRoutes()]) { server in server.pki }
            try await withServer(dataDirectory: directory, routes: [WhoAmIRoutes()]) { server in
                #expect(server.pki.authority.certificate == first.authority.certificate)
                #expect(server.pki.token == first.token)
                #expect(try permissions(server.listening.kubeconfigPath) == 0o600)
                let result = try await server.kubectl(["get", "--raw", "/test/whoami"])
                #expect(result.status == 0, "\(result)")
            }
        }
    }
}
