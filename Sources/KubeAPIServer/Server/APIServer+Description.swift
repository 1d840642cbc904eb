extension APIServer: CustomStringConvertible {
    /// The listen address, as the service's name in lifecycle logs (and never its PKI's secrets).
    public var description: String {
        "APIServer(\(ListenAddress(host: configuration.host, port: configuration.port)))"
    }
}
