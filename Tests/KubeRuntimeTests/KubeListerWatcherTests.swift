import Hummingbird
import HummingbirdTesting
import KubeClient
import KubeModel
import KubeTestSupport
import NIOCore
import Testing

@testable import KubeRuntime

/// The client-backed lister's paging, against a plain-HTTP stand-in for the pods collection: two pages of
/// two and one pod when asked for pages, everything otherwise, and optionally an expired `continue` token.
struct KubeListerWatcherTests {
    static let pods = ["p1", "p2", "p3"].map { Fixtures.pod($0) }

    /// Runs `body` with a lister of pods (pages of `pageSize`) against the stand-in; returns the query
    /// strings it received.
    func withLister(
        pageSize: Int?, expireContinue: Bool = false, _ body: @escaping @Sendable (KubeListerWatcher<Pod>) async throws -> Void
    ) async throws -> [String] {
        let queries = Locked<[String]>([])
        let router = Router()
        router.get("/api/v1/pods") { request, _ -> Response in
            let query = request.uri.queryParameters
            queries.mutate { $0.append(request.uri.query ?? "") }
            var list = KubeList<Pod>(items: Self.pods, resourceVersion: "10")
            if query["continue"] != nil {
                if expireContinue {
                    let status = Status(code: 410, reason: "Expired", message: "The provided continue parameter is too old")
                    return Self.json(status.jsonBytes(), status: .gone)
                }
                list.items = Array(Self.pods.suffix(1))
            } else if query["limit"] != nil {
                list.items = Array(Self.pods.prefix(2))
                list.metadata.continue = "page-2"
            }
            return Self.json(list.jsonBytes(), status: .ok)
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            try await KubeClient.withClient(config: RESTConfig(host: "http://127.0.0.1:\(port)")) { kube in
                try await body(KubeListerWatcher<Pod>(client: kube, pageSize: pageSize))
            }
        }
        return queries.value
    }

    static func json(_ bytes: [UInt8], status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    @Test func aFirstListFollowsContinueTokensAcrossPages() async throws {
        let queries = try await withLister(pageSize: 2) { lister in
            let result = try await lister.list(resourceVersion: "0")
            #expect(result.items.map(\.metadata.name) == ["p1", "p2", "p3"])
            #expect(result.resourceVersion == "10")
        }
        #expect(queries == ["limit=2&resourceVersion=0", "limit=2&continue=page-2"])
    }

    @Test func anExpiredContinueTokenFallsBackToOneFullList() async throws {
        let queries = try await withLister(pageSize: 2, expireContinue: true) { lister in
            let result = try await lister.list(resourceVersion: "")
            #expect(result.items.count == 3)
        }
        #expect(queries == ["limit=2", "limit=2&continue=page-2", ""])
    }

    @Test(arguments: [("5", "resourceVersion=5"), ("123", "resourceVersion=123")])
    func aListAtASpecificVersionIsNeverPaged(resourceVersion: String, query: String) async throws {
        let queries = try await withLister(pageSize: 2) { lister in
            let result = try await lister.list(resourceVersion: resourceVersion)
            #expect(result.items.count == 3)
        }
        #expect(queries == [query])
    }
}
