import AsyncHTTPClient
import Foundation
import KubeModel
import KubeTestSupport
import Logging
import NIOCore
import NIOHTTP1

@testable import KubeClient

/// The real transport to the test server, except that pod creates past `limit` are refused with 403
/// Forbidden, as a pod-count quota's admission refuses them: upstream's integration test
/// `TestUpdateStatusDespitePodCreationFailure` limits the controller's pod creates the same way.
struct PodQuotaTransport: KubeTransport {
    let base: HTTPClientTransport
    let limit: Int
    private let created = Locked(0)

    init(config: RESTConfig, limit: Int) throws {
        base = try HTTPClientTransport(config: config, configuration: KubeClient.Configuration(), logger: Logger(label: "test"))
        self.limit = limit
    }

    func execute(_ request: HTTPClientRequest, deadline: NIODeadline, logger: Logger) async throws -> HTTPClientResponse {
        let path = request.url.split(separator: "?", maxSplits: 1).first ?? ""
        if request.method == .POST && path.hasSuffix("/pods") {
            let admitted = created.mutate { count -> Bool in
                guard count < limit else { return false }
                count += 1
                return true
            }
            if !admitted { return Self.forbidden(limit: limit) }
        }
        return try await base.execute(request, deadline: deadline, logger: logger)
    }

    func shutdown() async throws { try await base.shutdown() }

    /// The Status a quota's admission answers with, worded as upstream's.
    private static func forbidden(limit: Int) -> HTTPClientResponse {
        let status: JSONValue = [
            "kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Failure",
            "message": .string(
                "pods is forbidden: exceeded quota: pods, requested: pods=1, used: pods=\(limit), limited: pods=\(limit)"),
            "reason": "Forbidden", "details": ["kind": "pods"], "code": 403,
        ]
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        return HTTPClientResponse(
            status: .forbidden, headers: headers, body: .bytes(ByteBuffer(bytes: status.canonicalBytes)))
    }
}
