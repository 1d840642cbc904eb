import Foundation
import KubeModel

/// The protobuf layout of the messages clients send as protobuf bodies here, with each field's JSON name and
/// upstream's `generated.proto` numbers. kubectl's typed clients write their objects this way: `create
/// namespace|configmap|secret|serviceaccount|role...`, `drain` (Eviction, DeleteOptions). The schema kinds'
/// layouts are derived from their field tables (`FieldSchema.proto`); the few types those name that have no
/// table of their own (ObjectMeta, LabelSelector, a pod template) are stated here.
///
/// Decision: a field number a message does not list is refused (400) rather than skipped, so nothing a client
/// sent is dropped unseen; a kind without a layout gets upstream's 415.
public indirect enum ProtobufSchema: Sendable {
    /// A message: its Go type name (for errors) and its fields by number.
    case message(String, [Int: (name: String, type: ProtobufSchema)])
    case string
    /// Any varint integer (int32 and int64 alike).
    case int64
    case bool
    case double
    /// `bytes`, base64 in JSON.
    case bytes
    /// `metav1.Time`: seconds and nanos, written as RFC 3339 in JSON.
    case time
    /// `intstr.IntOrString`: type (0 int, 1 string), intVal, strVal.
    case intOrString
    /// Raw JSON bytes (a `RawExtension`'s or `FieldsV1`'s).
    case rawJSON
    /// A message whose field 1 is the value itself in JSON (`resource.Quantity`'s text, `FieldsV1`'s raw JSON).
    case wrapped(ProtobufSchema)
    /// A message JSON flattens into its parent (`json:",inline"`: a volume's source, a probe's handler).
    case inline(ProtobufSchema)
    /// A message without a layout here: read only when it holds nothing but zeros and empty messages (a status
    /// Go wrote out with its counts at 0), as `{}`.
    case opaque
    /// A `map<string, V>`: entries of key = 1, value = 2.
    case map(ProtobufSchema)
    /// A repeated field of the given element type.
    case repeated(ProtobufSchema)

    static let typeMeta = ProtobufSchema.message("TypeMeta", [1: ("apiVersion", .string), 2: ("kind", .string)])

    static let ownerReference = ProtobufSchema.message(
        "OwnerReference",
        [
            1: ("kind", .string), 3: ("name", .string), 4: ("uid", .string), 5: ("apiVersion", .string),
            6: ("controller", .bool), 7: ("blockOwnerDeletion", .bool),
        ])

    static let managedFieldsEntry = ProtobufSchema.message(
        "ManagedFieldsEntry",
        [
            1: ("manager", .string), 2: ("operation", .string), 3: ("apiVersion", .string), 4: ("time", .time),
            6: ("fieldsType", .string), 7: ("fieldsV1", .wrapped(.rawJSON)),
            8: ("subresource", .string),
        ])

    static let objectMeta = ProtobufSchema.message(
        "ObjectMeta",
        [
            1: ("name", .string), 2: ("generateName", .string), 3: ("namespace", .string), 4: ("selfLink", .string),
            5: ("uid", .string), 6: ("resourceVersion", .string), 7: ("generation", .int64),
            8: ("creationTimestamp", .time), 9: ("deletionTimestamp", .time), 10: ("deletionGracePeriodSeconds", .int64),
            11: ("labels", .map(.string)), 12: ("annotations", .map(.string)),
            13: ("ownerReferences", .repeated(ownerReference)), 14: ("finalizers", .repeated(.string)),
            17: ("managedFields", .repeated(managedFieldsEntry)),
        ])

    static let preconditions = ProtobufSchema.message("Preconditions", [1: ("uid", .string), 2: ("resourceVersion", .string)])

    static let deleteOptions = ProtobufSchema.message(
        "DeleteOptions",
        [
            1: ("gracePeriodSeconds", .int64), 2: ("preconditions", preconditions), 3: ("orphanDependents", .bool),
            4: ("propagationPolicy", .string), 5: ("dryRun", .repeated(.string)),
            6: ("ignoreStoreReadErrorWithClusterBreakingPotential", .bool),
        ])

    static let namespace = ProtobufSchema.message(
        "Namespace",
        [
            1: ("metadata", objectMeta), 2: ("spec", .message("NamespaceSpec", [1: ("finalizers", .repeated(.string))])),
            3: ("status", .message("NamespaceStatus", [1: ("phase", .string)])),
        ])

    static let eviction = ProtobufSchema.message(
        "Eviction", [1: ("metadata", objectMeta), 2: ("deleteOptions", deleteOptions)])

    /// The layout of a typed kind's body, nil for kinds not read from protobuf.
    static func of(kind: String) -> ProtobufSchema? {
        switch kind {
        case "Namespace": namespace
        case "Eviction": eviction
        case "DeleteOptions": deleteOptions
        default: nil
        }
    }

    /// `bytes` (one message of this schema) as JSON.
    func json(_ bytes: ArraySlice<UInt8>) throws(ProtobufError) -> JSONValue {
        guard case .message(let type, let fields) = self else { throw ProtobufError("not a message schema") }
        var object: [String: JSONValue] = [:]
        var reader = ProtobufReader(bytes)
        while let (number, value) = try reader.next() {
            guard let (name, field) = fields[number] else {
                throw ProtobufError("field \(number) of \(type) is not read here; send the object as JSON")
            }
            switch field {
            case .repeated(let element):
                var items = object[name]?.arrayValue ?? []
                items.append(contentsOf: try element.values(value))
                object[name] = .array(items)
            case .map(let entryType):
                var map = object[name]?.objectValue ?? [:]
                let (key, entry) = try entryType.mapEntry(value)
                map[key] = entry
                object[name] = .object(map)
            case .inline(let message):
                guard case .bytes(let bytes) = value else { throw ProtobufError("field has the wrong wire type") }
                object.merge(try message.json(bytes).objectValue ?? [:]) { _, inlined in inlined }
            default:
                // Go writes every non-pointer string, empty or not; JSON leaves an empty one out.
                let decoded = try field.value(value)
                if decoded != "" { object[name] = decoded }
            }
        }
        return .object(object)
    }

    /// The items one occurrence of a repeated field carries: one, or several when scalars are packed.
    private func values(_ value: ProtobufReader.Value) throws(ProtobufError) -> [JSONValue] {
        guard case .int64 = self, case .bytes(let packed) = value else { return [try self.value(value)] }
        var reader = ProtobufReader(packed)
        var items: [JSONValue] = []
        while let number = try reader.packedVarint() { items.append(.int(Int64(bitPattern: number))) }
        return items
    }

    private func value(_ value: ProtobufReader.Value) throws(ProtobufError) -> JSONValue {
        switch (self, value) {
        case (.string, .bytes(let bytes)): return .string(String(decoding: bytes, as: UTF8.self))
        case (.bytes, .bytes(let bytes)): return .string(Data(bytes).base64EncodedString())
        case (.int64, .varint(let number)): return .int(Int64(bitPattern: number))
        case (.bool, .varint(let number)): return .bool(number != 0)
        case (.double, .fixed64(let bits)): return .double(Double(bitPattern: bits))
        case (.message, .bytes(let bytes)): return try json(bytes)
        case (.time, .bytes(let bytes)): return try Self.time(bytes)
        case (.intOrString, .bytes(let bytes)): return try Self.intOrString(bytes)
        case (.wrapped(let inner), .bytes(let bytes)):
            return try ProtobufSchema.message("value", [1: ("value", inner)]).json(bytes)["value"] ?? Self.zero(of: inner)
        case (.opaque, .bytes(let bytes)):
            try Self.checkEmpty(bytes)
            return .object([:])
        case (.rawJSON, .bytes(let bytes)):
            do {
                return try JSONValue.parse(Data(bytes))
            } catch {
                throw ProtobufError("a raw extension holds no JSON")
            }
        default: throw ProtobufError("field has the wrong wire type")
        }
    }

    private func mapEntry(_ value: ProtobufReader.Value) throws(ProtobufError) -> (String, JSONValue) {
        guard case .bytes(let bytes) = value else { throw ProtobufError("map entry has the wrong wire type") }
        var reader = ProtobufReader(bytes)
        var key = ""
        var entry: JSONValue?
        while let (number, field) = try reader.next() {
            if number == 1, case .bytes(let text) = field { key = String(decoding: text, as: UTF8.self) }
            if number == 2 { entry = try self.value(field) }
        }
        return (key, entry ?? (Self.zero(of: self)))
    }

    /// A value the wire left out: the type's zero value, as Go decodes it.
    private static func zero(of type: ProtobufSchema) -> JSONValue {
        switch type {
        case .string, .bytes: ""
        case .int64: 0
        case .bool: false
        case .wrapped(let inner): zero(of: inner)
        default: .object([:])
        }
    }

    /// Refuses a message without a layout here unless it holds only zeros and empty messages
    /// (`status: {loadBalancer: {}}`, a status with every count at 0).
    private static func checkEmpty(_ bytes: ArraySlice<UInt8>) throws(ProtobufError) {
        var reader = ProtobufReader(bytes)
        while let (number, value) = try reader.next() {
            switch value {
            case .varint(0), .fixed64(0), .fixed32(0): continue
            case .bytes(let nested): try checkEmpty(nested)
            default:
                throw ProtobufError("field \(number) of a section is not read from protobuf here; send the object as JSON")
            }
        }
    }

    /// `metav1.Time` (`seconds` = 1, `nanos` = 2, truncated to seconds as its JSON form is); the zero time is
    /// `null`, as Go writes it.
    private static func time(_ bytes: ArraySlice<UInt8>) throws(ProtobufError) -> JSONValue {
        var reader = ProtobufReader(bytes)
        var seconds: Int64 = 0
        var nanos: UInt64 = 0
        while let (number, field) = try reader.next() {
            if number == 1, case .varint(let value) = field { seconds = Int64(bitPattern: value) }
            if number == 2, case .varint(let value) = field { nanos = value }
        }
        if seconds == 0 && nanos == 0 { return .null }
        return .string(Time(Date(timeIntervalSince1970: TimeInterval(seconds))).rfc3339)
    }

    /// `intstr.IntOrString`: `type` 1 means the string.
    private static func intOrString(_ bytes: ArraySlice<UInt8>) throws(ProtobufError) -> JSONValue {
        var reader = ProtobufReader(bytes)
        var isString = false
        var number: Int64 = 0
        var text = ""
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (1, .varint(let type)): isString = type == 1
            case (2, .varint(let value)): number = Int64(Int32(truncatingIfNeeded: value))
            case (3, .bytes(let value)): text = String(decoding: value, as: UTF8.self)
            default: continue
            }
        }
        return isString ? .string(text) : .int(number)
    }
}
