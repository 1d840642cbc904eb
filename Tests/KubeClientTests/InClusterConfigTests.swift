import Foundation
import KubeClient
import KubeTestSupport
import Testing

/// In-cluster configuration from service-account files in a temporary directory.
struct InClusterConfigTests {
    /// Writes `token`, `ca.crt` and `namespace` files (those given) into `directory`.
    static func writeServiceAccount(_ directory: String, token: String?, ca: String?, namespace: String?) throws {
        for (name, text) in [("token", token), ("ca.crt", ca), ("namespace", namespace)] {
            if let text { try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8) }
        }
    }

    @Test(arguments: [
        // host, port, POD_NAMESPACE, namespace file, expected host, expected namespace
        ("10.96.0.1", "443", nil, "kube-system\n", "https://10.96.0.1:443", "kube-system"),
        ("fd00::1", "6443", nil, nil, "https://[fd00::1]:6443", "default"),
        ("10.96.0.1", "443", "from-env", "kube-system", "https://10.96.0.1:443", "from-env"),
    ] as [(String, String, String?, String?, String, String)])
    func readsTheServiceAccountAndEnvironment(
        host: String, port: String, podNamespace: String?, namespaceFile: String?, expectedHost: String,
        expectedNamespace: String
    ) async throws {
        try await withTemporaryDirectory { directory in
            try Self.writeServiceAccount(directory, token: "sa-token\n", ca: "PEM", namespace: namespaceFile)
            var environment = ["KUBERNETES_SERVICE_HOST": host, "KUBERNETES_SERVICE_PORT": port]
            environment["POD_NAMESPACE"] = podNamespace
            let inCluster = InClusterConfig(environment: environment, directory: directory)
            #expect(inCluster.isPossible)
            let config = try inCluster.restConfig()
            #expect(config.host == expectedHost)
            #expect(config.bearerToken == "sa-token")
            #expect(config.bearerTokenFile == directory + "/token")
            #expect(config.certificateAuthorityFile == directory + "/ca.crt")
            #expect(config.namespace == expectedNamespace)
        }
    }

    @Test func isTheFallbackWhenNoKubeconfigExists() async throws {
        try await withTemporaryDirectory { directory in
            try Self.writeServiceAccount(directory, token: "sa-token", ca: nil, namespace: "ns")
            let environment = [
                "HOME": directory + "/home", "KUBERNETES_SERVICE_HOST": "10.0.0.1", "KUBERNETES_SERVICE_PORT": "443",
            ]
            let config = try RESTConfig.load(
                environment: environment, inCluster: InClusterConfig(environment: environment, directory: directory))
            #expect(config.host == "https://10.0.0.1:443")
            #expect(config.namespace == "ns")
            // client-go only logs a missing CA and uses the system roots.
            #expect(config.certificateAuthorityFile == nil)
        }
    }

    @Test func withoutTheEnvironmentItIsNotPossibleAndSaysWhy() async throws {
        try await withTemporaryDirectory { directory in
            try Self.writeServiceAccount(directory, token: "t", ca: nil, namespace: nil)
            let inCluster = InClusterConfig(environment: [:], directory: directory)
            #expect(!inCluster.isPossible)
            do {
                let config = try inCluster.restConfig()
                Issue.record("loaded \(config)")
            } catch let error as KubeClientError {
                #expect(
                    error.message
                        == "unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined"
                )
            }
            // Without a token file it is not possible either, even with the environment.
            let noToken = InClusterConfig(
                environment: ["KUBERNETES_SERVICE_HOST": "h", "KUBERNETES_SERVICE_PORT": "1"],
                directory: directory + "/absent")
            #expect(!noToken.isPossible)
        }
    }
}
