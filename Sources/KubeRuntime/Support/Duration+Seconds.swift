extension Duration {
    /// The duration in whole seconds, rounded down, as the API's `timeoutSeconds` and `leaseDurationSeconds`
    /// take it.
    var wholeSeconds: Int64 { components.seconds }
}
