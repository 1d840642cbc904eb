import Foundation

/// `metav1.Time`: an instant written in RFC 3339 with whole seconds in UTC ("2024-01-02T03:04:05Z").
public struct Time: Sendable, Hashable, Comparable, JSONFieldValue {
    /// The instant, in whole seconds: what the JSON holds, so that an object built in memory equals the one
    /// decoded from its encoding (`RecentObjects`, `RequestBodyObject` hand such objects around).
    public let date: Date

    /// `date` with its sub-second part dropped, as upstream drops it when writing.
    public init(_ date: Date) { self.date = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)) }

    /// Parses RFC 3339 text (any fraction, `Z` or a numeric offset).
    public init?(rfc3339 text: String) {
        guard let date = RFC3339.parse(text) else { return nil }
        self.date = date
    }

    /// The text the real API writes.
    public var rfc3339: String { RFC3339.format(date, fractionDigits: 0) }

    public static func < (lhs: Time, rhs: Time) -> Bool { lhs.date < rhs.date }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = RFC3339.parse(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "parsing time \"\(text)\" as RFC 3339 failed"))
        }
        self.date = date
    }

    public init(reading reader: inout JSONReader) throws {
        guard let date = RFC3339.parse(try reader.readString()) else { throw JSONReader.Declined() }
        self.date = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rfc3339)
    }

    public func writeJSON(to writer: inout JSONWriter) { writer.write(rfc3339) }
    public var isJSONEmpty: Bool { false }
}

/// `metav1.MicroTime`: RFC 3339 with exactly six fractional digits in UTC ("2024-01-02T03:04:05.123456Z").
public struct MicroTime: Sendable, Hashable, Comparable, JSONFieldValue {
    /// The instant, to the microsecond: what the JSON holds (see `Time.date`).
    public let date: Date

    /// `date` to the microsecond it is written with, as decoding that text gives it back.
    public init(_ date: Date) { self.date = RFC3339.parse(RFC3339.format(date, fractionDigits: 6)) ?? date }

    /// Parses RFC 3339 text.
    public init?(rfc3339 text: String) {
        guard let date = RFC3339.parse(text) else { return nil }
        self.date = date
    }

    /// The text the real API writes.
    public var rfc3339: String { RFC3339.format(date, fractionDigits: 6) }

    public static func < (lhs: MicroTime, rhs: MicroTime) -> Bool { lhs.date < rhs.date }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = RFC3339.parse(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "parsing time \"\(text)\" as RFC 3339 failed"))
        }
        self.date = date
    }

    public init(reading reader: inout JSONReader) throws {
        guard let date = RFC3339.parse(try reader.readString()) else { throw JSONReader.Declined() }
        self.date = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rfc3339)
    }

    public func writeJSON(to writer: inout JSONWriter) { writer.write(rfc3339) }
    public var isJSONEmpty: Bool { false }
}

/// A small, allocation-light RFC 3339 reader and writer (Foundation's formatters are slow and locale-bound).
enum RFC3339 {
    static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            var value = 0
            for i in start..<(start + count) {
                let c = b[i]
                guard c >= 48 && c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard b.count >= 20,
            let year = digits(0, 4), b[4] == UInt8(ascii: "-"),
            let month = digits(5, 2), b[7] == UInt8(ascii: "-"),
            let day = digits(8, 2), b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
            let hour = digits(11, 2), b[13] == UInt8(ascii: ":"),
            let minute = digits(14, 2), b[16] == UInt8(ascii: ":"),
            let second = digits(17, 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < b.count, b[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            let start = index
            while index < b.count, b[index] >= 48, b[index] <= 57 {
                fraction += Double(b[index] - 48) * scale
                scale /= 10
                index += 1
            }
            if index == start { return nil }
        }
        guard index < b.count else { return nil }
        var offset = 0
        if b[index] == UInt8(ascii: "Z") || b[index] == UInt8(ascii: "z") {
            index += 1
        } else if b[index] == UInt8(ascii: "+") || b[index] == UInt8(ascii: "-") {
            guard let oh = digits(index + 1, 2), b.count > index + 3, b[index + 3] == UInt8(ascii: ":"),
                let om = digits(index + 4, 2)
            else { return nil }
            offset = (oh * 3600 + om * 60) * (b[index] == UInt8(ascii: "-") ? -1 : 1)
            index += 6
        } else {
            return nil
        }
        guard index == b.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    static func format(_ date: Date, fractionDigits: Int) -> String {
        let interval = date.timeIntervalSince1970
        var whole = Int(interval.rounded(.down))
        var micros = Int(((interval - Double(whole)) * 1_000_000).rounded())
        // Go truncates to the written precision. Microseconds are rounded first because a Double
        // holding an exact microsecond may sit just below it; whole seconds are exact, so with no
        // fraction written the rounding must not carry into the seconds (05.9999997 is "05", as in Go).
        if micros >= 1_000_000, fractionDigits > 0 {
            whole += 1
            micros -= 1_000_000
        }
        let days = whole >= 0 ? whole / 86400 : (whole - 86399) / 86400
        let secondsOfDay = whole - days * 86400
        let (year, month, day) = civilFromDays(days)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
        text += pad(secondsOfDay / 3600, 2) + ":" + pad(secondsOfDay / 60 % 60, 2) + ":" + pad(secondsOfDay % 60, 2)
        if fractionDigits == 6 { text += "." + pad(micros, 6) }
        return text + "Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil calendar algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
