import Foundation
import Testing
@testable import KubeModel

/// 2024-01-02T03:04:05Z.
private let instant = 1_704_164_645.0

@Test(arguments: [
    ("2024-01-02T03:04:05Z", "2024-01-02T03:04:05Z"),
    // Fractions are accepted and dropped (truncated, never rounded) when written.
    ("2024-01-02T03:04:05.987654Z", "2024-01-02T03:04:05Z"),
    ("2024-01-02T03:04:05.5Z", "2024-01-02T03:04:05Z"),
    // Offsets are normalized to UTC, across day, month and year boundaries.
    ("2024-01-02T05:34:05+02:30", "2024-01-02T03:04:05Z"),
    ("2024-01-01T20:04:05-07:00", "2024-01-02T03:04:05Z"),
    ("2023-12-31T23:30:00-01:00", "2024-01-01T00:30:00Z"),
    ("2024-03-01T00:30:00+01:00", "2024-02-29T23:30:00Z"),
    ("2024-01-02t03:04:05z", "2024-01-02T03:04:05Z"),
    ("1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z"),
])
func timeIsWrittenInWholeSecondsUTC(input: String, written: String) throws {
    let time = try #require(Time(rfc3339: input))
    #expect(time.rfc3339 == written)
}

@Test(arguments: [
    ("2024-01-02T03:04:05.123456Z", "2024-01-02T03:04:05.123456Z"),
    ("2024-01-02T03:04:05Z", "2024-01-02T03:04:05.000000Z"),
    ("2024-01-02T03:04:05.5Z", "2024-01-02T03:04:05.500000Z"),
    ("2024-01-02T03:04:05.000001Z", "2024-01-02T03:04:05.000001Z"),
    ("2024-01-02T03:04:05.999999Z", "2024-01-02T03:04:05.999999Z"),
    ("2024-01-02T04:04:05.402718+01:00", "2024-01-02T03:04:05.402718Z"),
    ("2024-01-01T23:59:59.900000-03:00", "2024-01-02T02:59:59.900000Z"),
])
func microTimeIsWrittenWithSixDigitsUTC(input: String, written: String) throws {
    let time = try #require(MicroTime(rfc3339: input))
    #expect(time.rfc3339 == written)
}

@Test(arguments: [
    "", "2024-01-02", "2024-01-02T03:04:05", "2024-01-02 03:04:05Z", "2024-13-02T03:04:05Z",
    "2024-01-02T24:04:05Z", "2024-01-02T03:04:05.Z", "2024-01-02T03:04:05+0200", "2024-01-02T03:04:05Zjunk",
])
func malformedTimesAreRejected(input: String) {
    #expect(Time(rfc3339: input) == nil)
    #expect(MicroTime(rfc3339: input) == nil)
}

@Test func timeAndMicroTimeOfTheSameInstant() {
    let date = Date(timeIntervalSince1970: instant + 0.25)
    #expect(Time(date).rfc3339 == "2024-01-02T03:04:05Z")
    #expect(MicroTime(date).rfc3339 == "2024-01-02T03:04:05.250000Z")
    // A hair under the next second stays in this second when no fraction is written, as Go truncates.
    #expect(Time(Date(timeIntervalSince1970: instant + 0.9999997)).rfc3339 == "2024-01-02T03:04:05Z")
}

/// A nullable `Time` and `MicroTime` as an API object holds them.
private struct TimeHolder: APIModel, Hashable {
    var time: Time?
    var micro: MicroTime?
    var unknownFields: JSONObject = [:]
    static let schema = Schema<TimeHolder>([.nullable("time", \.time), .nullable("micro", \.micro)])
}

@Test func timesDecodeFromJSONAndRejectGarbage() throws {
    let holder = try TimeHolder.decode(json: Data(#"{"time":"2024-01-02T04:04:05+01:00","micro":null}"#.utf8))
    #expect(holder.time == Time(Date(timeIntervalSince1970: instant)))
    #expect(holder.micro == nil)
    #expect(String(decoding: holder.jsonBytes(), as: UTF8.self) == #"{"time":"2024-01-02T03:04:05Z","micro":null}"#)
    #expect(throws: DecodingError.self) { try TimeHolder.decode(json: Data(#"{"time":"yesterday"}"#.utf8)) }
}

@Test func timesOrderByInstant() throws {
    let early = try #require(MicroTime(rfc3339: "2024-01-02T03:04:05.000001Z"))
    let late = try #require(MicroTime(rfc3339: "2024-01-02T03:04:05.000002Z"))
    #expect(early < late)
    #expect(try #require(Time(rfc3339: "2024-01-02T03:04:05Z")) < #require(Time(rfc3339: "2024-01-02T03:04:06Z")))
}

/// A time built in memory holds what its JSON holds, so it equals the time decoded from its encoding: whole
/// seconds for `Time`, microseconds for `MicroTime`, for instants with any fraction.
@Test func timesBuiltInMemoryEqualTheirDecodedEncoding() throws {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
        let instant = Date(timeIntervalSince1970: Double.random(in: 0..<4_000_000_000, using: &generator))
        let holder = TimeHolder(time: Time(instant), micro: MicroTime(instant))
        #expect(try TimeHolder.decode(json: holder.jsonData()) == holder, "\(instant.timeIntervalSince1970)")
    }
    let fraction = Date(timeIntervalSince1970: 1_700_000_000.999_999_7)
    #expect(Time(fraction).rfc3339 == "2023-11-14T22:13:20Z")
    #expect(Time(fraction) == Time(Date(timeIntervalSince1970: 1_700_000_000)))
    #expect(MicroTime(fraction).rfc3339 == "2023-11-14T22:13:21.000000Z")
}
