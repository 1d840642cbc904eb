import Foundation
import KubeClient
import KubeTestSupport
import Testing

/// Kubeconfig loading as clientcmd does it: which files, merge order, contexts, errors.
struct KubeconfigLoadingTests {
    /// Two kubeconfigs sharing the cluster name `shared`: the first file's entry must win whole.
    static let first = """
        apiVersion: v1
        kind: Config
        clusters:
        - name: shared
          cluster:
            server: https://first.example:6443
            insecure-skip-tls-verify: true
        - name: only-first
          cluster:
            server: https://only-first.example
            insecure-skip-tls-verify: true
        users:
        - name: admin
          user:
            token: first-token
        contexts:
        - name: first
          context: {cluster: shared, user: admin, namespace: team-a}
        - name: broken-cluster
          context: {cluster: nowhere, user: admin}
        current-context: first
        """

    static let second = """
        apiVersion: v1
        kind: Config
        clusters:
        - name: shared
          cluster:
            server: https://second.example:6443
        - name: only-second
          cluster:
            server: https://only-second.example
            insecure-skip-tls-verify: true
        users:
        - name: admin
          user:
            token: second-token
        contexts:
        - name: second
          context: {cluster: only-second, user: admin}
        - name: first
          context: {cluster: only-second, user: admin}
        current-context: second
        """

    /// A loading scenario: files by name (written to a temporary directory), the `KUBECONFIG` list and
    /// `--kubeconfig` (by file name), the context asked for, and the host + namespace expected, or the
    /// error message.
    struct Scenario: Sendable, CustomTestStringConvertible {
        var name: String
        var files: [String: String] = ["first": KubeconfigLoadingTests.first, "second": KubeconfigLoadingTests.second]
        var kubeconfigVariable: [String]?
        var explicit: String?
        var context: String?
        var home: [String: String] = [:]
        var expected: Expected

        var testDescription: String { name }
    }

    /// What a scenario must give.
    enum Expected: Sendable {
        /// A configuration with this host, namespace and token.
        case config(host: String, namespace: String, token: String?)
        /// An error with this message (`DIR` stands for the temporary directory).
        case error(String)
    }

    static let scenarios: [Scenario] = [
        Scenario(
            name: "KUBECONFIG merge: first current-context and first cluster entry win", kubeconfigVariable: ["first", "second"],
            expected: .config(host: "https://first.example:6443", namespace: "team-a", token: "first-token")),
        Scenario(
            name: "KUBECONFIG merge in the other order", kubeconfigVariable: ["second", "first"],
            expected: .config(host: "https://only-second.example", namespace: "default", token: "second-token")),
        Scenario(
            name: "named context from the second file", kubeconfigVariable: ["first", "second"], context: "second",
            expected: .config(host: "https://only-second.example", namespace: "default", token: "first-token")),
        Scenario(
            name: "missing files in KUBECONFIG are skipped", kubeconfigVariable: ["absent", "second", "", "second"],
            expected: .config(host: "https://only-second.example", namespace: "default", token: "second-token")),
        Scenario(
            name: "--kubeconfig overrides KUBECONFIG", kubeconfigVariable: ["first"], explicit: "second",
            expected: .config(host: "https://only-second.example", namespace: "default", token: "second-token")),
        Scenario(
            name: "~/.kube/config when KUBECONFIG is unset", home: [".kube/config": KubeconfigLoadingTests.second],
            expected: .config(host: "https://only-second.example", namespace: "default", token: "second-token")),
        Scenario(
            name: "missing --kubeconfig file", explicit: "absent",
            expected: .error("stat DIR/absent: no such file or directory")),
        Scenario(
            name: "unknown context", kubeconfigVariable: ["first"], context: "x",
            expected: .error("invalid configuration: context was not found for specified context: x")),
        Scenario(
            name: "context naming an unknown cluster", kubeconfigVariable: ["first"], context: "broken-cluster",
            expected: .error("invalid configuration: cluster \"nowhere\" was not found for context \"broken-cluster\"")),
        Scenario(
            name: "no kubeconfig anywhere", files: [:], kubeconfigVariable: ["absent"],
            expected: .error(
                "invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable")),
        Scenario(
            name: "unparsable file names itself", files: ["bad": "clusters: [1, 2"], explicit: "bad",
            expected: .error("error loading config file \"DIR/bad\": line 2, column 1: did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 11)")),
    ]

    @Test(arguments: scenarios)
    func loadsAsClientcmd(_ scenario: Scenario) async throws {
        try await withTemporaryDirectory { directory in
            for (name, text) in scenario.files {
                try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
            }
            let home = directory + "/home"
            for (name, text) in scenario.home {
                let path = home + "/" + name
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try text.write(toFile: path, atomically: true, encoding: .utf8)
            }
            var environment = ["HOME": home]
            if let list = scenario.kubeconfigVariable {
                environment["KUBECONFIG"] = list.map { $0.isEmpty ? "" : directory + "/" + $0 }.joined(separator: ":")
            }
            let result = Result { () throws(KubeClientError) -> RESTConfig in
                try RESTConfig.load(
                    kubeconfig: scenario.explicit.map { directory + "/" + $0 }, context: scenario.context,
                    environment: environment, inCluster: InClusterConfig(environment: [:], directory: directory))
            }
            switch (result, scenario.expected) {
            case (.success(let config), .config(let host, let namespace, let token)):
                #expect(config.host == host)
                #expect(config.namespace == namespace)
                #expect(config.bearerToken == token)
            case (.failure(let error), .error(let message)):
                #expect(error.message == message.replacingOccurrences(of: "DIR", with: directory))
            default:
                Issue.record("got \(result), expected \(scenario.expected)")
            }
        }
    }

    @Test func emptyConfigurationIsItsOwnCode() {
        do {
            let config = try KubeconfigFile().restConfig()
            Issue.record("loaded \(config)")
        } catch {
            #expect(error.code == .emptyConfiguration)
        }
    }

    @Test func dataFieldsAreBase64AndFilePathsResolveAgainstTheFile() async throws {
        try await withTemporaryDirectory { directory in
            try FileManager.default.createDirectory(atPath: directory + "/conf/certs", withIntermediateDirectories: true)
            for name in ["ca.crt", "client.crt", "client.key"] {
                try "PEM \(name)".write(toFile: directory + "/conf/certs/" + name, atomically: true, encoding: .utf8)
            }
            try "  rotating-token\n".write(toFile: directory + "/conf/token", atomically: true, encoding: .utf8)
            let base64 = { (text: String) in Data(text.utf8).base64EncodedString() }
            let yaml = """
                clusters:
                - name: files
                  cluster: {server: "https://files.example", certificate-authority: certs/ca.crt}
                - name: data
                  cluster:
                    server: https://data.example
                    certificate-authority-data: \(base64("CA DATA"))
                users:
                - name: files
                  user: {client-certificate: ./certs/client.crt, client-key: certs/../certs/client.key, tokenFile: token}
                - name: data
                  user:
                    client-certificate-data: \(base64("CERT DATA"))
                    client-key-data: \(base64("KEY DATA"))
                contexts:
                - {name: files, context: {cluster: files, user: files}}
                - {name: data, context: {cluster: data, user: data, namespace: kube-system}}
                current-context: files
                """
            let path = directory + "/conf/kubeconfig"
            try yaml.write(toFile: path, atomically: true, encoding: .utf8)

            let files = try RESTConfig.load(kubeconfig: path, environment: [:])
            #expect(files.certificateAuthorityFile == directory + "/conf/certs/ca.crt")
            #expect(files.clientCertificateFile == directory + "/conf/certs/client.crt")
            #expect(files.clientKeyFile == directory + "/conf/certs/client.key")
            #expect(files.bearerTokenFile == directory + "/conf/token")
            #expect(files.bearerToken == nil)
            #expect(files.namespace == "default")

            let data = try RESTConfig.load(kubeconfig: path, context: "data", environment: [:])
            #expect(data.certificateAuthorityData == Array("CA DATA".utf8))
            #expect(data.clientCertificateData == Array("CERT DATA".utf8))
            #expect(data.clientKeyData == Array("KEY DATA".utf8))
            #expect(data.namespace == "kube-system")
        }
    }

    /// One-file kubeconfigs whose chosen context is unusable, and the one-line error each gives.
    @Test(arguments: [
        (
            "users: [{name: u, user: {client-key-data: \"!!\"}}]",
            "error loading config file \"FILE\": users[0].user.client-key-data: illegal base64 data"
        ),
        (
            "clusters: [{name: c, cluster: {server: 6443}}]",
            "error loading config file \"FILE\": clusters[0].cluster.server: expected a string, found a number"
        ),
        (
            "clusters: [{name: c, cluster: {server: a}}, {name: c, cluster: {server: b}}]",
            "error loading config file \"FILE\": clusters: duplicate name \"c\""
        ),
        (
            """
            clusters: [{name: c, cluster: {server: "https://x", insecure-skip-tls-verify: true}}]
            users: [{name: u, user: {exec: {command: aws}}}]
            contexts: [{name: x, context: {cluster: c, user: u}}]
            current-context: x
            """,
            "invalid configuration: user \"u\" uses exec, which this client does not support"
        ),
        (
            """
            clusters: [{name: c, cluster: {insecure-skip-tls-verify: true}}]
            users: [{name: u, user: {client-certificate-data: Y2VydA==, tokenFile: /nonexistent/token}}]
            contexts: [{name: x, context: {cluster: c, user: u}}]
            current-context: x
            """,
            "invalid configuration: [client-key-data or client-key must be specified for u to use the clientCert "
                + "authentication method., unable to read tokenFile /nonexistent/token for u due to open "
                + "/nonexistent/token: no such file or directory, no server found for cluster \"c\"]"
        ),
        (
            """
            clusters: [{name: c, cluster: {server: "https://x"}}]
            contexts: [{name: x, context: {cluster: c, user: nobody}}]
            current-context: x
            """,
            "invalid configuration: user \"nobody\" was not found for context \"x\""
        ),
    ])
    func unusableKubeconfigsSayWhatIsWrong(yaml: String, message: String) async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/kubeconfig"
            try yaml.write(toFile: path, atomically: true, encoding: .utf8)
            do {
                let config = try RESTConfig.load(kubeconfig: path, environment: [:])
                Issue.record("loaded \(config)")
            } catch let error as KubeClientError {
                #expect(error.message == message.replacingOccurrences(of: "FILE", with: path))
                #expect(error.code == .configuration)
            }
        }
    }

    @Test(arguments: [
        ("https://h:6443/", false, "https://h:6443"),
        ("h:6443", true, "https://h:6443"),
        ("h:8080", false, "http://h:8080"),
        ("https://h/prefix", false, "https://h/prefix"),
    ])
    func serverURLsAreNormalizedAsClientcmd(server: String, insecure: Bool, host: String) throws {
        let file = KubeconfigFile(
            clusters: ["c": .init(server: server, insecureSkipTLSVerify: insecure)],
            users: ["u": .init(token: "t")],
            contexts: ["x": .init(cluster: "c", user: "u")], currentContext: "x")
        let config = try file.restConfig()
        #expect(config.host == host)
        // Credentials are only used over TLS: a token is never sent in the clear.
        #expect(config.bearerToken == (host.hasPrefix("https") ? "t" : nil))
        #expect(config.insecureSkipTLSVerify == (insecure && host.hasPrefix("https")))
    }

    @Test func insecureWithACertificateAuthorityIsRefusedWhenTheClientIsMade() {
        var config = RESTConfig(host: "https://h:6443")
        config.insecureSkipTLSVerify = true
        config.certificateAuthorityData = Array("PEM".utf8)
        do {
            let client = try KubeClient(config: config)
            Issue.record("made \(client)")
        } catch {
            #expect(error.message == "specifying a root certificates file with the insecure flag is not allowed")
        }
    }

    @Test func unreadableCredentialFilesFailWhenTheClientIsMade() {
        var config = RESTConfig(host: "https://h:6443")
        config.clientCertificateFile = "/nonexistent/admin.crt"
        config.clientKeyData = Array("PEM".utf8)
        do {
            let client = try KubeClient(config: config)
            Issue.record("made \(client)")
        } catch {
            #expect(error.code == .configuration)
            #expect(error.message == "unable to read client certificate: open /nonexistent/admin.crt: no such file or directory")
        }
    }
}
