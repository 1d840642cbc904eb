import Foundation
import KubeModel
import Testing

@testable import KubeClient

/// Paths and query strings escape names as Foundation's percent-encoding does, without it.
struct URLQueryTests {
    static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    @Test(arguments: [
        "", "node-0", "a.b_c~d", "app in (a,b)", "spec.nodeName=n1", "a/b", "100%", "x y+z", "é", "名前", "🙂", "a?b#c&d",
        "\u{7F}\u{01}", "ZZ-09",
    ])
    func escapingMatchesFoundation(_ text: String) {
        #expect(URLQuery.escape(text) == text.addingPercentEncoding(withAllowedCharacters: Self.unreserved))
    }

    @Test func pathsAndQueriesEscapeTheirParts() {
        #expect(Pod.objectPath(name: "a b", namespace: "ns/x", subresource: "status") == "/api/v1/namespaces/ns%2Fx/pods/a%20b/status")
        #expect(DaemonSet.collectionPath(namespace: "default") == "/apis/apps/v1/namespaces/default/daemonsets")
        var query = URLQuery()
        query.add("labelSelector", "app in (a,b)")
        query.add("limit", nil)
        query.add("fieldSelector", "spec.nodeName=n1")
        #expect(query.encoded == "?labelSelector=app%20in%20%28a%2Cb%29&fieldSelector=spec.nodeName%3Dn1")
    }
}
