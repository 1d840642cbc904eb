extension KubeconfigFile {
    /// A `contexts[].context` entry: a cluster, a user and a default namespace.
    public struct Context: Sendable, Hashable {
        /// The cluster's name.
        public var cluster: String = ""
        /// The user's name (`user`; `AuthInfo` in client-go).
        public var user: String = ""
        /// The namespace requests default to, "" for `default`.
        public var namespace: String = ""

        /// A context joining `cluster` and `user`.
        public init(cluster: String = "", user: String = "", namespace: String = "") {
            self.cluster = cluster
            self.user = user
            self.namespace = namespace
        }
    }
}
