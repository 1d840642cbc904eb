@testable import KubeClient
import KubeModel
import Testing

/// The watch stream's line framing and event decoding, fed byte chunks as a socket would deliver them.
struct WatchEventParserTests {
    static func pod(_ name: String, resourceVersion: String) -> Pod {
        var pod = Pod()
        pod.metadata.name = name
        pod.metadata.namespace = "default"
        pod.metadata.resourceVersion = resourceVersion
        return pod
    }

    /// Three events as the server writes them: one JSON object per line.
    static let stream: [UInt8] = {
        var bytes: [UInt8] = []
        for event in [
            WatchEvent(type: "ADDED", object: pod("a", resourceVersion: "1")),
            WatchEvent(type: "MODIFIED", object: pod("a", resourceVersion: "2")),
            WatchEvent(type: "BOOKMARK", object: pod("", resourceVersion: "5")),
        ] {
            bytes += event.jsonBytes() + [UInt8(ascii: "\n")]
        }
        return bytes
    }()

    /// Feeds `chunks` in order, taking every event that completes, as `WatchStream` does.
    static func parse(_ chunks: [ArraySlice<UInt8>], maximum: Int = 1 << 20) throws(KubeClientError) -> [WatchEvent<Pod>] {
        var parser = WatchEventParser<Pod>(maximumEventBytes: maximum)
        var events: [WatchEvent<Pod>] = []
        for chunk in chunks {
            parser.append(chunk)
            while let event = try parser.next() { events.append(event) }
        }
        try parser.finish()
        return events
    }

    /// Splits the stream into chunks of `size` bytes.
    static func chunks(of size: Int) -> [ArraySlice<UInt8>] {
        stride(from: 0, to: stream.count, by: size).map { stream[$0..<min($0 + size, stream.count)] }
    }

    @Test(arguments: [1, 2, 7, 64, 100_000])
    func eventsSurviveAnyChunking(chunkSize: Int) throws {
        let events = try Self.parse(Self.chunks(of: chunkSize))
        #expect(events.map(\.type) == ["ADDED", "MODIFIED", "BOOKMARK"])
        #expect(events.map(\.object.metadata.resourceVersion) == ["1", "2", "5"])
        #expect(events[0].object.metadata.name == "a")
    }

    @Test func blankLinesAndCarriageReturnsAreTolerated() throws {
        let text = "\n" + String(decoding: Self.stream, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n\n")
        let events = try Self.parse([ArraySlice(text.utf8)])
        #expect(events.count == 3)
    }

    @Test func errorEventThrowsTheTypedStatusAfterTheEventsBeforeIt() throws {
        let expired = WatchEvent(
            type: "ERROR",
            object: Status(code: 410, reason: "Expired", message: "too old resource version: 1 (5)"))
        let bytes = Array(Self.stream.prefix(while: { $0 != UInt8(ascii: "\n") })) + [UInt8(ascii: "\n")]
            + expired.jsonBytes() + [UInt8(ascii: "\n")]
        var parser = WatchEventParser<Pod>()
        parser.append(bytes)
        #expect(try parser.next()?.type == "ADDED")
        do {
            let event = try parser.next()
            Issue.record("got \(String(describing: event))")
        } catch {
            #expect(error.code == .expired)
            #expect(error.isExpired)
            #expect(error.httpStatus == 410)
            #expect(error.message == "too old resource version: 1 (5)")
            #expect(error.status?.reason == "Expired")
        }
    }

    @Test(arguments: [
        ("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"a\"}}}\n{not json}\n", KubeClientError.Code.decoding),
        ("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"a\"}}}\n{\"type\":\"ADDED\"", .transport),
    ])
    func brokenStreamsFailWithACode(text: String, code: KubeClientError.Code) {
        do {
            let events = try Self.parse([ArraySlice(text.utf8)])
            Issue.record("parsed \(events)")
        } catch {
            #expect(error.code == code, "\(error)")
        }
    }

    @Test func anEndlessLineIsRefusedAtTheBound() {
        var parser = WatchEventParser<Pod>(maximumEventBytes: 64)
        parser.append(Array(repeating: UInt8(ascii: " "), count: 40))
        #expect(throws: Never.self) { try parser.next() }
        parser.append(Array(repeating: UInt8(ascii: " "), count: 40))
        #expect(throws: KubeClientError.self) { try parser.next() }
    }

    @Test(arguments: [
        (#"{"type":"ADDED","object":{"kind":"Pod","apiVersion":"v1","metadata":{"name":"a","namespace":"d","uid":"u","resourceVersion":"12","labels":{"x":"y"}}}}"#, "ADDED", 12),
        (#"{"type":"MODIFIED","object":{"metadata":{"name":"a","resourceVersion":"9007199254740993"}}}"#, "MODIFIED", 9_007_199_254_740_993),
        (#"{"type":"DELETED","object":{"metadata":{"resourceVersion":"3"}}}"#, "DELETED", 3),
    ] as [(String, String, Int64)])
    func objectEventsNameTheirTypeAndVersionWithoutDecoding(line: String, type: String, version: Int64) throws {
        let found = try #require(ObjectScan.objectVersion(ArraySlice(line.utf8)))
        #expect(found.type == type)
        #expect(found.resourceVersion == version)
    }

    @Test(arguments: [
        #"{"type":"BOOKMARK","object":{"metadata":{"resourceVersion":"5"}}}"#,
        #"{"type":"ERROR","object":{"kind":"Status","code":410}}"#,
        #"{"object":{"metadata":{"resourceVersion":"5"}},"type":"ADDED"}"#,
        #"{"type":"ADDED","object":{"spec":{"resourceVersion":"5"}}}"#,
        #"{"type":"ADDED","object":{"metadata":{"resourceVersion":"5x"}}}"#,
        #"{"type":"ADDED","object":{"metadata":{"resourceVersion":""}}}"#,
        #"{"type":"ADDED","object":{"metadata":{"resourceVersion":"99999999999999999999"}}}"#,
        #"{"type":"ADDED","object":{"metadata":{"resourceVersion":"5"#,
    ])
    func otherLinesAreLeftToTheDecoder(line: String) {
        #expect(ObjectScan.objectVersion(ArraySlice(line.utf8)) == nil)
    }

    /// A response's version is its object's own, or a list's (which no recorded object's type matches).
    @Test func aResponseNamesTheVersionOfItsOwnMetadata() throws {
        var pod = Self.pod("a", resourceVersion: "41")
        pod.metadata.annotations = ["note": #"{"metadata":{"resourceVersion":"7"}}"#]
        #expect(ObjectScan.resourceVersion(of: pod.jsonBytes()[...]) == 41)
        var list = KubeList<Pod>()
        list.metadata.resourceVersion = "42"
        list.items = [pod]
        #expect(ObjectScan.resourceVersion(of: list.jsonBytes()[...]) == 42)
        #expect(ObjectScan.resourceVersion(of: Array(#"{"kind":"Status","metadata":{},"code":404}"#.utf8)[...]) == nil)
    }

    /// With the server's recent writes at hand, object events at a recorded version come out as recorded; a
    /// bookmark at that version stays a bookmark, and another kind recorded at a version is not taken for a pod.
    @Test func recentObjectsServeOnlyObjectEventsOfTheirKind() throws {
        let recent = RecentObjects(capacity: 16)
        var running = Self.pod("a", resourceVersion: "2")
        running.status.phase = "Running"
        recent.record(running, resourceVersion: 2)
        var node = Node()
        node.metadata.resourceVersion = "1"
        recent.record(node, resourceVersion: 1)
        var pending = Self.pod("a", resourceVersion: "5")
        pending.metadata.uid = "u"
        recent.record(pending, resourceVersion: 5)

        var parser = WatchEventParser<Pod>(recentObjects: recent)
        var bytes: [UInt8] = []
        for event in [
            WatchEvent(type: "ADDED", object: Self.pod("a", resourceVersion: "1")),
            WatchEvent(type: "MODIFIED", object: running),
            WatchEvent(type: "BOOKMARK", object: Self.pod("", resourceVersion: "5")),
        ] {
            bytes += event.jsonBytes() + [UInt8(ascii: "\n")]
        }
        parser.append(bytes)
        var events: [WatchEvent<Pod>] = []
        while let event = try parser.next() { events.append(event) }
        #expect(events.map(\.type) == ["ADDED", "MODIFIED", "BOOKMARK"])
        #expect(events[0].object == Self.pod("a", resourceVersion: "1"))
        #expect(events[1].object == running)
        #expect(events[2].object == Self.pod("", resourceVersion: "5"))
    }
}
