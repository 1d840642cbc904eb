import Foundation
import KubeModel
import KubeTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Requests that once killed the server or blew its memory up, sent over HTTPS to a server in this test's
/// own process: a crash would end the test run, so each test also proves the process survived.
@Suite("Hostile requests against the embedded server")
struct HostileRequestTests {
    func json(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }

    /// Sends `body` (written to a file, as some are megabytes) with `method` and `contentType`.
    func send(
        _ cluster: RunningCluster, _ method: String, _ path: String, _ body: String, contentType: String,
        directory: String
    ) async throws -> (status: Int, body: String) {
        let file = directory + "/body-\(UUID().uuidString)"
        try body.write(toFile: file, atomically: false, encoding: .utf8)
        return try await cluster.curl(path, ["-X", method, "-H", "Content-Type: \(contentType)", "--data-binary", "@" + file])
    }

    func namespace(_ name: String, extra: String) -> String {
        #"{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"\#(name)"},"zz":\#(extra)}"#
    }

    func nested(_ depth: Int) -> String { String(repeating: "[", count: depth) + String(repeating: "]", count: depth) }

    /// The server still answers.
    func expectAlive(_ cluster: RunningCluster) async throws {
        let (status, _) = try await cluster.curl("/api/v1/namespaces/default")
        #expect(status == 200)
    }

    @Test func anIntegerPastInt64IsKeptAsAFloatAsGoKeepsIt() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let body = namespace("big", extra: "9223372036854775808")
                let (status, created) = try await send(
                    cluster, "POST", "/api/v1/namespaces", body, contentType: "application/json", directory: directory)
                #expect(status == 201, "\(created)")
                let (_, read) = try await cluster.curl("/api/v1/namespaces/big")
                #expect(read.contains(#""zz":9223372036854776000"#), "\(read)")
                let (listStatus, _) = try await cluster.curl("/api/v1/namespaces")
                #expect(listStatus == 200)
                try await expectAlive(cluster)
            }
        }
    }

    @Test func nestingPastGoLimitIsRefusedInGoWordsAndDeepNestingBelowItIsNotFatal() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let (status, body) = try await send(
                    cluster, "POST", "/api/v1/namespaces", namespace("deep", extra: nested(50_000)),
                    contentType: "application/json", directory: directory)
                #expect(status == 400)
                #expect(
                    try json(body)["message"]?.stringValue?.contains("invalid character '[' exceeded max depth") == true,
                    "\(body.prefix(300))")
                for depth in [9_999, 10_000] {
                    let (deepStatus, deepBody) = try await send(
                        cluster, "POST", "/api/v1/namespaces", namespace("deep\(depth)", extra: nested(depth)),
                        contentType: "application/json", directory: directory)
                    #expect((400..<500).contains(deepStatus), "\(deepBody.prefix(300))")
                }
                for type in ["application/merge-patch+json", "application/strategic-merge-patch+json"] {
                    let patch = #"{"zz":"# + String(repeating: #"{"a":"#, count: 9_999) + "1"
                        + String(repeating: "}", count: 9_999) + "}"
                    let (patchStatus, patchBody) = try await send(
                        cluster, "PATCH", "/api/v1/namespaces/default", patch, contentType: type, directory: directory)
                    #expect((400..<500).contains(patchStatus), "\(type): \(patchBody.prefix(300))")
                    let (tooDeep, _) = try await send(
                        cluster, "PATCH", "/api/v1/namespaces/default", #"{"zz":"# + nested(50_000) + "}",
                        contentType: type, directory: directory)
                    #expect(tooDeep == 400, "\(type)")
                }
                try await expectAlive(cluster)
            }
        }
    }

    @Test func aJSONPatchThatCopiesAValueIntoItselfStopsAtTheCopyLimit() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                var operations = [#"{"op":"add","path":"/zz","value":[""# + String(repeating: "A", count: 100_000) + #""]}"#]
                operations += Array(repeating: #"{"op":"copy","from":"/zz","path":"/zz/-"}"#, count: 40)
                let (status, body) = try await send(
                    cluster, "PATCH", "/api/v1/namespaces/default", "[" + operations.joined(separator: ",") + "]",
                    contentType: "application/json-patch+json", directory: directory)
                #expect(status == 422, "\(body)")
                let (_, stored) = try await cluster.curl("/api/v1/namespaces/default")
                #expect(try json(stored)["zz"] == nil)

                let many = Array(repeating: #"{"op":"test","path":"/kind","value":"Namespace"}"#, count: 10_001)
                let (tooMany, tooManyBody) = try await send(
                    cluster, "PATCH", "/api/v1/namespaces/default", "[" + many.joined(separator: ",") + "]",
                    contentType: "application/json-patch+json", directory: directory)
                #expect(tooMany == 413)
                #expect(
                    try json(tooManyBody)["message"]
                        == "Request entity too large: The allowed maximum operations in a JSON patch is 10000, got 10001")
                try await expectAlive(cluster)
            }
        }
    }

    @Test func aYAMLAliasBombIsRefusedAsGoYAMLRefusesIt() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
                let names = Array("abcdefghi")
                for index in 1..<names.count {
                    let previous = "*\(names[index - 1])"
                    lines.append("\(names[index]): &\(names[index]) [" + Array(repeating: previous, count: 9).joined(separator: ",") + "]")
                }
                lines += ["apiVersion: v1", "kind: Namespace", "metadata:", "  name: bomb"]
                let started = ContinuousClock.now
                let (status, body) = try await send(
                    cluster, "PATCH", "/api/v1/namespaces/bomb?fieldManager=test", lines.joined(separator: "\n"),
                    contentType: "application/apply-patch+yaml", directory: directory)
                #expect(status == 400)
                #expect(try json(body)["message"]?.stringValue?.hasSuffix("document contains excessive aliasing") == true, "\(body)")
                #expect(ContinuousClock.now - started < .seconds(30))
                try await expectAlive(cluster)
            }
        }
    }

    @Test func objectsAndBodiesPastUpstreamLimitsGet413() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let padding = "\"" + String(repeating: "A", count: 2_000_000) + "\""
                let (status, body) = try await send(
                    cluster, "POST", "/api/v1/namespaces", namespace("huge", extra: padding),
                    contentType: "application/json", directory: directory)
                #expect(status == 413)
                #expect(try json(body)["message"] == "Request entity too large: limit is 1572864")
                #expect(try json(body)["reason"] == "RequestEntityTooLarge")

                let larger = "\"" + String(repeating: "A", count: 4_000_000) + "\""
                let (bodyStatus, bodyText) = try await send(
                    cluster, "POST", "/api/v1/namespaces", namespace("huger", extra: larger),
                    contentType: "application/json", directory: directory)
                #expect(bodyStatus == 413)
                #expect(try json(bodyText)["message"] == "Request entity too large: limit is 3145728")
                let (missing, _) = try await cluster.curl("/api/v1/namespaces/huge")
                #expect(missing == 404)
            }
        }
    }

    @Test func aMalformedChunkSizeIsTheClientsError() async throws {
        try await withTemporaryDirectory { directory in
            try await withCluster(dataDirectory: directory) { cluster in
                let request = [
                    "POST /api/v1/namespaces HTTP/1.1", "Host: localhost",
                    "Authorization: Bearer \(cluster.server.pki.token)", "Content-Type: application/json",
                    "Transfer-Encoding: chunked", "Connection: close", "", "ZZZ", "abc", "0", "", "",
                ].joined(separator: "\r\n")
                let file = directory + "/chunked.txt"
                try request.write(toFile: file, atomically: false, encoding: .utf8)
                let port = cluster.server.url.split(separator: ":").last.map(String.init) ?? ""
                let result = try await runCommand([
                    "sh", "-c",
                    "openssl s_client -quiet -connect 127.0.0.1:\(port) -CAfile '\(cluster.server.caPath)' < '\(file)' 2>/dev/null",
                ])
                let statusLine = result.stdout.split(separator: "\r\n").first.map(String.init) ?? ""
                #expect(statusLine == "HTTP/1.1 400 Bad Request", "\(result)")
                try await expectAlive(cluster)
            }
        }
    }

    /// On a full disk writes fail with 500s and `/readyz` says so (the reason under `?verbose`); with room
    /// again it is ready at once, before any client writes.
    @Test(.enabled(if: getuid() == 0, "mounting a small tmpfs needs root"))
    func readyzFailsWhileTheStoreCannotCommitAndRecoversWithIt() async throws {
        try await withTemporaryDirectory { directory in
            let mountPoint = directory + "/small"
            try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
            let mounted = try await runCommand(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mountPoint])
            try #require(mounted.status == 0, "\(mounted)")
            let outcome: Result<Void, any Error>
            do {
                try await withCluster(dataDirectory: mountPoint + "/data") { cluster in
                    let (ready, readyBody) = try await cluster.curl("/readyz")
                    #expect(ready == 200 && readyBody == "ok")
                    // Everything the disk has left goes to a filler file.
                    _ = try await runCommand(["dd", "if=/dev/zero", "of=\(mountPoint)/filler", "bs=1M"], timeout: .seconds(60))
                    var failed = false
                    for index in 0..<40 where !failed {
                        let body = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c\#(index)"},"data":{"a":""#
                            + String(repeating: "x", count: 200_000) + #""}}"#
                        let (status, _) = try await send(
                            cluster, "POST", "/api/v1/namespaces/default/configmaps", body, contentType: "application/json",
                            directory: directory)
                        failed = status == 500
                    }
                    #expect(failed)
                    let (notReady, body) = try await cluster.curl("/readyz")
                    #expect(notReady == 500)
                    #expect(body == "[+]ping ok\n[-]store failed: reason withheld\nreadyz check failed\n", "\(body)")
                    let (_, verbose) = try await cluster.curl("/readyz?verbose")
                    #expect(verbose.contains("[-]store failed: writing to the store:"), "\(verbose)")

                    try FileManager.default.removeItem(atPath: mountPoint + "/filler")
                    let (recovered, recoveredBody) = try await cluster.curl("/readyz")
                    #expect(recovered == 200 && recoveredBody == "ok", "\(recoveredBody)")
                    let (created, _) = try await send(
                        cluster, "POST", "/api/v1/namespaces/default/configmaps",
                        #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"after"}}"#, contentType: "application/json",
                        directory: directory)
                    #expect(created == 201)
                }
                outcome = .success(())
            } catch {
                outcome = .failure(error)
            }
            _ = try await runCommand(["umount", "-l", mountPoint])
            try outcome.get()
        }
    }
}
