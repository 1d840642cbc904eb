import Foundation

/// A value that can be a field of an API struct: written with Go's JSON rules and tested for Go's `omitempty`.
public protocol JSONFieldValue: Codable, Sendable, Equatable {
    /// Writes the value's JSON.
    func writeJSON(to writer: inout JSONWriter)
    /// Whether Go's `omitempty` would drop it: "", 0, false, empty slices and maps; never structs.
    var isJSONEmpty: Bool { get }
    /// Reads the value: the fast path of `decode(json:)`. It throws `JSONReader.Declined` for any input it
    /// would not decode exactly as `init(from:)` under `JSONDecoder` does, so that decoder can take over.
    init(reading reader: inout JSONReader) throws
}

/// A struct of the Kubernetes API coded through its field table, so that the JSON matches the real API
/// (field order, `omitempty`, explicit nulls) and members the table does not name survive in `unknownFields`.
public protocol APIModel: JSONFieldValue {
    init()
    /// Members the model does not know, kept verbatim and written back after the known ones.
    var unknownFields: JSONObject { get set }
    /// The fields in the API's declaration order.
    static var schema: Schema<Self> { get }
}

/// A string coding key for any member name.
public struct JSONKey: CodingKey, Sendable {
    public let stringValue: String
    public var intValue: Int? { nil }
    public init(_ string: String) { stringValue = string }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}

/// One member of an API struct: how to read it, write it, and when to leave it out.
public struct Field<Root>: Sendable {
    let name: String
    let key: JSONKey
    let quotedKey: [UInt8]
    let decode: @Sendable (inout Root, KeyedDecodingContainer<JSONKey>, JSONKey) throws -> Void
    let read: @Sendable (inout Root, inout JSONReader) throws -> Void
    /// Writes the member of the root at the pointer, if it is to be written (after a comma unless it is the
    /// first): it reads the value in place, where a copy would retain and release every reference inside it.
    let write: @Sendable (UnsafeRawPointer, inout JSONWriter, [UInt8], inout Bool) -> Void
    let encode: @Sendable (Root, inout KeyedEncodingContainer<JSONKey>, JSONKey) throws -> Void

    init(
        _ name: String,
        decode: @escaping @Sendable (inout Root, KeyedDecodingContainer<JSONKey>, JSONKey) throws -> Void,
        read: @escaping @Sendable (inout Root, inout JSONReader) throws -> Void,
        write: @escaping @Sendable (UnsafeRawPointer, inout JSONWriter, [UInt8], inout Bool) -> Void,
        encode: @escaping @Sendable (Root, inout KeyedEncodingContainer<JSONKey>, JSONKey) throws -> Void
    ) {
        self.name = name
        self.key = JSONKey(name)
        var quoted = JSONWriter(capacity: name.utf8.count + 3)
        quoted.write(name)
        quoted.byte(UInt8(ascii: ":"))
        self.quotedKey = quoted.bytes
        self.decode = decode
        self.read = read
        self.write = write
        self.encode = encode
    }

    /// A field Go always writes (no `omitempty`, or a struct value); a decoded value goes through `decoded`
    /// (e.g. `StringInterner.intern`) when given.
    public static func field<Value: JSONFieldValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value> & Sendable,
        decoded transform: (@Sendable (Value) -> Value)? = nil
    ) -> Field {
        Field(
            name,
            decode: { root, container, key in
                if try container.decodeNil(forKey: key) { return }
                let value = try container.decode(Value.self, forKey: key)
                root[keyPath: path] = transform?(value) ?? value
            },
            read: { root, reader in
                if try reader.readNull() { return }
                let value = try Value(reading: &reader)
                root[keyPath: path] = transform?(value) ?? value
            },
            write: Self.writer(path) { value, writer, quoted, first in
                writer.member(quoted, first: &first)
                value.pointee.writeJSON(to: &writer)
            },
            encode: { root, container, key in try container.encode(root[keyPath: path], forKey: key) }
        )
    }

    /// A field tagged `omitempty` in Go: left out when "", 0, false or an empty collection; a decoded value
    /// goes through `decoded` when given.
    public static func omitEmpty<Value: JSONFieldValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value> & Sendable,
        decoded transform: (@Sendable (Value) -> Value)? = nil
    ) -> Field {
        Field(
            name,
            decode: { root, container, key in
                if try container.decodeNil(forKey: key) { return }
                let value = try container.decode(Value.self, forKey: key)
                root[keyPath: path] = transform?(value) ?? value
            },
            read: { root, reader in
                if try reader.readNull() { return }
                let value = try Value(reading: &reader)
                root[keyPath: path] = transform?(value) ?? value
            },
            write: Self.writer(path) { value, writer, quoted, first in
                if value.pointee.isJSONEmpty { return }
                writer.member(quoted, first: &first)
                value.pointee.writeJSON(to: &writer)
            },
            encode: { root, container, key in
                let value = root[keyPath: path]
                if !value.isJSONEmpty { try container.encode(value, forKey: key) }
            }
        )
    }

    /// A pointer field in Go: left out when nil.
    public static func optional<Value: JSONFieldValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value?> & Sendable
    ) -> Field {
        Field(
            name,
            decode: { root, container, key in
                root[keyPath: path] = try container.decodeIfPresent(Value.self, forKey: key)
            },
            read: { root, reader in
                root[keyPath: path] = try reader.readNull() ? nil : Value(reading: &reader)
            },
            write: Self.writer(path) { value, writer, quoted, first in
                if value.pointee == nil { return }
                writer.member(quoted, first: &first)
                value.pointee?.writeJSON(to: &writer)
            },
            encode: { root, container, key in try container.encodeIfPresent(root[keyPath: path], forKey: key) }
        )
    }

    /// A field Go writes as `null` when unset (a zero `metav1.Time`, e.g. a template's creationTimestamp).
    public static func nullable<Value: JSONFieldValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value?> & Sendable
    ) -> Field {
        Field(
            name,
            decode: { root, container, key in
                root[keyPath: path] = try container.decodeIfPresent(Value.self, forKey: key)
            },
            read: { root, reader in
                root[keyPath: path] = try reader.readNull() ? nil : Value(reading: &reader)
            },
            write: Self.writer(path) { value, writer, quoted, first in
                writer.member(quoted, first: &first)
                if value.pointee == nil { writer.writeNull() } else { value.pointee?.writeJSON(to: &writer) }
            },
            encode: { root, container, key in
                if let value = root[keyPath: path] {
                    try container.encode(value, forKey: key)
                } else {
                    try container.encodeNil(forKey: key)
                }
            }
        )
    }
}

extension Field {
    /// A member writer that hands `write` the value at `path` in a root at a pointer: the value in place for a
    /// stored property (at its offset), a copy for a computed one (a copy-on-write model's fields, which read
    /// their box's fields in place in turn). A key-path projection would also look up generic metadata on
    /// every read, which cost more than writing the value.
    static func writer<Value>(
        _ path: KeyPath<Root, Value> & Sendable,
        _ write: @escaping @Sendable (UnsafePointer<Value>, inout JSONWriter, [UInt8], inout Bool) -> Void
    ) -> @Sendable (UnsafeRawPointer, inout JSONWriter, [UInt8], inout Bool) -> Void {
        guard let offset = MemoryLayout<Root>.offset(of: path) else {
            return { root, writer, quoted, first in
                withUnsafePointer(to: root.assumingMemoryBound(to: Root.self).pointee[keyPath: path]) {
                    write($0, &writer, quoted, &first)
                }
            }
        }
        return { root, writer, quoted, first in
            write(root.advanced(by: offset).assumingMemoryBound(to: Value.self), &writer, quoted, &first)
        }
    }
}

/// The ordered field table of an API struct.
public struct Schema<Root>: Sendable {
    let fields: [Field<Root>]
    let index: [String: Int]

    public init(_ fields: [Field<Root>]) {
        self.fields = fields
        var index: [String: Int] = [:]
        for (position, field) in fields.enumerated() { index[field.name] = position }
        self.index = index
    }
}

extension APIModel {
    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: JSONKey.self)
        let schema = Self.schema
        for key in container.allKeys {
            if let position = schema.index[key.stringValue] {
                try schema.fields[position].decode(&self, container, key)
            } else {
                unknownFields[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
                if let collector = decoder.userInfo[UnknownFieldCollector.userInfoKey] as? UnknownFieldCollector {
                    collector.record(decoder.codingPath + [key])
                }
            }
        }
    }

    /// Members in any order, each at most once; an unknown one is kept in `unknownFields`, as `init(from:)` does.
    public init(reading reader: inout JSONReader) throws {
        self.init()
        let schema = Self.schema
        var seen = FieldSet()
        var cursor = try reader.beginObject()
        while let key = try reader.nextKey(&cursor) {
            if let position = schema.index[key] {
                // A repeated member: JSONDecoder decides which one wins.
                guard seen.insert(position) else { throw JSONReader.Declined() }
                try schema.fields[position].read(&self, &reader)
            } else {
                guard unknownFields.updateValue(try reader.readValue(), forKey: key) == nil else {
                    throw JSONReader.Declined()
                }
                reader.sawUnknownField = true
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        for field in Self.schema.fields {
            try field.encode(self, &container, field.key)
        }
        for key in unknownFields.keys.sorted() {
            try container.encode(unknownFields[key], forKey: JSONKey(key))
        }
    }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        var first = true
        withUnsafePointer(to: self) { root in
            Self.schema.fields.withUnsafeBufferPointer { fields in
                for position in fields.indices {
                    fields[position].write(UnsafeRawPointer(root), &writer, fields[position].quotedKey, &first)
                }
            }
        }
        if !unknownFields.isEmpty {
            for key in unknownFields.keys.sorted() {
                if !first { writer.byte(UInt8(ascii: ",")) }
                first = false
                writer.write(key)
                writer.byte(UInt8(ascii: ":"))
                writer.write(unknownFields[key] ?? .null)
            }
        }
        writer.endObject()
    }

    /// Go never omits a struct value.
    public var isJSONEmpty: Bool { false }

    /// This value's JSON, as the real API server would write it.
    public func jsonBytes() -> [UInt8] {
        var writer = JSONWriter()
        writeJSON(to: &writer)
        return writer.bytes
    }

    /// This value's JSON as `Data`.
    public func jsonData() -> Data { Data(jsonBytes()) }

    /// Decodes a value from JSON: through `JSONReader`, or `JSONDecoder` when the reader declines.
    public static func decode(json data: Data) throws -> Self {
        if let read = read(json: data) { return read.value }
        return try JSONDecoder().decode(Self.self, from: data)
    }

    /// What `JSONReader` reads from `data`, and whether it kept unknown members; nil when it declines. A read
    /// document is valid JSON and decodes to the same value under `JSONDecoder`.
    public static func read(json data: Data) -> (value: Self, sawUnknownField: Bool)? {
        try? JSONReader.read(data) { try Self(reading: &$0) }
    }

    /// This value as a generic JSON tree (for patches and canonical encodings).
    public func jsonValue() throws -> JSONValue {
        try JSONValue.parse(jsonData())
    }
}

/// Which fields of a schema an object has set so far (the first 128; a larger schema declines past them).
struct FieldSet {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Adds `position`; false when it was already there or is out of range.
    mutating func insert(_ position: Int) -> Bool {
        switch position {
        case 0..<64:
            let bit: UInt64 = 1 << UInt64(position)
            defer { low |= bit }
            return low & bit == 0
        case 64..<128:
            let bit: UInt64 = 1 << UInt64(position - 64)
            defer { high |= bit }
            return high & bit == 0
        default:
            return false
        }
    }
}
