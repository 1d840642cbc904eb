import Foundation

extension String: JSONFieldValue {
    public func writeJSON(to writer: inout JSONWriter) { writer.write(self) }
    public var isJSONEmpty: Bool { isEmpty }
}

extension Bool: JSONFieldValue {
    public func writeJSON(to writer: inout JSONWriter) { writer.write(self) }
    public var isJSONEmpty: Bool { !self }
}

extension Int: JSONFieldValue {
    public func writeJSON(to writer: inout JSONWriter) { writer.write(Int64(self)) }
    public var isJSONEmpty: Bool { self == 0 }
}

extension Int32: JSONFieldValue {
    public func writeJSON(to writer: inout JSONWriter) { writer.write(Int64(self)) }
    public var isJSONEmpty: Bool { self == 0 }
}

extension Int64: JSONFieldValue {
    public func writeJSON(to writer: inout JSONWriter) { writer.write(self) }
    public var isJSONEmpty: Bool { self == 0 }
}

extension Double: JSONFieldValue {
    public func writeJSON(to writer: inout JSONWriter) { writer.write(self) }
    public var isJSONEmpty: Bool { self == 0 }
}

extension JSONValue: JSONFieldValue {
    public func writeJSON(to writer: inout JSONWriter) { writer.write(self) }
    public var isJSONEmpty: Bool {
        switch self {
        case .null: true
        case .object(let members): members.isEmpty
        case .array(let items): items.isEmpty
        default: false
        }
    }
}

extension Array: JSONFieldValue where Element: JSONFieldValue {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.byte(UInt8(ascii: "["))
        for (position, element) in enumerated() {
            if position > 0 { writer.byte(UInt8(ascii: ",")) }
            element.writeJSON(to: &writer)
        }
        writer.byte(UInt8(ascii: "]"))
    }
    public var isJSONEmpty: Bool { isEmpty }
}

extension Dictionary: JSONFieldValue where Key == String, Value: JSONFieldValue {
    /// Keys sorted, as Go writes maps.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.byte(UInt8(ascii: "{"))
        for (position, key) in keys.sorted().enumerated() {
            if position > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.write(key)
            writer.byte(UInt8(ascii: ":"))
            self[key]?.writeJSON(to: &writer)
        }
        writer.byte(UInt8(ascii: "}"))
    }
    public var isJSONEmpty: Bool { isEmpty }
}
