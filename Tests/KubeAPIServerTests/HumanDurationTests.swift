import Foundation
import Testing

@testable import KubeAPIServer

/// Upstream's `duration.HumanDuration`, boundary by boundary (seconds in, text out).
@Test(arguments: [
    (-2.0, "<invalid>"),
    (-1.5, "0s"),  // within the 2 s of tolerated clock skew
    (-1.0, "0s"),
    (0.0, "0s"),
    (1.0, "1s"),
    (119.0, "119s"),
    (120.0, "2m"),
    (121.0, "2m1s"),
    (599.0, "9m59s"),
    (600.0, "10m"),
    (10_799.0, "179m"),
    (10_800.0, "3h"),
    (12_600.0, "3h30m"),
    (28_799.0, "7h59m"),
    (28_800.0, "8h"),
    (172_799.0, "47h"),
    (172_800.0, "2d"),
    (176_400.0, "2d1h"),
    (691_199.0, "7d23h"),
    (691_200.0, "8d"),
    (63_071_999.0, "729d"),
    (63_072_000.0, "2y"),
    (63_158_400.0, "2y1d"),
    (252_287_999.0, "7y364d"),
    (252_288_000.0, "8y"),
    (252_374_400.0, "8y"),
    (1e9, "31y"),
    (1e300, "292y"),  // saturates as Go's time.Since does
])
func humanDurationMatchesUpstream(seconds: Double, expected: String) {
    #expect(HumanDuration.format(seconds) == expected)
}

@Test func agesOfUnsetTimesAreUnknown() {
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    #expect(HumanDuration.since(nil, now: now) == "<unknown>")
    #expect(HumanDuration.since(HumanDuration.goZeroDate, now: now) == "<unknown>")
    #expect(HumanDuration.since(now.addingTimeInterval(-90), now: now) == "90s")
    #expect(HumanDuration.since(now.addingTimeInterval(5), now: now) == "<invalid>")
}
