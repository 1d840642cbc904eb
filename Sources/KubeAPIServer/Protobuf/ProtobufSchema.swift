import Foundation
import KubeModel

/// The protobuf layout of the few messages clients send as protobuf bodies here, with each field's JSON name:
/// kubectl's typed clients write `Namespace` (`kubectl create namespace`), `Eviction` (`kubectl drain`) and
/// `DeleteOptions` (drain without eviction) this way. Field numbers are upstream's `generated.proto`.
///
/// Decision: only these messages are read; a protobuf body of any other kind gets upstream's 415, which
/// kubectl reports — the typed clients that send them do not write these resources.
indirect enum ProtobufSchema: Sendable {
    /// A message: its fields by number.
    case message([Int: (name: String, type: ProtobufSchema)])
    case string
    case int64
    case bool
    /// `metav1.Time`: seconds and nanos, written as RFC 3339 in JSON.
    case time
    /// A `map<string, string>` (labels, annotations).
    case stringMap
    /// A repeated field of the given element type.
    case repeated(ProtobufSchema)

    static let typeMeta = ProtobufSchema.message([1: ("apiVersion", .string), 2: ("kind", .string)])

    static let ownerReference = ProtobufSchema.message([
        1: ("kind", .string), 3: ("name", .string), 4: ("uid", .string), 5: ("apiVersion", .string),
        6: ("controller", .bool), 7: ("blockOwnerDeletion", .bool),
    ])

    static let objectMeta = ProtobufSchema.message([
        1: ("name", .string), 2: ("generateName", .string), 3: ("namespace", .string), 5: ("uid", .string),
        6: ("resourceVersion", .string), 7: ("generation", .int64), 8: ("creationTimestamp", .time),
        9: ("deletionTimestamp", .time), 10: ("deletionGracePeriodSeconds", .int64), 11: ("labels", .stringMap),
        12: ("annotations", .stringMap), 13: ("ownerReferences", .repeated(ownerReference)),
        14: ("finalizers", .repeated(.string)),
    ])

    static let preconditions = ProtobufSchema.message([1: ("uid", .string), 2: ("resourceVersion", .string)])

    static let deleteOptions = ProtobufSchema.message([
        1: ("gracePeriodSeconds", .int64), 2: ("preconditions", preconditions), 3: ("orphanDependents", .bool),
        4: ("propagationPolicy", .string), 5: ("dryRun", .repeated(.string)),
    ])

    static let namespace = ProtobufSchema.message([
        1: ("metadata", objectMeta), 2: ("spec", .message([1: ("finalizers", .repeated(.string))])),
        3: ("status", .message([1: ("phase", .string)])),
    ])

    static let eviction = ProtobufSchema.message([1: ("metadata", objectMeta), 2: ("deleteOptions", deleteOptions)])

    /// The schema of a kind's body, nil for kinds not read from protobuf.
    static func of(kind: String) -> ProtobufSchema? {
        switch kind {
        case "Namespace": namespace
        case "Eviction": eviction
        case "DeleteOptions": deleteOptions
        default: nil
        }
    }

    /// `bytes` (one message of this schema) as JSON; fields without a schema entry are skipped, as a
    /// protobuf reader skips unknown fields.
    func json(_ bytes: ArraySlice<UInt8>) throws(ProtobufError) -> JSONValue {
        guard case .message(let fields) = self else { throw ProtobufError("not a message schema") }
        var object: [String: JSONValue] = [:]
        var reader = ProtobufReader(bytes)
        while let (number, value) = try reader.next() {
            guard let (name, type) = fields[number] else { continue }
            switch type {
            case .repeated(let element):
                var items = object[name]?.arrayValue ?? []
                items.append(try element.value(value))
                object[name] = .array(items)
            case .stringMap:
                var map = object[name]?.objectValue ?? [:]
                let (key, entry) = try Self.mapEntry(value)
                map[key] = .string(entry)
                object[name] = .object(map)
            default:
                object[name] = try type.value(value)
            }
        }
        return .object(object)
    }

    private func value(_ value: ProtobufReader.Value) throws(ProtobufError) -> JSONValue {
        switch (self, value) {
        case (.string, .bytes(let bytes)): return .string(String(decoding: bytes, as: UTF8.self))
        case (.int64, .varint(let number)): return .int(Int64(bitPattern: number))
        case (.bool, .varint(let number)): return .bool(number != 0)
        case (.message, .bytes(let bytes)): return try json(bytes)
        case (.time, .bytes(let bytes)): return .string(try Self.time(bytes))
        default: throw ProtobufError("field has the wrong wire type")
        }
    }

    private static func mapEntry(_ value: ProtobufReader.Value) throws(ProtobufError) -> (String, String) {
        guard case .bytes(let bytes) = value else { throw ProtobufError("map entry has the wrong wire type") }
        var reader = ProtobufReader(bytes)
        var key = ""
        var entry = ""
        while let (number, field) = try reader.next() {
            guard case .bytes(let text) = field else { continue }
            if number == 1 { key = String(decoding: text, as: UTF8.self) }
            if number == 2 { entry = String(decoding: text, as: UTF8.self) }
        }
        return (key, entry)
    }

    /// `metav1.Time` (`seconds` = 1, `nanos` = 2, truncated to seconds as its JSON form is).
    private static func time(_ bytes: ArraySlice<UInt8>) throws(ProtobufError) -> String {
        var reader = ProtobufReader(bytes)
        var seconds: Int64 = 0
        while let (number, field) = try reader.next() {
            if number == 1, case .varint(let value) = field { seconds = Int64(bitPattern: value) }
        }
        return Time(Date(timeIntervalSince1970: TimeInterval(seconds))).rfc3339
    }
}
