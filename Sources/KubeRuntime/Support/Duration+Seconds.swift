extension Duration {
    /// The duration in seconds, as a floating-point number (metrics, wall-time arithmetic).
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }

    /// The duration in whole seconds, rounded down, as the API's `timeoutSeconds` and `leaseDurationSeconds`
    /// take it.
    var wholeSeconds: Int64 { components.seconds }
}
