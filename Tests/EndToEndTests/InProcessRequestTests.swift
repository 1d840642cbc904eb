import Hummingbird
import Testing

@testable import daemonry

/// How the in-process transport reads a client's URL into the server's request head.
struct InProcessRequestTests {
    @Test(arguments: [
        ("https://127.0.0.1:6443/api/v1/namespaces/default/pods?limit=5", "127.0.0.1:6443", "/api/v1/namespaces/default/pods?limit=5"),
        ("https://[::1]:6443/apis", "[::1]:6443", "/apis"),
        ("https://localhost", "localhost", "/"),
        ("https://host?watch=true", "host", "/?watch=true"),
        ("/healthz", "", "/healthz"),
        ("http://h/a://b", "h", "/a://b"),
    ])
    func urlsSplitIntoAuthorityAndPath(url: String, authority: String, path: String) {
        let split = Request.authorityAndPath(of: url)
        #expect(split.authority == authority)
        #expect(split.path == path)
    }
}
