import Foundation
import KubeModel

/// Turns the bytes of a watch response into events: the API server writes one JSON `WatchEvent` per line
/// and the chunks it arrives in may split lines anywhere, so bytes are buffered until their newline.
///
/// A pure value, tested without sockets: `append` the chunks as they come and take events with `next`
/// until it returns nil. Lines are bounded by `maximumEventBytes`, so a server that never ends a line
/// cannot make the client buffer without limit.
public struct WatchEventParser<Object: TypedObject>: Sendable {
    /// The longest line (one event) accepted: 16 MiB, well above the API's 3 MiB request limit and the
    /// ~1.5 MiB etcd object limit.
    public static var defaultMaximumEventBytes: Int { 16 << 20 }

    /// The longest line accepted.
    public let maximumEventBytes: Int
    /// The objects the server's store wrote last, when it runs in this process: an event whose object is
    /// among them takes that object instead of decoding it.
    public let recentObjects: RecentObjects?
    /// Received bytes not yet handed out as events, from `position`.
    private var buffer: [UInt8] = []
    /// The start of the first line not yet decoded.
    private var position = 0
    /// Where to look for the next newline: bytes before it (from `position`) hold none.
    private var scanned = 0

    /// A parser accepting lines up to `maximumEventBytes`, taking objects from `recentObjects` when they are
    /// there.
    public init(
        maximumEventBytes: Int = WatchEventParser.defaultMaximumEventBytes, recentObjects: RecentObjects? = nil
    ) {
        self.maximumEventBytes = maximumEventBytes
        self.recentObjects = recentObjects
    }

    /// Adds received bytes.
    public mutating func append(_ bytes: some Collection<UInt8>) {
        // Drop decoded lines before growing, so the buffer holds about one chunk plus a partial line.
        if position > 0 {
            buffer.removeFirst(position)
            scanned -= position
            position = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete event, nil when more bytes are needed. An `ERROR` event throws the error its
    /// `Status` stands for (`.expired` for a too-old resourceVersion); a line that is not a watch event
    /// throws `.decoding`, and so does a line longer than `maximumEventBytes`.
    public mutating func next() throws(KubeClientError) -> WatchEvent<Object>? {
        while let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = buffer[position..<newline]
            position = newline + 1
            scanned = position
            if let recentObjects, let event = Self.recent(line: line, in: recentObjects) { return event }
            if let event = try Self.decode(line: line) { return event }
        }
        scanned = buffer.count
        if buffer.count - position > maximumEventBytes {
            throw KubeClientError(.decoding, "watch event longer than \(maximumEventBytes) bytes")
        }
        return nil
    }

    /// Checks that the stream did not end inside an event (a connection cut mid-line).
    public func finish() throws(KubeClientError) {
        guard buffer[position...].allSatisfy(\.isJSONWhitespace) else {
            throw KubeClientError(.transport, "watch stream ended in the middle of an event")
        }
    }

    /// The event on one line when its object is a recent write: an `ADDED`, `MODIFIED` or `DELETED` line
    /// as API servers write it (`{"type":"...","object":{"kind":...,"apiVersion":...,"metadata":{...`)
    /// whose object's resourceVersion is kept in `recentObjects`. Nil sends the line to `decode`.
    static func recent(line: ArraySlice<UInt8>, in recentObjects: RecentObjects) -> WatchEvent<Object>? {
        guard let (type, resourceVersion) = ObjectScan.objectVersion(line),
            let object = recentObjects.object(Object.self, resourceVersion: resourceVersion) else { return nil }
        assert(
            (try? Self.decode(line: line))?.object == object,
            "the recent object at resourceVersion \(resourceVersion) differs from the watch event's")
        return WatchEvent(type: type, object: object)
    }

    /// The event on one line; nil for a blank line.
    static func decode(line: some Collection<UInt8>) throws(KubeClientError) -> WatchEvent<Object>? {
        guard line.contains(where: { !$0.isJSONWhitespace }) else { return nil }
        let json = Data(line)
        let envelope: Envelope
        do {
            if let read = try? JSONReader.read(json, { try Envelope(reading: &$0) }) {
                envelope = read.value
            } else {
                envelope = try JSONDecoder().decode(Envelope.self, from: json)
            }
        } catch {
            throw KubeClientError(.decoding, "unable to decode an event from the watch stream: \(error)")
        }
        switch envelope.payload {
        case .object(let object):
            return WatchEvent(type: envelope.type, object: object)
        case .status(let status):
            throw KubeClientError(status: status)
        }
    }

    /// One line: the type is read first so an `ERROR` event's object is decoded as the `Status` it is.
    private struct Envelope: Decodable {
        enum Payload {
            case object(Object)
            case status(Status)
        }

        let type: String
        let payload: Payload

        enum CodingKeys: String, CodingKey {
            case type, object
        }

        /// The fast path: `type` must come before `object`, as every API server writes them; anything else is
        /// left to `init(from:)`.
        init(reading reader: inout JSONReader) throws {
            var type: String?
            var payload: Payload?
            var cursor = try reader.beginObject()
            while let key = try reader.nextKey(&cursor) {
                switch key {
                case "type":
                    guard type == nil else { throw JSONReader.Declined() }
                    type = try reader.readString()
                case "object":
                    guard let type, payload == nil else { throw JSONReader.Declined() }
                    payload =
                        type == WatchEventType.error.rawValue
                        ? .status(try Status(reading: &reader)) : .object(try Object(reading: &reader))
                default:
                    try reader.skipValue()
                }
            }
            guard let type, let payload else { throw JSONReader.Declined() }
            self.type = type
            self.payload = payload
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try container.decode(String.self, forKey: .type)
            if type == WatchEventType.error.rawValue {
                payload = .status(try container.decode(Status.self, forKey: .object))
            } else {
                payload = .object(try container.decode(Object.self, forKey: .object))
            }
        }
    }
}

/// What the in-process fast paths read of an object's JSON as API servers write it, without decoding it: a
/// watch line's event type and the resourceVersion of the object (`WatchEventParser.recent`,
/// `KubeClient`'s response decoding).
enum ObjectScan {
    static let prefixes: [(bytes: [UInt8], type: String)] = [
        WatchEventType.added, WatchEventType.modified, WatchEventType.deleted,
    ].map { (Array(#"{"type":""#.utf8) + Array($0.rawValue.utf8) + Array(#"","object":{"#.utf8), $0.rawValue) }
    static let metadata = Array(#""metadata":{"#.utf8)
    static let resourceVersion = Array(#""resourceVersion":""#.utf8)

    /// The event type of an `ADDED`, `MODIFIED` or `DELETED` line and its object's resourceVersion.
    static func objectVersion(_ line: ArraySlice<UInt8>) -> (type: String, resourceVersion: Int64)? {
        guard let type = prefixes.first(where: { line.starts(with: $0.bytes) })?.type,
            let version = resourceVersion(of: line)
        else { return nil }
        return (type, version)
    }

    /// The resourceVersion in the first `metadata` of `json`: an object's own, as the first
    /// `"resourceVersion":"` after `"metadata":{` is (only `kind`, `apiVersion` and metadata members with
    /// validated values, `name`, `generateName`, `namespace` and `uid`, precede it).
    static func resourceVersion(of json: ArraySlice<UInt8>) -> Int64? {
        guard let metadataStart = firstIndex(of: metadata, in: json, from: json.startIndex),
            let marker = firstIndex(of: resourceVersion, in: json, from: metadataStart)
        else { return nil }
        var version: Int64 = 0
        let start = marker + resourceVersion.count
        var index = start
        while index < json.endIndex, json[index] != UInt8(ascii: "\"") {
            let digit = json[index] &- UInt8(ascii: "0")
            guard digit < 10, version < Int64.max / 10 else { return nil }
            version = version * 10 + Int64(digit)
            index += 1
        }
        guard index < json.endIndex, index > start else { return nil }
        return version
    }

    private static func firstIndex(of needle: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, bytes.endIndex - start >= needle.count else { return nil }
        var index = start
        let last = bytes.endIndex - needle.count
        while index <= last {
            if bytes[index] == first && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
