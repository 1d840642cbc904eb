import Foundation

extension RESTConfig {
    /// The configuration kubectl would use (client-go's deferred loading client config):
    ///
    /// 1. the kubeconfig files of `KubeconfigLoadingRules.standard` (`kubeconfig`, i.e. `--kubeconfig`,
    ///    alone; else `KUBECONFIG`'s files merged; else `~/.kube/config`), with `context` or the current one;
    /// 2. if they hold no usable configuration at all, the in-cluster configuration when this process runs
    ///    in a pod;
    /// 3. else the error `invalid configuration: no configuration has been provided, try setting
    ///    KUBERNETES_MASTER environment variable` (code `.emptyConfiguration`).
    ///
    /// `environment` and `inCluster` are injectable for tests; `inCluster` defaults to the one read from
    /// `environment`.
    public static func load(
        kubeconfig: String? = nil,
        context: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        inCluster: InClusterConfig? = nil
    ) throws(KubeClientError) -> RESTConfig {
        let file = try KubeconfigLoadingRules.standard(explicitPath: kubeconfig, environment: environment).load()
        do {
            return try file.restConfig(context: context)
        } catch where error.code == .emptyConfiguration {
            let inCluster = inCluster ?? InClusterConfig(environment: environment)
            guard inCluster.isPossible else { throw error }
            return try inCluster.restConfig()
        }
    }
}
