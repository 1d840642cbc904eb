import Foundation

/// Which kubeconfig files to read and how to combine them: client-go's `ClientConfigLoadingRules`.
///
/// An explicit path (`--kubeconfig`) is read alone and must exist. Otherwise every file of `precedence`
/// that exists is read and merged (`KubeconfigFile.merging`): the first file to name a cluster, user or
/// context wins, and the first `current-context` wins; missing files are skipped.
public struct KubeconfigLoadingRules: Sendable, Hashable {
    /// The `KUBECONFIG` environment variable.
    public static let environmentVariable = "KUBECONFIG"

    /// A file that must be used alone (`--kubeconfig`); nil or "" for none.
    public var explicitPath: String?
    /// The files merged when there is no explicit path, first first.
    public var precedence: [String]

    /// Rules with the given files.
    public init(explicitPath: String? = nil, precedence: [String] = []) {
        self.explicitPath = explicitPath
        self.precedence = precedence
    }

    /// kubectl's rules (client-go's `NewDefaultClientConfigLoadingRules`): `KUBECONFIG`'s colon-separated
    /// files, each once, in order; or `~/.kube/config` when it is unset or empty. `explicitPath`
    /// (`--kubeconfig`) overrides both.
    public static func standard(
        explicitPath: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> KubeconfigLoadingRules {
        var files: [String] = []
        if let list = environment[environmentVariable], !list.isEmpty {
            for file in list.split(separator: ":", omittingEmptySubsequences: true).map(String.init)
            where !files.contains(file) {
                files.append(file)
            }
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            files.append(home + "/.kube/config")
        }
        return KubeconfigLoadingRules(explicitPath: explicitPath, precedence: files)
    }

    /// Reads and merges the files. A missing explicit file is an error (`stat PATH: no such file or
    /// directory`, as kubectl prints); a file that exists but cannot be read or parsed is an error naming it.
    public func load() throws(KubeClientError) -> KubeconfigFile {
        if let explicitPath, !explicitPath.isEmpty {
            guard FileManager.default.fileExists(atPath: explicitPath) else {
                throw KubeClientError(.configuration, "stat \(explicitPath): no such file or directory")
            }
            return try KubeconfigFile(contentsOfFile: explicitPath)
        }
        var files: [KubeconfigFile] = []
        for path in precedence where FileManager.default.fileExists(atPath: path) {
            files.append(try KubeconfigFile(contentsOfFile: path))
        }
        return KubeconfigFile.merging(files)
    }
}
