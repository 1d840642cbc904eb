import Foundation

/// `intstr.IntOrString`: a JSON number or string (`maxUnavailable: 1` or `"10%"`, a port number or name).
public enum IntOrString: Sendable, Hashable, JSONFieldValue, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    case int(Int32)
    case string(String)

    public init(integerLiteral value: Int32) { self = .int(value) }
    public init(stringLiteral value: String) { self = .string(value) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int32.self) {
            self = .int(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public init(reading reader: inout JSONReader) throws {
        if reader.peek() == UInt8(ascii: "\"") {
            self = .string(try reader.readString())
        } else {
            self = .int(try reader.readInteger(Int32.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }

    public func writeJSON(to writer: inout JSONWriter) {
        switch self {
        case .int(let value): writer.write(Int64(value))
        case .string(let value): writer.write(value)
        }
    }

    public var isJSONEmpty: Bool { false }

    /// `GetScaledValueFromIntOrPercent`: an int as is, `"N%"` of `total` rounded up or down.
    /// Errors are worded as upstream's ("invalid value for IntOrString: invalid value \"x\"").
    public func scaledValue(total: Int, roundUp: Bool) throws(IntOrStringError) -> Int {
        switch self {
        case .int(let value):
            return Int(value)
        case .string(let text):
            guard text.hasSuffix("%") else {
                throw IntOrStringError(
                    message: "invalid value for IntOrString: invalid type: string is not a percentage")
            }
            let digits = text.dropLast()
            guard let percent = Int(digits) else {
                throw IntOrStringError(
                    message: "invalid value for IntOrString: invalid value \"\(text)\": "
                        + "strconv.Atoi: parsing \"\(digits)\": invalid syntax")
            }
            let product = percent * total
            if roundUp {
                return product >= 0 ? (product + 99) / 100 : product / 100
            }
            return product / 100
        }
    }
}

/// A malformed IntOrString (an int-or-percent that is neither).
public struct IntOrStringError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
