import Foundation

/// `resource.Quantity`: "100m", "1Gi", "1e3", parsed exactly and written in upstream's canonical form
/// ("1000" → "1k", "0.5" → "500m", "1.5Gi" → "1536Mi", "1024" stays "1024").
///
/// The value is `mantissa × 10^scale`, kept in 64 bits; like upstream's fast path, precision finer than
/// one nano-unit is rounded up. Values beyond 64 bits are rejected (upstream falls back to big decimals;
/// no DaemonSet field needs them).
public struct Quantity: Sendable, Hashable, Comparable, JSONFieldValue, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// How the quantity was written, which decides how it is written back.
    public enum Format: Sendable, Hashable {
        /// Binary suffixes: Ki, Mi, Gi, Ti, Pi, Ei.
        case binarySI
        /// Decimal suffixes: n, u, m, (none), k, M, G, T, P, E.
        case decimalSI
        /// `e`/`E` exponent notation.
        case decimalExponent
    }

    /// The unscaled value.
    public private(set) var mantissa: Int64
    /// The power of ten the mantissa is scaled by.
    public private(set) var scale: Int32
    public private(set) var format: Format

    /// A whole-unit quantity.
    public init(_ value: Int64, format: Format = .decimalSI) {
        mantissa = value
        scale = 0
        self.format = format
    }

    /// A quantity of `milliValue` thousandths.
    public init(milliValue: Int64) {
        mantissa = milliValue
        scale = -3
        format = .decimalSI
    }

    public init(stringLiteral value: String) {
        do {
            self = try Quantity(parsing: value)
        } catch {
            preconditionFailure("invalid Quantity literal \(value): \(error)")
        }
    }

    /// Parses a quantity; the error text is upstream's.
    public init(parsing text: String) throws(QuantityError) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw QuantityError.empty }
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        var digits: [UInt8] = []
        var fractionDigits = 0
        var seenPoint = false
        var seenDigit = false
        while index < bytes.count {
            let c = bytes[index]
            if c >= 48 && c <= 57 {
                seenDigit = true
                digits.append(c - 48)
                if seenPoint { fractionDigits += 1 }
            } else if c == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                break
            }
            index += 1
        }
        guard seenDigit else { throw QuantityError.format }
        let suffix = String(decoding: bytes[index...], as: UTF8.self)
        var exponent10: Int32 = 0
        var binaryShift = 0
        let format: Format
        switch suffix {
        case "": format = .decimalSI
        case "n": format = .decimalSI; exponent10 = -9
        case "u": format = .decimalSI; exponent10 = -6
        case "m": format = .decimalSI; exponent10 = -3
        case "k": format = .decimalSI; exponent10 = 3
        case "M": format = .decimalSI; exponent10 = 6
        case "G": format = .decimalSI; exponent10 = 9
        case "T": format = .decimalSI; exponent10 = 12
        case "P": format = .decimalSI; exponent10 = 15
        case "E": format = .decimalSI; exponent10 = 18
        case "Ki": format = .binarySI; binaryShift = 10
        case "Mi": format = .binarySI; binaryShift = 20
        case "Gi": format = .binarySI; binaryShift = 30
        case "Ti": format = .binarySI; binaryShift = 40
        case "Pi": format = .binarySI; binaryShift = 50
        case "Ei": format = .binarySI; binaryShift = 60
        default:
            let first = suffix.utf8.first
            guard first == UInt8(ascii: "e") || first == UInt8(ascii: "E"),
                let value = Int32(suffix.dropFirst())
            else { throw QuantityError.suffix }
            format = .decimalExponent
            exponent10 = value
        }
        // Strip leading zeros, then build the integer mantissa.
        var mantissa: Int64 = 0
        var scale = exponent10 - Int32(fractionDigits)
        var trailing = digits[...]
        while let last = trailing.last, last == 0, trailing.count > 1 {
            trailing = trailing.dropLast()
            scale += 1
        }
        for digit in trailing {
            let (times, o1) = mantissa.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int64(digit))
            guard !o1, !o2 else { throw QuantityError.tooLarge }
            mantissa = sum
        }
        if binaryShift > 0 {
            for _ in 0..<binaryShift {
                let (doubled, overflow) = mantissa.multipliedReportingOverflow(by: 2)
                guard !overflow else { throw QuantityError.tooLarge }
                mantissa = doubled
            }
            while scale < 0, mantissa % 10 == 0, mantissa != 0 {
                mantissa /= 10
                scale += 1
            }
        }
        if mantissa == 0 { scale = 0 }
        // Round finer-than-nano values up, as upstream does.
        if scale < -9 {
            var divisor: Int64 = 1
            for _ in 0..<(-9 - Int(scale)) {
                let (next, overflow) = divisor.multipliedReportingOverflow(by: 10)
                if overflow { divisor = 0; break }
                divisor = next
            }
            if divisor == 0 {
                mantissa = mantissa == 0 ? 0 : 1
            } else {
                let rounded = mantissa / divisor + (mantissa % divisor == 0 ? 0 : 1)
                mantissa = rounded
            }
            scale = -9
        }
        self.mantissa = negative ? -mantissa : mantissa
        self.scale = scale
        self.format = format
    }

    /// The value rounded up to whole units (`Value()`).
    public var value: Int64 { scaled(to: 0) }

    /// The value in thousandths, rounded up (`MilliValue()`).
    public var milliValue: Int64 { scaled(to: -3) }

    /// The value as a double (for ratios and display only).
    public var doubleValue: Double { Double(mantissa) * pow(10, Double(scale)) }

    private func scaled(to target: Int32) -> Int64 {
        var result = mantissa
        if scale >= target {
            for _ in 0..<(scale - target) {
                let (next, overflow) = result.multipliedReportingOverflow(by: 10)
                if overflow { return result < 0 ? .min : .max }
                result = next
            }
            return result
        }
        var divisor: Int64 = 1
        for _ in 0..<(target - scale) {
            let (next, overflow) = divisor.multipliedReportingOverflow(by: 10)
            if overflow { return result > 0 ? 1 : 0 }
            divisor = next
        }
        let quotient = result / divisor
        return result % divisor > 0 ? quotient + 1 : quotient
    }

    public static func < (lhs: Quantity, rhs: Quantity) -> Bool {
        lhs.doubleValue < rhs.doubleValue || (lhs.doubleValue == rhs.doubleValue && lhs.milliValue < rhs.milliValue)
    }

    public static func == (lhs: Quantity, rhs: Quantity) -> Bool {
        lhs.canonical == rhs.canonical
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(canonical) }

    /// The canonical text, as upstream's `String()`.
    public var description: String { canonical }

    private var canonical: String {
        if mantissa == 0 { return "0" }
        var format = self.format
        if format == .binarySI {
            if mantissa > -1024 * pow10(-scale) && mantissa < 1024 * pow10(-scale) {
                format = .decimalSI
            } else if scale < 0 && mantissa % pow10(-scale) != 0 {
                format = .decimalSI
            }
        }
        if format == .binarySI {
            var whole = scaled(to: 0)
            var exponent = 0
            while whole % 1024 == 0, exponent < 6 {
                whole /= 1024
                exponent += 1
            }
            let suffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]
            return String(whole) + suffixes[exponent]
        }
        var amount = mantissa
        var exponent = scale
        while amount % 10 == 0 {
            amount /= 10
            exponent += 1
        }
        switch ((exponent % 3) + 3) % 3 {
        case 1:
            amount *= 10
            exponent -= 1
        case 2:
            amount *= 100
            exponent -= 2
        default:
            break
        }
        if format == .decimalExponent {
            return exponent == 0 ? String(amount) : String(amount) + "e" + String(exponent)
        }
        let suffixes: [Int32: String] = [-9: "n", -6: "u", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E"]
        if let suffix = suffixes[exponent] { return String(amount) + suffix }
        return String(amount) + "e" + String(exponent)
    }

    private func pow10(_ power: Int32) -> Int64 {
        var result: Int64 = 1
        if power <= 0 { return 1 }
        for _ in 0..<power { result = result.multipliedReportingOverflow(by: 10).partialValue }
        return result
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text: String
        if let number = try? container.decode(Int64.self) {
            text = String(number)
        } else if let number = try? container.decode(Double.self) {
            text = String(number)
        } else {
            text = try container.decode(String.self)
        }
        do {
            self = try Quantity(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public init(reading reader: inout JSONReader) throws {
        let text = reader.peek() == UInt8(ascii: "\"") ? try reader.readString() : String(try reader.readInteger(Int64.self))
        guard let quantity = try? Quantity(parsing: text) else { throw JSONReader.Declined() }
        self = quantity
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(canonical)
    }

    public func writeJSON(to writer: inout JSONWriter) { writer.write(canonical) }
    public var isJSONEmpty: Bool { false }
}

/// Why a quantity did not parse; `message` is upstream's text.
public enum QuantityError: Error, Sendable, Equatable {
    case empty
    case format
    case suffix
    case tooLarge

    public var message: String {
        switch self {
        case .empty: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
        case .format: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
        case .suffix: "unable to parse quantity's suffix"
        case .tooLarge: "quantity is too large"
        }
    }
}

/// `v1.ResourceList`: resource name → quantity ("cpu": "100m").
public typealias ResourceList = [String: Quantity]
