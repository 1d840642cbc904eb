import Foundation

extension String: JSONFieldValue {
    public init(reading reader: inout JSONReader) throws { self = try reader.readString() }
    public func writeJSON(to writer: inout JSONWriter) { writer.write(self) }
    public var isJSONEmpty: Bool { isEmpty }
}

extension Bool: JSONFieldValue {
    public init(reading reader: inout JSONReader) throws { self = try reader.readBool() }
    public func writeJSON(to writer: inout JSONWriter) { writer.write(self) }
    public var isJSONEmpty: Bool { !self }
}

extension Int: JSONFieldValue {
    public init(reading reader: inout JSONReader) throws { self = try reader.readInteger(Int.self) }
    public func writeJSON(to writer: inout JSONWriter) { writer.write(Int64(self)) }
    public var isJSONEmpty: Bool { self == 0 }
}

extension Int32: JSONFieldValue {
    public init(reading reader: inout JSONReader) throws { self = try reader.readInteger(Int32.self) }
    public func writeJSON(to writer: inout JSONWriter) { writer.write(Int64(self)) }
    public var isJSONEmpty: Bool { self == 0 }
}

extension Int64: JSONFieldValue {
    public init(reading reader: inout JSONReader) throws { self = try reader.readInteger(Int64.self) }
    public func writeJSON(to writer: inout JSONWriter) { writer.write(self) }
    public var isJSONEmpty: Bool { self == 0 }
}

extension Double: JSONFieldValue {
    public init(reading reader: inout JSONReader) throws { self = try reader.readDouble() }
    public func writeJSON(to writer: inout JSONWriter) { writer.write(self) }
    public var isJSONEmpty: Bool { self == 0 }
}

extension JSONValue: JSONFieldValue {
    public init(reading reader: inout JSONReader) throws { self = try reader.readValue() }
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
    public init(reading reader: inout JSONReader) throws { self = try reader.readArray { try Element(reading: &$0) } }
    public func writeJSON(to writer: inout JSONWriter) {
        writer.byte(UInt8(ascii: "["))
        // Each element is written in place: iterating would copy it, retaining everything inside.
        withUnsafeBufferPointer { elements in
            for position in elements.indices {
                if position > 0 { writer.byte(UInt8(ascii: ",")) }
                elements[position].writeJSON(to: &writer)
            }
        }
        writer.byte(UInt8(ascii: "]"))
    }
    public var isJSONEmpty: Bool { isEmpty }
}

extension Dictionary: JSONFieldValue where Key == String, Value: JSONFieldValue {
    public init(reading reader: inout JSONReader) throws {
        self.init()
        var cursor = try reader.beginObject()
        while let key = try reader.nextKey(&cursor) {
            guard updateValue(try Value(reading: &reader), forKey: key) == nil else { throw JSONReader.Declined() }
        }
    }
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
