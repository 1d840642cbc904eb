import Foundation
import KubeModel

/// The contents of a kubeconfig (client-go's `clientcmdapi.Config`): named clusters, users and contexts
/// and the current context, read from one file or merged from several by `KubeconfigLoadingRules`.
///
/// File paths inside (`certificate-authority`, `client-certificate`, `client-key`, `tokenFile`) are
/// made absolute against the directory of the file they came from while parsing, as clientcmd's
/// `ResolveLocalPaths` does, so entries keep their meaning after a merge.
public struct KubeconfigFile: Sendable, Hashable {
    /// Clusters by name.
    public var clusters: [String: Cluster] = [:]
    /// Users (`AuthInfo`s) by name.
    public var users: [String: AuthInfo] = [:]
    /// Contexts by name.
    public var contexts: [String: Context] = [:]
    /// The context used when none is named, "" for none.
    public var currentContext: String = ""

    /// An empty kubeconfig.
    public init() {}

    /// A kubeconfig with the given entries.
    public init(
        clusters: [String: Cluster] = [:], users: [String: AuthInfo] = [:], contexts: [String: Context] = [:],
        currentContext: String = ""
    ) {
        self.clusters = clusters
        self.users = users
        self.contexts = contexts
        self.currentContext = currentContext
    }

    /// Whether nothing is set: what clientcmd calls an empty config (`IsConfigEmpty`), the case in which a
    /// client falls back to in-cluster configuration.
    public var isEmpty: Bool {
        clusters.isEmpty && users.isEmpty && contexts.isEmpty && currentContext.isEmpty
    }

    /// Merges kubeconfigs as clientcmd's loading rules do: the first to define a cluster, user or context
    /// name wins whole (a later entry of the same name is ignored even for fields the first leaves
    /// unset), and the first non-empty `current-context` wins.
    public static func merging(_ files: [KubeconfigFile]) -> KubeconfigFile {
        var merged = KubeconfigFile()
        for file in files {
            merged.clusters.merge(file.clusters) { first, _ in first }
            merged.users.merge(file.users) { first, _ in first }
            merged.contexts.merge(file.contexts) { first, _ in first }
            if merged.currentContext.isEmpty { merged.currentContext = file.currentContext }
        }
        return merged
    }
}
