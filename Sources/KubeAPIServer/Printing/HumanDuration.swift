import Foundation

/// Upstream's `duration.HumanDuration` and the printers' `translateTimestampSince`: ages such as
/// `45s`, `5m30s`, `2d3h`, with ~2-3 significant figures.
enum HumanDuration {
    /// Go's zero `time.Time` (0001-01-01T00:00:00Z), which `IsZero` reports as unset.
    static let goZeroDate = Date(timeIntervalSince1970: -62_135_596_800)

    /// The age of `date` at `now`: `<unknown>` when unset (nil or Go's zero time), as the printers write it.
    static func since(_ date: Date?, now: Date) -> String {
        guard let date, date != goZeroDate else { return "<unknown>" }
        return format(now.timeIntervalSince(date))
    }

    /// `duration.HumanDuration` of `interval` seconds, computed on whole nanoseconds as Go's
    /// `time.Duration` is, saturating as `time.Since` does.
    static func format(_ interval: TimeInterval) -> String {
        let scaled = (interval * 1e9).rounded()
        let nanoseconds: Int64
        if scaled >= 9.2e18 {
            nanoseconds = .max
        } else if scaled <= -9.2e18 {
            nanoseconds = .min
        } else {
            nanoseconds = Int64(scaled)
        }
        return format(nanoseconds: nanoseconds)
    }

    /// `duration.HumanDuration` of a Go duration.
    static func format(nanoseconds duration: Int64) -> String {
        let second: Int64 = 1_000_000_000
        let minute = 60 * second
        let hour = 60 * minute
        // A clock skew of up to 2 s (excluded) counts as "now" rather than as the future.
        let seconds = duration / second
        if seconds < -1 { return "<invalid>" }
        if seconds < 0 { return "0s" }
        if seconds < 60 * 2 { return "\(seconds)s" }
        let minutes = duration / minute
        if minutes < 10 {
            let remainder = seconds % 60
            return remainder == 0 ? "\(minutes)m" : "\(minutes)m\(remainder)s"
        }
        if minutes < 60 * 3 { return "\(minutes)m" }
        let hours = duration / hour
        if hours < 8 {
            let remainder = minutes % 60
            return remainder == 0 ? "\(hours)h" : "\(hours)h\(remainder)m"
        }
        if hours < 48 { return "\(hours)h" }
        if hours < 24 * 8 {
            let remainder = hours % 24
            return remainder == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(remainder)h"
        }
        if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
        if hours < 24 * 365 * 8 {
            let days = hours / 24 % 365
            return days == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(days)d"
        }
        return "\(hours / 24 / 365)y"
    }
}
