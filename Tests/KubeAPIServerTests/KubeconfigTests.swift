import Foundation
import KubeAPIServer
import KubeTestSupport
import KubeModel
import Logging
import Testing

@Suite struct KubeconfigTests {
    @Test func adminKubeconfigHasClusterUserAndContext() async throws {
        try await withTemporaryDirectory { directory in
            let pki = try ClusterPKI.loadOrCreate(.init(directory: directory + "/pki"), logger: Logger(label: "test"))
            let path = directory + "/kubeconfig"
            try Kubeconfig(admin: pki, server: "https://127.0.0.1:6443").write(to: path)
            #expect(try permissions(path) == 0o600)

            let text = try String(contentsOfFile: path, encoding: .utf8)
            let document = try #require(try ManifestReader.documents(from: text).first)
            #expect(document["apiVersion"]?.stringValue == "v1")
            #expect(document["kind"]?.stringValue == "Config")
            #expect(document["current-context"]?.stringValue == "daemonry")

            let cluster = try #require(only(document["clusters"]))
            #expect(cluster["name"]?.stringValue == "daemonry")
            #expect(cluster["cluster"]?["server"]?.stringValue == "https://127.0.0.1:6443")
            #expect(decoded(cluster["cluster"]?["certificate-authority-data"]) == pki.caCertificatePEM)

            let user = try #require(only(document["users"]))
            #expect(user["name"]?.stringValue == "daemonry-admin")
            #expect(decoded(user["user"]?["client-certificate-data"]) == pki.adminCertificatePEM)
            #expect(decoded(user["user"]?["client-key-data"]) == pki.adminKeyPEM)
            #expect(user["user"]?["token"]?.stringValue == pki.token)

            let context = try #require(only(document["contexts"]))
            #expect(context["name"]?.stringValue == "daemonry")
            #expect(context["context"]?["cluster"]?.stringValue == "daemonry")
            #expect(context["context"]?["user"]?.stringValue == "daemonry-admin")
        }
    }

    @Test func tokenOnlyKubeconfigHasNoCertificateFields() {
        let yaml = Kubeconfig(server: "https://[::1]:1", certificateAuthorityPEM: "CA", token: "abc").yaml
        #expect(yaml.contains("    token: \"abc\"\n"))
        #expect(!yaml.contains("client-certificate-data") && !yaml.contains("client-key-data"))
        let none = Kubeconfig(server: "https://[::1]:1", certificateAuthorityPEM: "CA").yaml
        #expect(none.contains("  user: {}\n"))
    }

    @Test(arguments: [
        ("127.0.0.1", 6443, "https://127.0.0.1:6443"),
        ("0.0.0.0", 6443, "https://127.0.0.1:6443"),
        ("", 1, "https://127.0.0.1:1"),
        ("::1", 6443, "https://[::1]:6443"),
        ("::", 6443, "https://[::1]:6443"),
        ("api.example", 443, "https://api.example:443"),
    ])
    func serverURLIsDialable(host: String, port: Int, url: String) {
        #expect(Kubeconfig.serverURL(host: host, port: port) == url)
    }

    private func only(_ value: JSONValue?) -> JSONValue? {
        guard case .array(let items)? = value, items.count == 1 else { return nil }
        return items[0]
    }

    private func decoded(_ value: JSONValue?) -> String? {
        value?.stringValue.flatMap { Data(base64Encoded: $0) }.map { String(decoding: $0, as: UTF8.self) }
    }
}
