import KubeAPIServer
import Testing

@Suite struct ListenAddressTests {
    @Test(arguments: [
        ("127.0.0.1:6443", "127.0.0.1", 6443),
        ("0.0.0.0:0", "0.0.0.0", 0),
        (":6443", "0.0.0.0", 6443),
        ("[::1]:6443", "::1", 6443),
        ("localhost:8443", "localhost", 8443),
    ])
    func parses(text: String, host: String, port: Int) throws {
        let address = try #require(ListenAddress(text))
        #expect(address == ListenAddress(host: host, port: port))
    }

    @Test(arguments: ["127.0.0.1", "127.0.0.1:", "127.0.0.1:70000", "::1:6443", "[::1:6443", "host:port"])
    func rejects(text: String) {
        #expect(ListenAddress(text) == nil)
    }
}
