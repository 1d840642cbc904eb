/// Go's `time.ParseDuration` for the non-negative values knobs use: a sequence of decimal numbers with
/// units `ns`, `us`, `ms`, `s`, `m`, `h` (`1m30s`, `1.5s`), or `0`.
public enum GoDuration {
    /// The duration, nil when the text is not one.
    public static func parse(_ text: String) -> Duration? {
        if text == "0" { return .zero }
        var total: Duration = .zero
        var rest = Substring(text)
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            let unit = rest.prefix { !$0.isNumber && $0 != "." }
            rest = rest.dropFirst(unit.count)
            let seconds: Double
            switch unit {
            case "ns": seconds = 1e-9
            case "us", "µs": seconds = 1e-6
            case "ms": seconds = 1e-3
            case "s": seconds = 1
            case "m": seconds = 60
            case "h": seconds = 3600
            default: return nil
            }
            total += .seconds(value * seconds)
        }
        return total
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number (metrics, wall-time arithmetic).
    public var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}
