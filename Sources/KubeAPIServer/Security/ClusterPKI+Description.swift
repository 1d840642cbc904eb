extension ClusterPKI: CustomStringConvertible, CustomDebugStringConvertible {
    /// The directory only: the default reflection would print the private keys and the token into
    /// logs (swift-service-lifecycle logs its services' descriptions at debug level).
    public var description: String { "ClusterPKI(\(configuration.directory))" }

    /// As `description`: never the secrets.
    public var debugDescription: String { description }
}
