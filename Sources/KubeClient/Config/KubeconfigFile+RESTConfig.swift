extension KubeconfigFile {
    /// clientcmd's message when there is nothing to connect to; `RESTConfig.load` then tries in-cluster.
    static let emptyConfigurationMessage =
        "invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable"

    /// clientcmd's `ErrEmptyCluster`: a context that names no cluster, or a cluster with nothing set.
    private static let emptyClusterMessage = "cluster has no server defined"

    /// The connection for `context` (the current context when nil or empty), as clientcmd's
    /// `DirectClientConfig.ClientConfig` builds it: a context that does not exist is reported alone, every
    /// problem with the chosen context's user and cluster at once, worded as upstream (`invalid
    /// configuration: context was not found for specified context: x`); credentials are only used for
    /// `https` servers.
    ///
    /// Throws `.emptyConfiguration` when there is nothing to connect to (no file, or no context and
    /// cluster chosen), `.configuration` for any other problem.
    public func restConfig(context contextName: String? = nil) throws(KubeClientError) -> RESTConfig {
        if isEmpty { throw KubeClientError(.emptyConfiguration, Self.emptyConfigurationMessage) }
        let name = contextName.flatMap { $0.isEmpty ? nil : $0 } ?? currentContext
        var problems: [String] = []
        var context = Context()
        if !name.isEmpty {
            guard let found = contexts[name] else {
                // Upstream goes on to add "cluster has no server defined" for the context it did not find;
                // the first problem is the one to fix.
                throw KubeClientError(
                    .configuration, "invalid configuration: context was not found for specified context: \(name)")
            }
            context = found
        }
        var user = AuthInfo()
        if let found = users[context.user] {
            user = found
            problems += Self.problems(user: found, name: context.user)
        } else if !context.user.isEmpty {
            problems.append("user \"\(context.user)\" was not found for context \"\(name)\"")
        }
        var cluster = Cluster()
        if let found = clusters[context.cluster] {
            cluster = found
            problems += Self.problems(cluster: found, name: context.cluster)
        } else if !context.cluster.isEmpty {
            problems.append("cluster \"\(context.cluster)\" was not found for context \"\(name)\"")
        } else {
            problems.append(Self.emptyClusterMessage)
        }
        // clientcmd: when the only problem is that no cluster is set, the config is "empty".
        if problems == [Self.emptyClusterMessage] {
            throw KubeClientError(.emptyConfiguration, Self.emptyConfigurationMessage)
        }
        if !problems.isEmpty {
            let joined = problems.count == 1 ? problems[0] : "[" + problems.joined(separator: ", ") + "]"
            throw KubeClientError(.configuration, "invalid configuration: " + joined)
        }
        return Self.restConfig(cluster: cluster, user: user, namespace: context.namespace)
    }

    private static func restConfig(cluster: Cluster, user: AuthInfo, namespace: String) -> RESTConfig {
        let tls = cluster.insecureSkipTLSVerify || cluster.certificateAuthority != nil
            || cluster.certificateAuthorityData != nil
        var config = RESTConfig(host: RESTConfig.normalizedHost(cluster.server, tls: tls))
        config.namespace = namespace.isEmpty ? "default" : namespace
        // client-go only reads credentials for a TLS transport: a token is never sent in the clear.
        guard config.usesTLS else { return config }
        config.insecureSkipTLSVerify = cluster.insecureSkipTLSVerify
        config.certificateAuthorityFile = cluster.certificateAuthority
        config.certificateAuthorityData = cluster.certificateAuthorityData
        config.clientCertificateFile = user.clientCertificate
        config.clientCertificateData = user.clientCertificateData
        config.clientKeyFile = user.clientKey
        config.clientKeyData = user.clientKeyData
        config.bearerToken = user.token
        config.bearerTokenFile = user.tokenFile
        return config
    }

    /// clientcmd's `validateAuthInfo`, plus a refusal of credential kinds this client does not implement.
    private static func problems(user: AuthInfo, name: String) -> [String] {
        var problems: [String] = []
        if let field = user.unsupportedFields.first {
            problems.append("user \"\(name)\" uses \(field), which this client does not support")
        }
        if user.clientCertificate != nil || user.clientCertificateData != nil {
            if user.clientCertificate != nil, user.clientCertificateData != nil {
                problems.append(
                    "client-cert-data and client-cert are both specified for \(name). client-cert-data will override.")
            }
            if user.clientKey != nil, user.clientKeyData != nil {
                problems.append(
                    "client-key-data and client-key are both specified for \(name); client-key-data will override")
            }
            if user.clientKey == nil, user.clientKeyData == nil {
                problems.append(
                    "client-key-data or client-key must be specified for \(name) to use the clientCert authentication method.")
            }
            if let path = user.clientCertificate, let reason = unreadable(path) {
                problems.append("unable to read client-cert \(path) for \(name) due to \(reason)")
            }
            if let path = user.clientKey, let reason = unreadable(path) {
                problems.append("unable to read client-key \(path) for \(name) due to \(reason)")
            }
        }
        if let path = user.tokenFile, let reason = unreadable(path) {
            problems.append("unable to read tokenFile \(path) for \(name) due to \(reason)")
        }
        return problems
    }

    /// clientcmd's `validateClusterInfo`, plus a refusal of settings this client does not implement.
    private static func problems(cluster: Cluster, name: String) -> [String] {
        if cluster.isEmpty { return [emptyClusterMessage] }
        var problems: [String] = []
        if cluster.server.isEmpty {
            problems.append(name.isEmpty ? "default cluster has no server defined" : "no server found for cluster \"\(name)\"")
        }
        if !cluster.proxyURL.isEmpty {
            problems.append("cluster \"\(name)\" uses proxy-url, which this client does not support")
        }
        if !cluster.tlsServerName.isEmpty {
            problems.append("cluster \"\(name)\" uses tls-server-name, which this client does not support")
        }
        if cluster.certificateAuthority != nil, cluster.certificateAuthorityData != nil {
            problems.append(
                "certificate-authority-data and certificate-authority are both specified for \(name). "
                    + "certificate-authority-data will override.")
        }
        if let path = cluster.certificateAuthority, let reason = unreadable(path) {
            problems.append("unable to read certificate-authority \(path) for \(name) due to \(reason)")
        }
        return problems
    }

    /// Why `path` cannot be read, or nil when it can.
    private static func unreadable(_ path: String) -> String? {
        do {
            _ = try LocalFile.read(path)
            return nil
        } catch {
            return error.description
        }
    }
}
